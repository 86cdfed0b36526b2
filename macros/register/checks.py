"""The checks that need the whole site: every address is free, every page that data names
exists, every quote names the figure it carries, and every published amount, stored
source text and source address changes only with the changelog.

They run after every data file and concept passed its own checks (`facts.loader`), so a
problem here is reported at its cause and never as a consequence of a broken file.
"""

from __future__ import annotations

from pathlib import Path

from ..facts.changes import Wijziging
from ..facts.gegevens import Gegevens
from ..facts.omleidingen import Omleiding
from ..facts.provenance import Herkomst, Reporter
from ..facts.zoekwoorden import Zoekwoord
from ..reading.problems import Problem
from .figures import Cijferregister
from .ledger import check_ledger
from .pages import Pagina, Paginaregister
from .quote_figures import quote_figure_problems
from .source_ledger import check_source_sums

PAGE_HINT = ("noem een pagina uit content/ (bijvoorbeeld begroting.md), initiatieven/<bestandsnaam>.md voor een "
             "initiatief of bronnen/<bestandsnaam>.md voor een bron")


def site_problems(gegevens: Gegevens, paginas: Paginaregister, cijfers: Cijferregister,
                  report: Reporter, data_dir: Path) -> list[Problem]:
    problems = address_problems(paginas, report)
    problems += title_problems(paginas, report)
    problems += redirect_problems(gegevens.omleidingen, paginas, report)
    problems += changelog_page_problems(gegevens.wijzigingen, paginas, report)
    problems += quote_figure_problems(cijfers, report)
    problems += zoekwoord_page_problems(gegevens.zoekwoorden, paginas, report)
    if gegevens.vastlegging is not None:
        problems += check_ledger(cijfers, gegevens.wijzigingen, gegevens.vastlegging, report)
        problems += check_source_sums(gegevens, data_dir, gegevens.vastlegging, report)
    return problems


def address_problems(paginas: Paginaregister, report: Reporter) -> list[Problem]:
    """Two things on one address: the later would hide the earlier. Reported at the data file
    (or redirect) that takes an address already in use, with what uses it."""
    problems = []
    for first, second in paginas.same_address():
        taker = second if second.herkomst is not None else first
        other = first if taker is second else second
        if taker.herkomst is None:  # two content pages: content/ itself cannot hold two files on one path
            continue
        if taker.soort == "omleiding":
            problems.append(report(taker.herkomst, "van", f"de pagina '{taker.id}' bestaat (weer); een omleiding "
                                   "zou haar verbergen", "verwijder deze omleiding of kies een andere oude pagina"))
            continue
        problems.append(report(taker.herkomst, "", f"dit bestand geeft het webadres /{taker.adres}, maar daar "
                               f"staat al {_what(other)}", RENAME_HINT))
    return problems


def title_problems(paginas: Paginaregister, report: Reporter) -> list[Problem]:
    """Two pages with one title are one entry twice in a browser's tabs, bookmarks and search
    engines: reported at the data file of the later page."""
    problems = []
    first: dict[str, Pagina] = {}
    for pagina in paginas.pages():
        other = first.setdefault(pagina.venstertitel.casefold(), pagina)
        if other is not pagina and pagina.herkomst is not None:
            field = "naam" if pagina.soort == "initiatief" else "titel"
            problems.append(report(pagina.herkomst, field, f"de pagina van dit bestand heet '{pagina.venstertitel}', "
                                   f"net als {_what(other)}", f"geef het een {field} die alleen dit bestand heeft"))
    return problems


def _what(pagina: Pagina) -> str:
    if pagina.soort == "inhoud":
        return f"de pagina {pagina.bestanden[0]}"
    if pagina.soort == "omleiding":
        return f"een omleiding (uit {pagina.bestanden[0]})"
    return f"de pagina van {pagina.bestanden[0]}"


RENAME_HINT = ("geef het bestand een andere naam (kleine letters, cijfers en streepjes); 'index' en de namen van "
               "pagina's uit content/ zijn bezet")


def redirect_problems(omleidingen: tuple[Omleiding, ...], paginas: Paginaregister,
                      report: Reporter) -> list[Problem]:
    """Every redirect leads to a page that exists (a content page, an initiative's or a source's)."""
    targets = {p.id for p in paginas.pages()}
    return [report(o.herkomst, "naar", f"de pagina '{o.naar}' bestaat niet",
                   PAGE_HINT + " (bij een verwijderd initiatief bijvoorbeeld initiatieven/index.md)")
            for o in omleidingen if o.naar not in targets and o.naar not in {r.van for r in omleidingen}]


def zoekwoord_page_problems(items: tuple[Zoekwoord, ...], paginas: Paginaregister,
                            report: Reporter) -> list[Problem]:
    """Readers' words lead to a page readers read (not to an old address that sends them on)."""
    readable = {p.id for p in paginas.pages()}
    return [report(item.herkomst, "pagina", f"de pagina '{item.pagina}' bestaat niet", PAGE_HINT)
            for item in items if item.pagina is not None and item.pagina not in readable]


def changelog_page_problems(log: tuple[Wijziging, ...], paginas: Paginaregister, report: Reporter) -> list[Problem]:
    """Every page an entry names exists, or had an address that now redirects (an old entry
    may name a page that has since moved)."""
    problems = []
    for entry in log:
        for index, page in enumerate(entry.paginas):
            if page not in paginas or not paginas[page].is_html:
                where = Herkomst(entry.herkomst.file, entry.herkomst.path + ("paginas", index))
                problems.append(report(where, "", f"de pagina '{page}' bestaat niet", PAGE_HINT))
    return problems
