"""HTML for the sources page: every document with what the site knows of it."""

from __future__ import annotations

from ..facts.sources import Bron
from ..formatting import urls as routes
from ..formatting.dates import datum_nl
from .markup import attr, link, tekst


def bronnenlijst(bronnen: dict[str, Bron], gebruik: dict[str, list[str]]) -> str:
    """One entry per source, anchored so every citation can link to it."""
    entries = [_entry(bron, gebruik.get(bron.id, [])) for bron in sorted(bronnen.values(), key=_order)]
    return "\n".join(['<div class="bronnenlijst">', *entries, "</div>"])


def _order(bron: Bron) -> tuple[str, str]:
    return (bron.datum or "9999", bron.titel)


def _entry(bron: Bron, gebruikt_voor: list[str]) -> str:
    rows = [("Uitgever", tekst(bron.uitgever)), ("Soort", tekst(bron.soort))]
    datum = tekst(datum_nl(bron.datum)) if bron.datum else "niet bekend"
    if bron.datum_toelichting:
        datum += f" — {tekst(bron.datum_toelichting)}"
    rows.append(("Datum", datum))
    if bron.kenmerk:
        rows.append(("Kenmerk", tekst(bron.kenmerk)))
    rows.append((
        "Adres",
        link(bron.adres, tekst(bron.adres), rel="noopener") if bron.adres
        else "geen openbaar adres bekend bij de redactie",
    ))
    if bron.afschrift:
        rows.append(("Afschrift", tekst(bron.afschrift)))
    if bron.toelichting:
        rows.append(("Let op", tekst(bron.toelichting)))
    if gebruikt_voor:
        rows.append(("Gebruikt voor", "; ".join(tekst(item) for item in gebruikt_voor)))
    body = "\n".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return (
        f'<section class="bron" id="{attr(routes.bron_anchor(bron.id))}" data-bron="{attr(bron.id)}">\n'
        f"<h2>{tekst(bron.titel)}</h2>\n<dl>\n{body}\n</dl>\n</section>"
    )
