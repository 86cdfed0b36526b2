"""HTML for the colofon: who publishes the site and how to reach them."""

from __future__ import annotations

from ..settings import contact_url
from .render import render


def uitgever_html(publisher: str | None, contact: str | None) -> str:
    """The publisher and contact from the settings; while unknown, the page says so and
    points to how to report an error."""
    return render("uitgever.html", publisher=publisher, contact=contact,
                  contact_href=contact_url(contact) if contact else None)


def fout_melden_html(repo_url: str | None, contact: str | None) -> str:
    """Where a reader reports an error: the repository's issues, else the contact address;
    while neither is known, the page says so instead of naming a report point it lacks."""
    href = repo_url.rstrip("/") + "/issues" if repo_url else contact_url(contact) if contact else None
    return render("fout_melden.html", href=href)
