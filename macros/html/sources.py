"""HTML for the sources page: every document with what the site knows of it."""

from __future__ import annotations

from ..facts.sources import Bron
from .render import render


def bronnenlijst(bronnen: dict[str, Bron], gebruik: dict[str, list[str]]) -> str:
    """One entry per source, oldest first, anchored so every citation can link to it."""
    ordered = sorted(bronnen.values(), key=lambda bron: (bron.datum or "9999", bron.titel))
    return render("bronnenlijst.html", bronnen=ordered, gebruik=gebruik)
