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

    from . import render_budget, render_sources, routes
    from .html import relative_url
    from .integrity import citations_in
    from .load import load_gegevens
    from .models import Bronverwijzing, Herkomst
    from .money import euro
    from .problems import DataError
    from .usage import bron_gebruik

    try:
        gegevens = load_gegevens(Path(env.project_dir) / "data")
    except DataError as error:
        raise PluginError(error.report()) from None
    env.variables["_gegevens"] = gegevens
    begroting, bronnen = gegevens.begroting, gegevens.bronnen
    # The data files each page's figures come from, for its "edit" links.
    used_files: set[str] = set()
    env.variables["_used_files"] = used_files

    def uses(*files: str) -> None:
        used_files.update(files)

    budget_files = (begroting.herkomst.file,) + tuple(
        bronnen[citation.document].herkomst.file for citation in citations_in(begroting)
    )

    def linker(target: str) -> str:
        return relative_url(target, env.page.url if env.page else "")

    def amount_for(ref: str) -> int:
        uses(begroting.herkomst.file)
        if ref == "totaal":
            return begroting.totaal
        if ref == "lokaal":
            return begroting.lokaal.bedrag
        if ref == "niet-lokaal":
            return begroting.niet_lokaal
        try:
            return gegevens.onderdeel(ref).totaal
        except KeyError:
            return gegevens.regel(ref).bedrag

    def ref_kind(ref: str) -> str:
        if ref in ("totaal", "lokaal", "niet-lokaal"):
            return ref
        if any(o.id == ref for o in begroting.onderdelen):
            return f"onderdeel:{ref}"
        return f"regel:{ref}"

    @env.macro
    def bedrag(ref: str) -> str:
        """An amount by id: 'totaal', 'lokaal', 'niet-lokaal', an onderdeel or a regel."""
        return render_budget.bedrag_html(amount_for(ref), ref_kind(ref))

    @env.macro
    def aandeel(ref: str) -> str:
        """The share of an amount in the package total."""
        return render_budget.aandeel_html(amount_for(ref), begroting.totaal)

    @env.macro
    def euro_tekst(ref: str) -> str:
        """An amount as plain text, for page titles and descriptions."""
        return euro(amount_for(ref))

    @env.macro
    def begrotingstabel() -> str:
        uses(*budget_files)
        return render_budget.begrotingstabel(begroting, bronnen, linker)

    @env.macro
    def onderdeeltabel(onderdeel_id: str) -> str:
        onderdeel = gegevens.onderdeel(onderdeel_id)
        uses(begroting.herkomst.file)
        return render_budget.begrotingstabel(
            begroting, bronnen, linker, onderdelen=[onderdeel],
            caption=f"Begroting van {onderdeel.label}",
        )

    @env.macro
    def overzicht_onderdelen() -> str:
        uses(*budget_files)
        return render_budget.overzicht_onderdelen(begroting, bronnen, linker)

    @env.macro
    def verdeling_lokaal() -> str:
        uses(*budget_files)
        return render_budget.verdeling_lokaal(begroting, bronnen, linker)

    @env.macro
    def onderdeel_titel(onderdeel_id: str) -> str:
        from .html import tekst
        onderdeel = gegevens.onderdeel(onderdeel_id)
        return tekst(f"{onderdeel.label} — {onderdeel.titel}" if onderdeel.titel else onderdeel.label)

    @env.macro
    def bron(bron_id: str, vindplaats: str | None = None) -> str:
        """A citation linking to the source's entry on the sources page."""
        if bron_id not in bronnen:
            raise KeyError(f"geen bron met id '{bron_id}' in data/bronnen/")
        uses(bronnen[bron_id].herkomst.file)
        verwijzing = Bronverwijzing(bron_id, vindplaats, Herkomst("content"))
        return render_budget.citation_html(verwijzing, bronnen, linker)

    @env.macro
    def bronnenlijst() -> str:
        uses(*(b.herkomst.file for b in bronnen.values()))
        return render_sources.bronnenlijst(bronnen, bron_gebruik(gegevens))

    @env.macro
    def download(name: str, label: str) -> str:
        from .html import link, tekst
        return link(linker(routes.download_url(name)), tekst(label), download="")


def on_pre_page_macros(env: Any) -> None:
    env.variables["_used_files"].clear()


def on_post_page_macros(env: Any) -> None:
    """Tell the page template which data files this page's figures came from."""
    env.page.meta["databestanden"] = sorted(env.variables["_used_files"])


def on_post_build(env: Any) -> None:
    """Publish the open-data files beside the pages, from the already loaded data."""
    from .downloads import write_downloads

    write_downloads(env.variables["_gegevens"], Path(env.conf["site_dir"]))
