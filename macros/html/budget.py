"""HTML for amounts, shares, citations and budget tables.

Every amount is a `<data>` element whose `data-amount` holds the exact value in
whole euros and whose `data-ref` says which fact it shows, so the tests can check
the built pages against data/. Totals shown are computed from the parts shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..facts.budget import Begroting, Onderdeel, Regel
from ..facts.provenance import Bronverwijzing
from ..facts.sources import Bron
from ..formatting import urls as routes
from ..formatting.money import aandeel, euro
from .markup import attr, link, tabel_regio, tekst

Linker = Callable[[str], str]  # site-root path -> URL relative to the current page


def bedrag_html(bedrag: int, ref: str) -> str:
    return (
        f'<data class="bedrag" value="{bedrag}" data-amount="{bedrag}" data-ref="{attr(ref)}">'
        f"{euro(bedrag).replace(chr(0xA0), '&nbsp;')}</data>"
    )


def aandeel_html(deel: int, geheel: int) -> str:
    fraction, text = aandeel(deel, geheel)
    return (
        f'<data class="aandeel" value="{float(fraction)!r}" '
        f'data-share="{fraction.numerator}/{fraction.denominator}">{tekst(text)}</data>'
    )


def bron_label(bron: Bron) -> str:
    """The short name that makes sense alone as link text: 'Kamerbrief februari 2021'."""
    return bron.kort


def citation_html(verwijzing: Bronverwijzing, bronnen: dict[str, Bron], linker: Linker) -> str:
    bron = bronnen[verwijzing.document]
    where = f", {tekst(verwijzing.vindplaats)}" if verwijzing.vindplaats else ""
    anchor = link(linker(routes.bron_url(bron.id)), tekst(bron_label(bron)), data_bron=bron.id)
    return f'<span class="bronvermelding">(bron: {anchor}{where})</span>'


def _regel_row(regel: Regel, totaal: int, own_source: str) -> str:
    return (
        f'<tr class="regel" data-rol="regel" id="{routes.regel_anchor(regel.id)}">'
        f'<th scope="row">{tekst(regel.naam)}{own_source}</th>'
        f'<td class="bedrag">{bedrag_html(regel.bedrag, "regel:" + regel.id)}</td>'
        f'<td class="aandeel">{aandeel_html(regel.bedrag, totaal)}</td></tr>'
    )


def _own_source(regel: Regel, default: Bronverwijzing, bronnen: dict[str, Bron], linker: Linker) -> str:
    """A line cites its own source only where it differs from the table's."""
    if (regel.bron.document, regel.bron.vindplaats) == (default.document, default.vindplaats):
        return ""
    return " " + citation_html(regel.bron, bronnen, linker)


def begrotingstabel(begroting: Begroting, bronnen: dict[str, Bron], linker: Linker,
                    onderdelen: Iterable[Onderdeel] | None = None, caption: str | None = None) -> str:
    """The budget table: onderdelen with subtotals and a grand total, all computed."""
    gekozen = tuple(onderdelen) if onderdelen is not None else begroting.onderdelen
    heel_pakket = gekozen == begroting.onderdelen
    table_id = "tabel-begroting" if heel_pakket else f"tabel-{gekozen[0].id}"
    totaal = begroting.totaal
    caption_text = caption or f"Begroting van het {begroting.titel}, naar doel"
    rows = []
    for onderdeel in gekozen:
        heading = link(linker(routes.onderdeel_url(onderdeel)), tekst(onderdeel.label)) if onderdeel.is_actielijn \
            else tekst(onderdeel.label)
        group = [
            f'<tbody data-onderdeel="{attr(onderdeel.id)}" id="{routes.onderdeel_anchor(onderdeel.id)}">',
            f'<tr class="subtotaal" data-rol="subtotaal"><th scope="row">{heading}</th>'
            f'<td class="bedrag">{bedrag_html(onderdeel.totaal, "onderdeel:" + onderdeel.id)}</td>'
            f'<td class="aandeel">{aandeel_html(onderdeel.totaal, totaal)}</td></tr>',
        ]
        group += [_regel_row(regel, totaal, _own_source(regel, begroting.bron, bronnen, linker))
                  for regel in onderdeel.regels]
        group.append("</tbody>")
        rows.append("\n".join(group))
    foot = ""
    if heel_pakket:
        foot = (
            '<tfoot><tr class="totaal" data-rol="totaal"><th scope="row">Totaal</th>'
            f'<td class="bedrag">{bedrag_html(totaal, "totaal")}</td>'
            f'<td class="aandeel">{aandeel_html(totaal, totaal)}</td></tr></tfoot>'
        )
    return "\n".join([
        tabel_regio(caption_text),
        f'<table class="begroting" data-tabel="begroting" id="{attr(table_id)}">',
        f"<caption>{tekst(caption_text)} {citation_html(begroting.bron, bronnen, linker)}</caption>",
        '<thead><tr><th scope="col">Onderdeel en regel</th><th scope="col">Bedrag</th>'
        '<th scope="col"><abbr title="Aandeel in het totaal van het pakket">Aandeel</abbr></th></tr></thead>',
        *rows,
        foot,
        "</table>",
        "</div>",
    ])


