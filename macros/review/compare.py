"""Two snapshots side by side: every change, and every change that is not in order.

The report is Dutch Markdown, for the terminal, the job summary and the pull-request
comment. A problem is
* a figure that changed, appeared or disappeared without a changelog entry added on the
  branch (amounts: with `oud`/`nieuw` under `cijfers:`; other figures: naming their page);
* a published address (a page, or an old address with a redirect) that disappears
  without a redirect in `data/omleidingen.yaml`;
* a stored source text or a source's address that changed, or a quote that now rests on
  another source, without a new changelog entry naming the source's page (`sources.py`);
* a changelog entry of the base that was removed or rewritten (the log only grows);
* `data/vastgelegde-bedragen.yaml` edited by hand (it may only become what
  `./site-build.sh vastleggen` writes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..facts.changes import CHANGELOG_FILE
from ..facts.omleidingen import FILE as REDIRECTS_FILE
from ..facts.vastlegging import LEDGER_FILE
from ..formatting.money import euro
from ..formatting.urls import page_path
from .sources import bronteksten_en_adressen


@dataclass
class Verslag:
    regels: list[str] = field(default_factory=list)
    problemen: list[str] = field(default_factory=list)
    bedragen_zonder_vermelding: bool = False


def _md(text: str) -> str:
    """Text from the data, shown literally in Markdown."""
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


def _adres(source: str, site_url: str | None) -> str:
    path = "/" + page_path(source)
    return f"[{path}]({site_url.rstrip('/')}{path})" if site_url else f"`{path}`"


# The index of municipalities (register.pages.GEMEENTEN_INDEX) and the folder of their pages. Typed
# here, not imported: `verschil` runs this package also inside the code of an older base.
GEMEENTEN_INDEX = "gemeenten/index.md"
GEMEENTEN_FOLDER = "gemeenten/"


def _amount(value: int | None) -> str:
    return "niets" if value is None else euro(value)


def vergelijk(oud: dict[str, Any], nieuw: dict[str, Any], site_url: str | None = None) -> Verslag:
    verslag = Verslag()
    base_log = {entry["id"]: entry for entry in oud["wijzigingen"]}
    new_entries = [entry for entry in nieuw["wijzigingen"] if entry.get("id") not in base_log]
    named_pages = {page for entry in new_entries for page in entry.get("paginas", [])}
    # A page that moved is named in the changelog by its new address.
    named_pages |= {old for old, new in nieuw["omleidingen"].items() if new in named_pages}
    # A municipality's page changes with the index of municipalities (see prerender.write.newest_entry).
    if GEMEENTEN_INDEX in named_pages:
        named_pages |= {page for page in nieuw["paginas"] if page.startswith(GEMEENTEN_FOLDER)}
    _cijfers(oud["cijfers"], nieuw["cijfers"], (new_entries, named_pages), site_url, verslag)
    _paginas(oud, nieuw, named_pages, site_url, verslag)
    _bronnen(oud["bronnen"], nieuw["bronnen"], verslag)
    section, problems = bronteksten_en_adressen(oud, nieuw, named_pages)
    verslag.regels += section
    verslag.problemen += problems
    _logboek(oud["wijzigingen"], nieuw["wijzigingen"], new_entries, verslag)
    _vastgelegd(oud, nieuw, verslag)
    return verslag


def _cijfers(oud: dict, nieuw: dict, branch: tuple[list[dict], set[str]], site_url: str | None,
             verslag: Verslag) -> None:
    new_entries, named_pages = branch
    lines = []
    recorded = {c["feit"] for entry in new_entries for c in entry.get("cijfers", [])}
    for key in sorted(set(oud) | set(nieuw) | recorded, key=_figure_order):
        before, after = oud.get(key), nieuw.get(key)
        cijfer = after or before
        if cijfer is None:  # a changelog entry for a figure that exists in neither version
            verslag.problemen.append(f"{CHANGELOG_FILE} vermeldt `{_md(key)}`, maar dat cijfer bestaat niet")
            continue
        changed = (before or {}).get("exact") != (after or {}).get("exact")
        if changed:
            lines.append(_figure_line(key, cijfer, before, after, site_url))
        if cijfer["bedrag"]:
            _check_amount(key, cijfer, before, after, new_entries, verslag)
        elif changed and cijfer["pagina"] not in named_pages and not cijfer.get("berekend"):
            # A computed figure (a sum, a difference between sources) changes with the figures it
            # comes from, whose own changes are recorded: it is listed above, never a problem itself.
            verslag.problemen.append(
                f"{_md(cijfer['naam'])} (`{key}`) verandert van {_value(before)} in {_value(after)}, maar geen "
                f"nieuwe wijziging in {CHANGELOG_FILE} noemt de pagina `{cijfer['pagina']}`. Zet bovenaan een "
                "wijziging met die pagina onder `paginas:`.")
    verslag.regels += ["### Cijfers", "", *(lines or ["Geen cijfers veranderd."]), ""]


def _value(cijfer: dict | None) -> str:
    return cijfer["waarde"] if cijfer else "niets"


def _figure_line(key: str, cijfer: dict, before: dict | None, after: dict | None, site_url: str | None) -> str:
    wat = "nieuw" if before is None else "weg" if after is None else "gewijzigd"
    return (f"- **{wat}**: {_md(cijfer['naam'])} (`{key}`): {_value(before)} → {_value(after)} "
            f"— {_adres(cijfer['pagina'], site_url)}")


def _figure_order(key: str) -> tuple[int, str]:
    kinds = ("totaal", "lokaal", "onderdeel:", "regel:", "route:", "maatregel:")
    return next((i for i, kind in enumerate(kinds) if key.startswith(kind)), len(kinds)), key


def _check_amount(key: str, cijfer: dict, before: dict | None, after: dict | None, new_entries: list[dict],
                  verslag: Verslag) -> None:
    """The branch's new entries, oldest first, must take the amount from its old to its new value."""
    start = int(before["exact"]) if before else None
    end = int(after["exact"]) if after else None
    running = start
    for entry in reversed(new_entries):
        for change in entry.get("cijfers", []):
            if change.get("feit") != key:
                continue
            if change.get("oud") != running:
                verslag.problemen.append(
                    f"wijziging `{_md(str(entry.get('id')))}` noemt voor `{key}` als oud bedrag "
                    f"{_amount(change.get('oud'))}, maar het was toen {_amount(running)}")
            running = change.get("nieuw")
    if running != end:
        verslag.bedragen_zonder_vermelding = True
        old_part = f", oud: {start}" if start is not None else ""
        new_part = f", nieuw: {end}" if end is not None else ""
        verslag.problemen.append(
            f"{_md(cijfer['naam'])} (`{key}`): {_amount(start)} → {_amount(end)} staat niet in een nieuwe wijziging "
            f"in {CHANGELOG_FILE}. Zet bovenaan een wijziging met onder `cijfers:` "
            f"`{{feit: {key}{old_part}{new_part}}}` (zie CONTRIBUTING.md).")


