"""HTML for the colofon: who publishes the site and how to reach them."""

from __future__ import annotations

from ..settings import contact_url
from .render import render


def uitgever_html(publisher: str | None, contact: str | None) -> str:
    """The publisher and contact from the settings; while unknown, the page says so and
    points to how to report an error."""
    return render("uitgever.html", publisher=publisher, contact=contact,
                  contact_href=contact_url(contact) if contact else None)