def overzicht_onderdelen(begroting: Begroting, bronnen: dict[str, Bron], linker: Linker) -> str:
    """The package at a glance: each actielijn and Overig with amount and share."""
    totaal = begroting.totaal
    rows = []
    for onderdeel in begroting.onderdelen:
        name = tekst(onderdeel.label)
        if onderdeel.titel:
            name += f'<br><span class="onderdeel-titel">{tekst(onderdeel.titel)}</span>'
        rows.append(
            f'<tr data-rol="subtotaal" data-onderdeel="{attr(onderdeel.id)}"><th scope="row">'
            f'{link(linker(routes.onderdeel_url(onderdeel)), name)}</th>'
            f'<td class="bedrag">{bedrag_html(onderdeel.totaal, "onderdeel:" + onderdeel.id)}</td>'
            f'<td class="aandeel">{aandeel_html(onderdeel.totaal, totaal)}</td></tr>'
        )
    caption = "Het pakket per actielijn"
    return "\n".join([
        tabel_regio(caption),
        '<table class="begroting overzicht" data-tabel="overzicht" id="tabel-overzicht">',
        f"<caption>{caption} {citation_html(begroting.bron, bronnen, linker)}</caption>",
        '<thead><tr><th scope="col">Onderdeel</th><th scope="col">Bedrag</th>'
        '<th scope="col"><abbr title="Aandeel in het totaal van het pakket">Aandeel</abbr></th></tr></thead>',
        "<tbody>", *rows, "</tbody>",
        '<tfoot><tr class="totaal" data-rol="totaal"><th scope="row">Totaal</th>'
        f'<td class="bedrag">{bedrag_html(totaal, "totaal")}</td>'
        f'<td class="aandeel">{aandeel_html(totaal, totaal)}</td></tr></tfoot>',
        "</table>", "</div>",
    ])


def verdeling_lokaal(begroting: Begroting, bronnen: dict[str, Bron], linker: Linker) -> str:
    """Local versus not local: the local part is declared, the rest is computed."""
    totaal, lokaal = begroting.totaal, begroting.lokaal.bedrag
    caption = "Lokaal via gemeenten en de rest"
    return "\n".join([
        tabel_regio(caption),
        '<table class="begroting verdeling" data-tabel="verdeling">',
        f"<caption>{caption}</caption>",
        '<thead><tr><th scope="col">Deel</th><th scope="col">Bedrag</th>'
        '<th scope="col"><abbr title="Aandeel in het totaal van het pakket">Aandeel</abbr></th></tr></thead>',
        "<tbody>",
        '<tr data-rol="regel"><th scope="row">Lokale inzet via gemeenten '
        f'{citation_html(begroting.lokaal.bron, bronnen, linker)}</th>'
        f'<td class="bedrag">{bedrag_html(lokaal, "lokaal")}</td>'
        f'<td class="aandeel">{aandeel_html(lokaal, totaal)}</td></tr>',
        '<tr data-rol="regel"><th scope="row">Niet via gemeenten, onder meer landelijke initiatieven '
        '<span class="berekend">(berekend: totaal min lokaal)</span></th>'
        f'<td class="bedrag">{bedrag_html(totaal - lokaal, "niet-lokaal")}</td>'
        f'<td class="aandeel">{aandeel_html(totaal - lokaal, totaal)}</td></tr>',
        "</tbody>",
        '<tfoot><tr class="totaal" data-rol="totaal"><th scope="row">Totaal</th>'
        f'<td class="bedrag">{bedrag_html(totaal, "totaal")}</td>'
        f'<td class="aandeel">{aandeel_html(totaal, totaal)}</td></tr></tfoot>',
        "</table>", "</div>",
    ])
