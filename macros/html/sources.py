"""HTML for the sources page: every document with what the site knows of it."""

from __future__ import annotations

from ..facts.provenance import Bronverwijzing
from ..facts.sources import Bron
from ..formatting import urls
from .budget import Linker
from .render import render


def bronnenlijst(bronnen: dict[str, Bron], gebruik: dict[str, list[tuple[str, str]]], linker: Linker) -> str:
    """One entry per source, oldest first, anchored so every citation can link to it."""
    ordered = sorted(bronnen.values(), key=lambda bron: (bron.datum or "9999", bron.titel))
    return render("bronnenlijst.html", bronnen=ordered, gebruik=gebruik, linker=linker)


def bron_pagina(bron: Bron, citaten: list[Bronverwijzing], stored: bool, linker: Linker) -> str:
    """One source with each distinct quote the site takes from it, anchored for the citations."""
    unique = {urls.citaat_anchor(bron.id, c.citaat): c for c in citaten if c.document == bron.id and c.citaat}
    return render("bron_pagina.html", bron=bron, citaten=list(unique.values()), stored=stored, linker=linker)


def bronnen_onderaan(genummerd: dict[str, int], bronnen: dict[str, Bron], linker: Linker) -> str:
    """The numbered list of the sources a page cites, for its foot; nothing when it cites none."""
    if not genummerd:
        return ""
    ordered = sorted((n, bronnen[bron_id]) for bron_id, n in genummerd.items())
    return render("bronnen_onderaan.html", genummerd=ordered, linker=linker)
