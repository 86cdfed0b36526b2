"""HTML for the story: figures, statements, actielijnen, initiatives, timeline, routes,
outcomes and the discrepancy register. Every data text is escaped via `tekst`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from ..facts.actielijnen import Actielijnverhaal
from ..facts.budget import Begroting, Onderdeel
from ..facts.claims import Bewering, Getal
from ..facts.discrepancies import Afwijking, Bevinding
from ..facts.initiatives import Initiatief
from ..facts.kerncijfers import Kerncijfer
from ..facts.outcomes import Opbrengsten
from ..facts.route import Route
from ..facts.sources import Bron
from ..facts.timeline import Gebeurtenis
from ..formatting import urls as routes
from ..formatting.dates import datum_nl
from ..formatting.money import decimaal
from ..formatting.slugs import gemeente_slug
from .budget import Linker, aandeel_html, bedrag_html, bron_label, citation_html
from .markup import attr, link, tabel_regio, tekst

NIVEAUS = {"lokaal": "Lokaal", "landelijk": "Landelijk", "onbekend": "Niveau niet vermeld"}


def getal_html(getal: Getal, ref: str) -> str:
    """A figure as the source gives it: 'ruim 3.500', '49,1%', '€ 4 miljoen'."""
    prefix = f"{tekst(getal.kwalificatie)} " if getal.kwalificatie else ""
    if getal.eenheid == "euro":
        return prefix + bedrag_html(int(getal.waarde), ref)
    shown = decimaal(getal.waarde) + ("%" if getal.eenheid == "procent" else "")
    return (f'{prefix}<data class="getal" value="{getal.waarde}" data-value="{getal.waarde}" '
            f'data-unit="{attr(getal.eenheid)}" data-ref="{attr(ref)}">{shown}</data>')


def bewering_html(bewering: Bewering, bronnen: dict[str, Bron], linker: Linker, ref: str) -> str:
    figure = f"<strong>{getal_html(bewering.getal, ref)}</strong> " if bewering.getal else ""
    when = f" ({tekst(datum_nl(bewering.peildatum))})" if bewering.peildatum else ""
    return f"{figure}{tekst(bewering.tekst)}{when} {citation_html(bewering.bron, bronnen, linker)}"


def beweringen_lijst(items: Iterable[Bewering], bronnen: dict[str, Bron], linker: Linker, ref: str,
                     css: str = "beweringen") -> str:
    rows = [f"<li>{bewering_html(b, bronnen, linker, f'{ref}:{i}')}</li>" for i, b in enumerate(items)]
    return f'<ul class="{css}">' + "".join(rows) + "</ul>" if rows else ""


# Key figures -----------------------------------------------------------------


def kerncijfer_waarde(kerncijfer: Kerncijfer) -> str:
    if kerncijfer.getal is not None:
        return getal_html(kerncijfer.getal, f"kerncijfer:{kerncijfer.id}")
    return f'<span class="waarde-tekst">{tekst(kerncijfer.waarde_tekst)}</span>'


def kerncijfertabel(kerncijfers: Iterable[Kerncijfer], bronnen: dict[str, Bron], linker: Linker,
                    caption: str) -> str:
    rows = []
    for k in kerncijfers:
        what = tekst(k.omschrijving) + (f'<br><span class="vergelijking">{tekst(k.vergelijking)}</span>'
                                        if k.vergelijking else "")
        origin = f"{tekst(k.oorspronkelijke_bron)}; " if k.oorspronkelijke_bron else ""
        rows.append(
            f'<tr id="kerncijfer-{attr(k.id)}" data-kerncijfer="{attr(k.id)}">'
            f'<td class="cijfer">{kerncijfer_waarde(k)}</td><th scope="row">{what}</th>'
            f"<td>{tekst(k.populatie)}</td><td>{tekst(k.gemeten)}</td>"
            f"<td>{origin}{citation_html(k.bron, bronnen, linker)}</td></tr>"
        )
    return "\n".join([
        tabel_regio(caption),
        '<table class="kerncijfers">', f"<caption>{tekst(caption)}</caption>",
        '<thead><tr><th scope="col">Cijfer</th><th scope="col">Wat</th><th scope="col">Wie</th>'
        '<th scope="col">Wanneer gemeten</th><th scope="col">Bron</th></tr></thead>',
        "<tbody>", *rows, "</tbody></table></div>",
    ])


# Actielijnen -----------------------------------------------------------------


def acties_html(verhaal: Actielijnverhaal, bronnen: dict[str, Bron], linker: Linker) -> str:
    items = []
    for actie in verhaal.acties:
        body = f"<strong>{tekst(actie.letter)}) {tekst(actie.titel)}</strong>"
        if actie.omschrijving:
            body += f"<br>{tekst(actie.omschrijving)}"
        body += " " + citation_html(actie.bron, bronnen, linker)
        if actie.onderdelen:
            body += "<ul>" + "".join(f"<li>{tekst(o)}</li>" for o in actie.onderdelen) + "</ul>"
        items.append(f'<li data-actie="{attr(actie.letter)}">{body}</li>')
    return '<ol class="acties" type="a">' + "".join(items) + "</ol>"


def initiatief_item(initiatief: Initiatief, linker: Linker, filterable: bool = False) -> str:
    where = ", ".join(initiatief.gemeenten) if initiatief.gemeenten else NIVEAUS[initiatief.niveau].lower()
    marks = "".join(f' <span class="label label-{css}">{text}</span>' for css, text in status_labels(initiatief))
    data = (f' data-actielijn="{attr(initiatief.actielijn)}" data-niveau="{attr(initiatief.niveau)}"'
            f' data-gemeenten="{attr("|".join(gemeente_slug(g) for g in initiatief.gemeenten))}"'
            if filterable else "")
    return (f'<li data-initiatief="{attr(initiatief.id)}"{data}>'
            f"{link(linker(routes.initiatief_url(initiatief.id)), tekst(initiatief.naam))}"
            f' <span class="plaats">({tekst(where)})</span>{marks}</li>')


def status_labels(initiatief: Initiatief) -> list[tuple[str, str]]:
    labels = []
    if initiatief.gepland_voorbeeld:
        labels.append(("gepland", "voorbeeld in de Kamerbrief (februari 2021)"))
    if initiatief.gerapporteerd_resultaat:
        labels.append(("resultaat", "resultaat in de opbrengstenbrief (december 2021)"))
    if not labels:
        labels.append(("anders", "uit een andere bron"))
    return labels


def initiatieven_per_regel(onderdeel: Onderdeel, initiatieven: Iterable[Initiatief], linker: Linker) -> str:
    """The drill-down below an actielijn: each budget line with its initiatives."""
    mine = [i for i in initiatieven if i.actielijn == onderdeel.id]
    sections = []
    for regel in onderdeel.regels:
        under = [i for i in mine if i.begrotingsregel == regel.id]
        items = "".join(initiatief_item(i, linker) for i in under) or \
            "<li>De bronnen noemen geen initiatieven die aan deze regel zijn gekoppeld.</li>"
        sections.append(
            f'<section class="regel-initiatieven" id="initiatieven-{attr(regel.id)}" data-regel="{attr(regel.id)}">'
            f"<h3>{tekst(regel.naam)} — {bedrag_html(regel.bedrag, 'regel:' + regel.id)}</h3><ul>{items}</ul></section>"
        )
    unknown = [i for i in mine if i.begrotingsregel is None]
    if unknown:
        sections.append(
            '<section class="regel-initiatieven" id="initiatieven-regel-onbekend" data-regel="">'
            "<h3>Begrotingsregel niet bekend</h3><p>Bij deze initiatieven zeggen de bronnen niet uit welke "
            "regel ze zijn betaald; de pagina van elk initiatief zegt wat er wel bekend is.</p>"
            f"<ul>{''.join(initiatief_item(i, linker) for i in unknown)}</ul></section>"
        )
    return "\n".join(sections)


# Initiatives -----------------------------------------------------------------


def initiatief_pagina(initiatief: Initiatief, begroting: Begroting, bronnen: dict[str, Bron],
                      linker: Linker) -> str:
    actielijn = next(o for o in begroting.onderdelen if o.id == initiatief.actielijn)
    regel = next((r for r in begroting.regels if r.id == initiatief.begrotingsregel), None)
    facts = [
        ("Actielijn", link(linker(routes.onderdeel_url(actielijn)), tekst(actielijn.label))),
        ("Niveau", tekst(NIVEAUS[initiatief.niveau])),
    ]
    if initiatief.gemeenten:
        facts.append(("Gemeente" if len(initiatief.gemeenten) == 1 else "Gemeenten", ", ".join(
            link(linker(routes.gemeente_url(g)), tekst(g)) for g in initiatief.gemeenten)))
    if initiatief.plaats_toelichting:
        facts.append(("Waar", tekst(initiatief.plaats_toelichting)))
    regel_text = (
        link(linker(routes.onderdeel_url(actielijn) + f"#initiatieven-{regel.id}"), tekst(regel.naam))
        + f" ({bedrag_html(regel.bedrag, 'regel:' + regel.id)})" if regel else "niet bekend"
    )
    if initiatief.begrotingsregel_toelichting:
        regel_text += f'<br><span class="toelichting">{tekst(initiatief.begrotingsregel_toelichting)}</span>'
    facts.append(("Begrotingsregel", regel_text))
    if initiatief.organisaties:
        facts.append(("Organisaties", "<ul>" + "".join(f"<li>{tekst(o)}</li>" for o in initiatief.organisaties)
                      + "</ul>"))
    facts.append(("Vermeld als", "; ".join(text for _, text in status_labels(initiatief))))
    parts = [
        f'<article class="initiatief" data-initiatief="{attr(initiatief.id)}">',
        f"<p>{tekst(initiatief.omschrijving)}</p>",
        '<dl class="feiten">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>",
    ]
    if initiatief.resultaten:
        parts += ["<h2>Resultaten</h2>",
                  beweringen_lijst(initiatief.resultaten, bronnen, linker, f"initiatief:{initiatief.id}:resultaat")]
    else:
        parts += ["<h2>Resultaten</h2>", "<p>De bronnen noemen geen resultaten in cijfers.</p>"]
    if initiatief.kanttekeningen:
        parts += ["<h2>Let op</h2>", beweringen_lijst(initiatief.kanttekeningen, bronnen, linker,
                                                      f"initiatief:{initiatief.id}:kanttekening")]
    parts += ["<h2>Bronnen</h2>", "<ul>" + "".join(
        f"<li>{citation_html(b, bronnen, linker)}</li>" for b in initiatief.bronnen) + "</ul>", "</article>"]
    return "\n".join(parts)


def initiatieven_overzicht(initiatieven: list[Initiatief], begroting: Begroting, linker: Linker) -> str:
    """Grouped, linked lists that work without JavaScript; the filter script only hides items."""
    by_name = sorted(initiatieven, key=lambda i: i.naam.lower())
    groups = []
    actielijn_sections = []
    for onderdeel in begroting.actielijnen:
        mine = [i for i in by_name if i.actielijn == onderdeel.id]
        # Each initiative is listed once here, with the data the filter script narrows on.
        actielijn_sections.append(_group(f"actielijn-{onderdeel.id}", tekst(onderdeel.label), mine, linker,
                                         filterable=True))
    groups.append(("per-actielijn", "Per actielijn", actielijn_sections))
    niveau_sections = [
        _group(f"niveau-{niveau}", label, [i for i in by_name if i.niveau == niveau], linker)
        for niveau, label in NIVEAUS.items() if any(i.niveau == niveau for i in by_name)
    ]
    groups.append(("per-niveau", "Lokaal of landelijk", niveau_sections))
    per_gemeente: dict[str, list[Initiatief]] = defaultdict(list)
    for initiatief in by_name:
        for gemeente in initiatief.gemeenten:
            per_gemeente[gemeente].append(initiatief)
    gemeente_sections = [
        _group(routes.gemeente_anchor(g), tekst(g), per_gemeente[g], linker)
        for g in sorted(per_gemeente, key=lambda name: gemeente_slug(name))
    ]
    groups.append(("per-gemeente", "Per gemeente", gemeente_sections))
    html = [_filter_form(begroting, sorted(per_gemeente, key=gemeente_slug)),
            '<p class="filter-aantal" id="filter-aantal" aria-live="polite"></p>']
    for group_id, title, sections in groups:
        html.append(f'<section class="groepering" id="{group_id}"><h2>{title}</h2>{"".join(sections)}</section>')
    return "\n".join(html)


def _group(anchor: str, title_html: str, items: list[Initiatief], linker: Linker, filterable: bool = False) -> str:
    return (f'<section class="groep" id="{attr(anchor)}"><h3>{title_html} '
            f'<span class="aantal">({len(items)})</span></h3>'
            f"<ul>{''.join(initiatief_item(i, linker, filterable) for i in items)}</ul></section>")


def _filter_form(begroting: Begroting, gemeenten: list[str]) -> str:
    def options(pairs: Iterable[tuple[str, str]]) -> str:
        return '<option value="">Alle</option>' + "".join(
            f'<option value="{attr(value)}">{tekst(label)}</option>' for value, label in pairs)

    return (
        '<form class="initiatieven-filter" id="initiatieven-filter" hidden>'
        "<fieldset><legend>Initiatieven filteren</legend>"
        f'<label for="filter-actielijn">Actielijn</label><select id="filter-actielijn" name="actielijn">'
        f"{options((o.id, o.label) for o in begroting.actielijnen)}</select>"
        f'<label for="filter-niveau">Lokaal of landelijk</label><select id="filter-niveau" name="niveau">'
        f"{options(NIVEAUS.items())}</select>"
        f'<label for="filter-gemeente">Gemeente</label><select id="filter-gemeente" name="gemeente">'
        f"{options((gemeente_slug(g), g) for g in gemeenten)}</select>"
        "</fieldset></form>"
    )


# Timeline --------------------------------------------------------------------


def tijdlijn_html(gebeurtenissen: Iterable[Gebeurtenis], bronnen: dict[str, Bron], linker: Linker) -> str:
    items = []
    for g in sorted(gebeurtenissen, key=lambda g: (g.datum.ljust(10, "~"), g.titel)):
        body = f"<strong>{tekst(g.titel)}</strong>"
        if g.omschrijving:
            body += f"<br>{tekst(g.omschrijving)}"
        soort = " (context)" if g.soort == "context" else ""
        items.append(
            f'<li class="gebeurtenis gebeurtenis-{attr(g.soort)}" data-datum="{attr(g.datum)}">'
            f'<time datetime="{attr(g.datum)}">{tekst(datum_nl(g.datum))}</time>{soort}: '
            f"{body} {citation_html(g.bron, bronnen, linker)}</li>"
        )
    return '<ol class="tijdlijn">' + "".join(items) + "</ol>"


# Outcomes --------------------------------------------------------------------


def verdelingen_html(opbrengsten: Opbrengsten, bronnen: dict[str, Bron], linker: Linker,
                     actielijn: str | None = None) -> str:
    tables = []
    for verdeling in opbrengsten.verdelingen:
        if actielijn is not None and verdeling.actielijn != actielijn:
            continue
        rows = "".join(
            f'<tr data-rol="deel"><th scope="row">{tekst(d.naam)}</th>'
            f'<td class="aandeel"><data class="procent" value="{d.procent}" data-percent="{d.procent}">'
            f"{decimaal(d.procent)}%</data></td><td>{tekst(d.omschrijving or '')} "
            f"{citation_html(d.bron, bronnen, linker)}</td></tr>"
            for d in verdeling.delen
        )
        total = sum((d.procent for d in verdeling.delen), Decimal(0))
        tables.append(
            tabel_regio(verdeling.titel)
            + f'<table class="verdeling-procent" data-verdeling="{attr(verdeling.id)}">'
            f"<caption>{tekst(verdeling.titel)}</caption>"
            '<thead><tr><th scope="col">Deel</th><th scope="col">Aandeel</th><th scope="col">Waaraan</th>'
            f"</tr></thead><tbody>{rows}</tbody>"
            f'<tfoot><tr data-rol="totaal"><th scope="row">Totaal</th><td class="aandeel">'
            f'<data class="procent" value="{total}" data-percent="{total}">{decimaal(total)}%</data></td><td></td>'
            "</tr></tfoot></table></div>"
        )
    return "\n".join(tables)


# Routes ----------------------------------------------------------------------


def route_html(route: Route, begroting: Begroting, bronnen: dict[str, Bron], linker: Linker) -> str:
    regels = {r.id: r for r in begroting.regels}
    rows = []
    for m in route.maatregelen:
        linked = "; ".join(
            link(linker(routes.BEGROTING + "#" + routes.regel_anchor(r)), tekst(regels[r].naam))
            + f" ({bedrag_html(regels[r].bedrag, 'regel:' + r)})" for r in m.regels
        ) or "niet bekend"
        if m.koppeling:
            linked += f'<br><span class="toelichting">{tekst(m.koppeling)}</span>'
        rows.append(
            f'<tr data-rol="regel" id="maatregel-{attr(m.id)}"><th scope="row">{tekst(m.naam)}</th>'
            f'<td class="bedrag">{bedrag_html(m.bedrag, "maatregel:" + m.id)}</td>'
            f"<td>{tekst(m.uitkering)}</td><td>{linked}</td></tr>"
        )
    caption = "Ophoging van het gemeentefonds, per maatregel"
    fonds = "\n".join([
        tabel_regio(caption),
        '<table class="begroting route" data-tabel="gemeentefonds">',
        f"<caption>{caption} {citation_html(route.bron, bronnen, linker)}</caption>",
        '<thead><tr><th scope="col">Maatregel</th><th scope="col">Bedrag</th><th scope="col">Uitkering</th>'
        '<th scope="col">Begrotingsregel met dezelfde naam of omschrijving</th></tr></thead>',
        "<tbody>", *rows, "</tbody>",
        '<tfoot><tr class="totaal" data-rol="totaal"><th scope="row">Totaal gemeentefonds</th>'
        f'<td class="bedrag">{bedrag_html(route.gemeentefonds, "route:gemeentefonds")}</td><td></td><td></td></tr>'
        "</tfoot></table></div>",
    ])
    caption = "Het pakket naar route"
    overview = "\n".join([
        tabel_regio(caption),
        '<table class="begroting route" data-tabel="routes">',
        f"<caption>{caption} {citation_html(route.bron, bronnen, linker)}</caption>",
        '<thead><tr><th scope="col">Route</th><th scope="col">Bedrag</th>'
        '<th scope="col"><abbr title="Aandeel in het totaal van het pakket">Aandeel</abbr></th></tr></thead><tbody>',
        '<tr data-rol="regel"><th scope="row">Gemeentefonds (zes maatregelen)</th>'
        f'<td class="bedrag">{bedrag_html(route.gemeentefonds, "route:gemeentefonds")}</td>'
        f'<td class="aandeel">{aandeel_html(route.gemeentefonds, route.totaal_volgens_bron)}</td></tr>',
        f'<tr data-rol="regel"><th scope="row">Begrotingen van departementen<br><span class="toelichting">'
        f"{tekst(route.departementen_omschrijving)}</span></th>"
        f'<td class="bedrag">{bedrag_html(route.departementen, "route:departementen")}</td>'
        f'<td class="aandeel">{aandeel_html(route.departementen, route.totaal_volgens_bron)}</td></tr>',
        "</tbody>",
        '<tfoot><tr class="totaal" data-rol="totaal"><th scope="row">Totaal</th>'
        f'<td class="bedrag">{bedrag_html(route.gemeentefonds + route.departementen, "totaal")}</td>'
        f'<td class="aandeel">{aandeel_html(route.totaal_volgens_bron, route.totaal_volgens_bron)}</td></tr>'
        "</tfoot></table></div>",
    ])
    via = (
        "<p class=\"via-gemeenten\">Via gemeenten gaat in totaal "
        f'{bedrag_html(route.via_gemeenten, "route:via-gemeenten")}: '
        f'het gemeentefonds ({bedrag_html(route.gemeentefonds, "route:gemeentefonds")}) plus '
        f'{bedrag_html(route.departementen_waarvan_gemeenten, "route:departementen-gemeenten")} uit begrotingen van '
        f"departementen {citation_html(route.bron, bronnen, linker)}.</p>"
    )
    return "\n".join([overview, via, fonds])


# Discrepancies ---------------------------------------------------------------


def afwijkingen_html(items: list[Afwijking], bronnen: dict[str, Bron], linker: Linker) -> str:
    return "\n".join(_afwijking(a, bronnen, linker) for a in items)


def _source_link(bron_id: str, bronnen: dict[str, Bron], linker: Linker) -> str:
    return link(linker(routes.bron_url(bron_id)), tekst(bron_label(bronnen[bron_id])), data_bron=bron_id)


def _afwijking(afwijking: Afwijking, bronnen: dict[str, Bron], linker: Linker) -> str:
    rows = []
    for v in afwijking.versies:
        ref = afwijking.feit if v.gezaghebbend else f"bronversie:{v.bron_id}:{afwijking.feit}"
        amount = bedrag_html(v.bedrag, ref) if v.bedrag is not None else "—"
        detail = tekst(v.omschrijving) if v.omschrijving else ""
        if v.verdeling:
            detail += "<ul>" + "".join(
                f"<li>{tekst(name)}: {bedrag_html(amount_, f'bronversie:{v.bron_id}:{afwijking.feit}:deel')}</li>"
                for name, amount_ in v.verdeling) + "</ul>"
        marker = " (gezaghebbend)" if v.gezaghebbend else ""
        rows.append(f'<tr data-bron="{attr(v.bron_id)}"><th scope="row">{_source_link(v.bron_id, bronnen, linker)}'
                    f"{marker}</th><td>{tekst(v.naam_in_bron)}</td><td class=\"bedrag\">{amount}</td>"
                    f"<td>{detail}</td></tr>")
    findings = "".join(f"<li>{_bevinding(b, bronnen, linker)}</li>" for b in afwijking.bevindingen)
    anchor = "afwijking-" + afwijking.feit.replace(":", "-")
    return (
        f'<section class="afwijking" id="{attr(anchor)}" data-feit="{attr(afwijking.feit)}">'
        f"<h2>{tekst(afwijking.label)}</h2>"
        + tabel_regio(f"{afwijking.label}: de bronnen naast elkaar")
        + f'<table class="afwijking-tabel"><caption>{tekst(afwijking.label)}: de bronnen naast elkaar</caption>'
        '<thead><tr><th scope="col">Bron</th><th scope="col">Naam in de bron</th><th scope="col">Bedrag</th>'
        f'<th scope="col">Verdeling of beschrijving</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        + (f'<ul class="bevindingen">{findings}</ul>' if findings else
           "<p>De bedragen komen overeen; de bronnen beschrijven de besteding verschillend.</p>")
        + "</section>"
    )


def _bevinding(b: Bevinding, bronnen: dict[str, Bron], linker: Linker) -> str:
    source = _source_link(b.bron_id, bronnen, linker)
    against = _source_link(b.tegen_bron_id, bronnen, linker)
    said = bedrag_html(b.waarde, "bevinding:waarde")
    other = bedrag_html(b.tegen_waarde, "bevinding:tegen")
    difference = bedrag_html(abs(b.verschil), "bevinding:verschil") if b.verschil else ""
    more_or_less = "meer" if b.verschil > 0 else "minder"
    if b.soort == "ontbreekt":
        text = (f"{source} laat deze regel weg; {against} noemt {other}.")
    elif b.soort == "optelling":
        text = (f"De regels die {source} bij {tekst(b.onderwerp)} noemt, tellen op tot {said}, maar de bron noemt "
                f"als totaal {other}: {difference} {more_or_less}.")
    elif b.soort == "verdeling":
        text = (f"Voor ‘{tekst(b.onderwerp)}’ noemt {source} {said}, en {against} {other}: "
                f"{difference} {more_or_less}.")
    else:
        text = f"{source} noemt {said}; {against} noemt {other}: {difference} {more_or_less}."
    return (f'<span class="bevinding" data-soort="{attr(b.soort)}" data-waarde="{b.waarde}" '
            f'data-tegen="{b.tegen_waarde}" data-verschil="{b.verschil}">{text}</span>')


def kerncijfers_per_actielijn(kerncijfers: tuple[Kerncijfer, ...], begroting: Begroting, bronnen: dict[str, Bron],
                              linker: Linker) -> str:
    parts = []
    for onderdeel in begroting.actielijnen:
        mine = [k for k in kerncijfers if k.actielijn == onderdeel.id]
        parts.append(f'<h2 id="kerncijfers-{onderdeel.id}">{tekst(onderdeel.label)}</h2>'
                     + kerncijfertabel(mine, bronnen, linker, f"Kerncijfers bij {onderdeel.label}"))
    rest = [k for k in kerncijfers if k.actielijn is None]
    if rest:
        parts.append('<h2 id="kerncijfers-overig">Overige cijfers</h2>'
                     + kerncijfertabel(rest, bronnen, linker, "Overige kerncijfers"))
    return "\n".join(parts)


def initiatieven_lijst(items: Iterable[Initiatief], linker: Linker) -> str:
    return "<ul>" + "".join(initiatief_item(i, linker) for i in items) + "</ul>"
