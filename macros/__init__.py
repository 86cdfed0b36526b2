"""The mkdocs-macros module: hands validated data to the pages as macros.

Kept thin on purpose: loading and checks live in `load`, formatting in `money`,
HTML in `render_*`. Nothing here computes a figure. The data is loaded once per
build (mkdocs-macros calls `define_env` once, on config), never per page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def define_env(env: Any) -> None:
    from mkdocs.exceptions import PluginError

    from .load import load_gegevens
    from .problems import DataError

    try:
        gegevens = load_gegevens(Path(env.project_dir) / "data")
    except DataError as error:
        raise PluginError(error.report()) from None
    env.variables["_gegevens"] = gegevens
    if not env.conf.get("repo_url"):
        # Without REPO_URL an edit link would be a dead relative link (and `serve` warns).
        env.conf["edit_uri"] = None
    # The data files each page's figures come from, for its "edit" links.
    env.variables["_used_files"] = set()
    env.variables["_blocks"] = {}
    inline, blocks = page_macros(env, gegevens)
    for function in inline:
        env.macro(function, function.__name__)
    for function in blocks:
        env.macro(as_block(env, function), function.__name__)
    env.variables["_initiatief_pagina"] = env.macros["initiatief_pagina"]


def as_block(env: Any, function: Any) -> Any:
    """Set a macro's HTML aside and leave a marker for Markdown to pass through.

    Markdown would otherwise re-parse every generated table with its HTML parser, the
    largest cost of a build with thousands of initiative pages; `pages_hook` puts the
    HTML back after Markdown (on_page_content).
    """
    import functools

    @functools.wraps(function)
    def marker(*args: Any, **kwargs: Any) -> str:
        blocks: dict[str, str] = env.variables["_blocks"]
        key = f"b{len(blocks)}"
        blocks[key] = function(*args, **kwargs)
        return f'\n\n<div data-blok="{key}"></div>\n\n'

    return marker


def page_macros(env: Any, gegevens: Any) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """Every macro the pages may call: those used inside a sentence, and whole blocks."""
    from . import render_budget, render_charts, render_sources, render_verhaal, render_wijzigingen, routes
    from .discrepancies import afwijkingen as compute_afwijkingen
    from .html import link, relative_url, tekst
    from .integrity import citations_in
    from .models import Bronverwijzing, Herkomst
    from .money import euro
    from .usage import bron_gebruik

    begroting, bronnen, verhaal = gegevens.begroting, gegevens.bronnen, gegevens.verhaal
    used_files: set[str] = env.variables["_used_files"]

    def uses(*files: str) -> None:
        used_files.update(files)

    def uses_sources(citations: Any) -> None:
        uses(*(bronnen[c.document].herkomst.file for c in citations))

    def linker(target: str) -> str:
        return relative_url(target, env.page.url if env.page else "")

    def budget() -> None:
        uses(begroting.herkomst.file)
        uses_sources(citations_in(begroting))

    def amount_for(ref: str) -> tuple[int, str]:
        budget()
        fixed = {"totaal": begroting.totaal, "lokaal": begroting.lokaal.bedrag, "niet-lokaal": begroting.niet_lokaal}
        if ref in fixed:
            return fixed[ref], ref
        if any(o.id == ref for o in begroting.onderdelen):
            return gegevens.onderdeel(ref).totaal, f"onderdeel:{ref}"
        return gegevens.regel(ref).bedrag, f"regel:{ref}"

    def actielijn(onderdeel_id: str) -> Any:
        story = verhaal.actielijnen[onderdeel_id]
        uses(story.herkomst.file)
        return story

    def initiatief(initiatief_id: str) -> Any:
        item = verhaal.initiatieven[initiatief_id]
        uses(item.herkomst.file)
        uses_sources(item.bronnen)
        return item

    def bedrag(ref: str) -> str:
        """An amount by id: 'totaal', 'lokaal', 'niet-lokaal', an onderdeel or a regel."""
        return render_budget.bedrag_html(*amount_for(ref))

    def aandeel(ref: str) -> str:
        """The share of an amount in the package total."""
        return render_budget.aandeel_html(amount_for(ref)[0], begroting.totaal)

    def euro_tekst(ref: str) -> str:
        """An amount as plain text, for page titles and descriptions."""
        return euro(amount_for(ref)[0])

    def begrotingstabel() -> str:
        budget()
        return render_budget.begrotingstabel(begroting, bronnen, linker)

    def onderdeeltabel(onderdeel_id: str) -> str:
        budget()
        onderdeel = gegevens.onderdeel(onderdeel_id)
        return render_budget.begrotingstabel(begroting, bronnen, linker, onderdelen=[onderdeel],
                                             caption=f"Begroting van {onderdeel.label}")

    def overzicht_onderdelen() -> str:
        budget()
        return render_budget.overzicht_onderdelen(begroting, bronnen, linker)

    def verdeling_lokaal() -> str:
        budget()
        return render_budget.verdeling_lokaal(begroting, bronnen, linker)

    def onderdeel_titel(onderdeel_id: str) -> str:
        uses(begroting.herkomst.file)
        onderdeel = gegevens.onderdeel(onderdeel_id)
        return tekst(f"{onderdeel.label} — {onderdeel.titel}" if onderdeel.titel else onderdeel.label)

    def bron(bron_id: str, vindplaats: str | None = None) -> str:
        """A citation linking to the source's entry on the sources page."""
        if bron_id not in bronnen:
            raise KeyError(f"geen bron met id '{bron_id}' in data/bronnen/")
        uses(bronnen[bron_id].herkomst.file)
        return render_budget.citation_html(Bronverwijzing(bron_id, vindplaats, Herkomst("content")), bronnen, linker)

    def bronnenlijst() -> str:
        uses(*(b.herkomst.file for b in bronnen.values()))
        return render_sources.bronnenlijst(bronnen, bron_gebruik(gegevens))

    def repository_link(path: str, label: str) -> str:
        """A link into the site's repository where REPO_URL is set, else the plain label."""
        repo_url = env.conf.get("repo_url")
        return link(repo_url.rstrip("/") + "/" + path, tekst(label)) if repo_url else tekst(label)

    def download(name: str, label: str) -> str:
        return link(linker(routes.download_url(name)), tekst(label), download="")

    def actielijn_doel(onderdeel_id: str) -> str:
        story = actielijn(onderdeel_id)
        return f"<p>{render_verhaal.bewering_html(story.doel, bronnen, linker, f'doel:{onderdeel_id}')}</p>"

    def actielijn_aanleiding(onderdeel_id: str) -> str:
        story = actielijn(onderdeel_id)
        uses("data/kerncijfers.yaml")
        figures = [gegevens.kerncijfer(k) for k in story.kerncijfer_ids]
        citation = render_budget.citation_html(story.aanleiding_bron, bronnen, linker)
        intro = f"<p>{tekst(story.aanleiding_tekst)} {citation}</p>"
        return intro + render_verhaal.kerncijfertabel(figures, bronnen, linker, "Cijfers die de aanleiding tonen")

    def actielijn_acties(onderdeel_id: str) -> str:
        return render_verhaal.acties_html(actielijn(onderdeel_id), bronnen, linker)

    def actielijn_initiatieven(onderdeel_id: str) -> str:
        uses(*(i.herkomst.file for i in verhaal.initiatieven.values() if i.actielijn == onderdeel_id))
        return render_verhaal.initiatieven_per_regel(gegevens.onderdeel(onderdeel_id),
                                                     verhaal.initiatieven.values(), linker)

    def actielijn_resultaten(onderdeel_id: str) -> str:
        story = actielijn(onderdeel_id)
        uses(verhaal.opbrengsten.herkomst.file)
        return (render_verhaal.verdelingen_html(verhaal.opbrengsten, bronnen, linker, actielijn=onderdeel_id)
                + render_verhaal.beweringen_lijst(story.resultaten, bronnen, linker, f"resultaat:{onderdeel_id}"))

    def kerncijfers() -> str:
        uses("data/kerncijfers.yaml")
        parts = []
        for onderdeel in begroting.actielijnen:
            mine = [k for k in verhaal.kerncijfers if k.actielijn == onderdeel.id]
            parts.append(f'<h2 id="kerncijfers-{onderdeel.id}">{tekst(onderdeel.label)}</h2>'
                         + render_verhaal.kerncijfertabel(mine, bronnen, linker, f"Kerncijfers bij {onderdeel.label}"))
        rest = [k for k in verhaal.kerncijfers if k.actielijn is None]
        if rest:
            parts.append('<h2 id="kerncijfers-overig">Overige cijfers</h2>'
                         + render_verhaal.kerncijfertabel(rest, bronnen, linker, "Overige kerncijfers"))
        return "\n".join(parts)

    def initiatieven_overzicht() -> str:
        uses(*(i.herkomst.file for i in verhaal.initiatieven.values()))
        return render_verhaal.initiatieven_overzicht(list(verhaal.initiatieven.values()), begroting, linker)

    def aantal_initiatieven() -> str:
        return str(len(verhaal.initiatieven))

    def initiatief_naam(initiatief_id: str) -> str:
        return tekst(initiatief(initiatief_id).naam)

    def initiatief_pagina(initiatief_id: str) -> str:
        budget()
        item = initiatief(initiatief_id)
        return render_verhaal.initiatief_pagina(item, begroting, bronnen, linker)

    def tijdlijn() -> str:
        uses("data/tijdlijn.yaml")
        uses_sources(g.bron for g in verhaal.tijdlijn)
        return render_verhaal.tijdlijn_html(verhaal.tijdlijn, bronnen, linker)

    def opbrengsten_inleiding() -> str:
        uses(verhaal.opbrengsten.herkomst.file)
        return (f"<p>{tekst(verhaal.opbrengsten.inleiding)} "
                f"{render_budget.citation_html(verhaal.opbrengsten.bron, bronnen, linker)}</p>")

    def opbrengsten_verdelingen() -> str:
        uses(verhaal.opbrengsten.herkomst.file)
        return render_verhaal.verdelingen_html(verhaal.opbrengsten, bronnen, linker)

    def opbrengsten_feiten() -> str:
        uses(verhaal.opbrengsten.herkomst.file)
        return render_verhaal.beweringen_lijst(verhaal.opbrengsten.feiten, bronnen, linker, "opbrengsten")

    def gerapporteerde_initiatieven(onderdeel_id: str) -> str:
        items = [i for i in verhaal.initiatieven.values()
                 if i.gerapporteerd_resultaat and i.actielijn == onderdeel_id]
        uses(*(i.herkomst.file for i in items))
        return "<ul>" + "".join(render_verhaal.initiatief_item(i, linker) for i in items) + "</ul>"

    def route_overzicht() -> str:
        budget()
        uses(verhaal.route.herkomst.file)
        return render_verhaal.route_html(verhaal.route, begroting, bronnen, linker)

    def afwijkingen() -> str:
        budget()
        uses(verhaal.route.herkomst.file, *(v.herkomst.file for v in verhaal.bronversies.values()))
        items = compute_afwijkingen(begroting, verhaal.route, verhaal.bronversies)
        return render_verhaal.afwijkingen_html(items, bronnen, linker)

    def grafiek_actielijnen() -> str:
        """The share of each actielijn and Overig in the total, as an SVG bar chart."""
        budget()
        staven = [render_charts.Staaf(o.label, o.totaal, f"onderdeel:{o.id}") for o in begroting.onderdelen]
        return render_charts.staafdiagram("grafiek-actielijnen", "Het pakket per actielijn", staven,
                                          begroting.totaal, "tabel-overzicht")

    def grafiek_regels(onderdeel_id: str) -> str:
        """The lines within one actielijn, as an SVG bar chart."""
        budget()
        onderdeel = gegevens.onderdeel(onderdeel_id)
        staven = [render_charts.Staaf(r.naam, r.bedrag, f"regel:{r.id}") for r in onderdeel.regels]
        return render_charts.staafdiagram(f"grafiek-{onderdeel_id}", f"De regels van {onderdeel.label}", staven,
                                          begroting.totaal, f"tabel-{onderdeel_id}")

    def wijzigingen() -> str:
        uses("data/wijzigingen.yaml")
        return render_wijzigingen.wijzigingen_html(gegevens.wijzigingen, begroting, verhaal.route, linker)

    def abonneren() -> str:
        return render_wijzigingen.abonneren_html(linker)

    inline = (bedrag, aandeel, euro_tekst, onderdeel_titel, bron, download, aantal_initiatieven, initiatief_naam,
              repository_link)
    blocks = (
        begrotingstabel, onderdeeltabel, overzicht_onderdelen, verdeling_lokaal, bronnenlijst, actielijn_doel,
        actielijn_aanleiding, actielijn_acties, actielijn_initiatieven, actielijn_resultaten, kerncijfers,
        initiatieven_overzicht, initiatief_pagina, tijdlijn, opbrengsten_inleiding, opbrengsten_verdelingen,
        opbrengsten_feiten, gerapporteerde_initiatieven, route_overzicht, afwijkingen, wijzigingen, abonneren,
        grafiek_actielijnen, grafiek_regels,
    )
    return inline, blocks