def _paginas(oud: dict, nieuw: dict, named_pages: set[str], site_url: str | None, verslag: Verslag) -> None:
    before, after = oud["paginas"], nieuw["paginas"]
    redirects = nieuw["omleidingen"]
    added = sorted(set(after) - set(before))
    lines = [_removed_line(source, before[source], redirects.get(source), added, site_url)
             for source in sorted(set(before) - set(after))]
    renamed_to = {redirects.get(s) for s in set(before) - set(after)}
    lines += [f"- **nieuw**: {_md(after[s])}: {_adres(s, site_url)}" for s in added if s not in renamed_to]
    verslag.problemen += [
        f"de nieuwe pagina `{source}` staat in geen nieuwe wijziging in {CHANGELOG_FILE}; zet bovenaan een "
        f"wijziging met `{source}` onder `paginas:`, zodat abonnees haar zien"
        for source in added if source not in named_pages]
    published_before = set(before) | set(oud["omleidingen"])
    published_after = set(after) | set(redirects)
    verslag.problemen += [
        f"het adres {_adres(source, None)} verdwijnt zonder omleiding; links en bladwijzers ernaar zouden "
        f"breken. Zet in {REDIRECTS_FILE}: `- {{van: {source}, naar: <nieuwe pagina>.md}}`"
        for source in sorted(published_before - published_after)]
    verslag.regels += ["### Pagina's", "", *(lines or ["Geen pagina's toegevoegd, weggehaald of hernoemd."]), ""]


def _removed_line(source: str, title: str, target: str | None, added: list[str], site_url: str | None) -> str:
    if target in added:
        return f"- **hernoemd**: {_md(title)}: {_adres(source, site_url)} → {_adres(target, site_url)} (met omleiding)"
    if target:
        return f"- **weg**: {_md(title)}: {_adres(source, site_url)} (omleiding naar {_adres(target, site_url)})"
    return f"- **weg**: {_md(title)}: {_adres(source, site_url)} (zonder omleiding)"


def _bronnen(oud: dict, nieuw: dict, verslag: Verslag) -> None:
    lines = [f"- **nieuw**: `{b}`: {_md(nieuw[b])}" for b in sorted(set(nieuw) - set(oud))]
    lines += [f"- **weg**: `{b}`: {_md(oud[b])}" for b in sorted(set(oud) - set(nieuw))]
    verslag.regels += ["### Bronnen", "", *(lines or ["Geen bronnen toegevoegd of weggehaald."]), ""]


def _logboek(oud: list[dict], nieuw: list[dict], new_entries: list[dict], verslag: Verslag) -> None:
    """The changelog only grows: every entry of the base stays, word for word."""
    current = {entry.get("id"): entry for entry in nieuw}
    for entry in oud:
        now = current.get(entry["id"])
        if now is None:
            verslag.problemen.append(
                f"de gepubliceerde wijziging `{_md(entry['id'])}` ({entry.get('datum')}) is uit {CHANGELOG_FILE} "
                "gehaald. Het logboek groeit alleen: zet haar terug en leg een correctie vast als nieuwe wijziging.")
            continue
        rewritten = sorted(name for name, value in entry.items() if now.get(name) != value)
        if rewritten:
            verslag.problemen.append(
                f"de gepubliceerde wijziging `{_md(entry['id'])}` is herschreven ({', '.join(rewritten)}). Het "
                "logboek groeit alleen: zet de oude tekst terug en leg een correctie vast als nieuwe wijziging.")
    lines = [f"- `{_md(str(e.get('id')))}` ({e.get('datum')}): {_md(str(e.get('titel')))}" for e in new_entries]
    verslag.regels += ["### Nieuwe wijzigingen in het logboek", "", *(lines or ["Geen."]), ""]


def _vastgelegd(oud: dict, nieuw: dict, verslag: Verslag) -> None:
    """The ledger may stay as it was, or become what `vastleggen` writes after recorded changes.

    (`vastleggen` refuses while an amount change is not recorded; a ledger that changed
    anyway was edited by hand.)
    """
    changed = nieuw["vastgelegd"] != oud["vastgelegd"]
    if changed and (nieuw["vastgelegd"] != nieuw["vastgelegd_verwacht"] or verslag.bedragen_zonder_vermelding):
        verslag.problemen.append(
            f"{LEDGER_FILE} is met de hand aangepast. Zet het terug (git checkout of de versie van de basis) "
            "en laat het over aan ./site-build.sh vastleggen; cijfers verandert u in de gegevens zelf.")


def markdown(verslag: Verslag, basis_tekst: str, commit: str) -> str:
    lines = ["## Wat deze wijziging verandert op de site", "",
             f"Vergeleken met {basis_tekst} (commit `{commit[:10]}`).", ""]
    if verslag.problemen:
        count = len(verslag.problemen)
        lines += [f"**Niet in orde: {count} {'probleem' if count == 1 else 'problemen'}.**", ""]
        lines += [f"- ❌ {problem}" for problem in verslag.problemen]
    else:
        lines += ["**In orde:** elk gewijzigd cijfer, elke gewijzigde brontekst en elk gewijzigd bronadres staat "
                  "in het logboek, geen adres verdwijnt zonder omleiding en het logboek is alleen aangevuld."]
    return "\n".join(lines + ["", *verslag.regels]).rstrip() + "\n"