def on_pre_page_macros(env: Any) -> None:
    from .html import tekst

    env.variables["_used_files"].clear()
    env.variables["_blocks"].clear()
    initiatief_id = env.page.meta.get("initiatief")
    if initiatief_id:  # a page generated by pages_hook: its body straight from the data
        naam = env.variables["_gegevens"].verhaal.initiatieven[initiatief_id].naam
        env.markdown = f"# {tekst(naam)}\n" + env.variables["_initiatief_pagina"](initiatief_id)


def on_post_page_macros(env: Any) -> None:
    """Tell the page template where its figures came from and when it last changed."""
    from .changelog import entry_for_page
    from .dates import datum_nl

    env.page.meta["databestanden"] = sorted(env.variables["_used_files"])
    entry = entry_for_page(env.variables["_gegevens"].wijzigingen, env.page.file.src_uri)
    if entry is not None and env.page.meta["databestanden"]:
        env.page.meta["laatst_gewijzigd"] = {"datum": entry.datum, "tekst": datum_nl(entry.datum), "id": entry.id}


def on_post_build(env: Any) -> None:
    """Publish the open-data files beside the pages, from the already loaded data."""
    from .downloads import write_downloads
    from .feeds import write_feeds
    from .security_txt import write_security_txt

    gegevens = env.variables["_gegevens"]
    write_downloads(gegevens, Path(env.conf["site_dir"]))
    write_feeds(gegevens.wijzigingen, env.conf["site_url"], Path(env.conf["site_dir"]))
    write_security_txt(env.conf["site_url"], Path(env.conf["site_dir"]))
