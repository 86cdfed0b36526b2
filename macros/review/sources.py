"""The words and addresses of the sources in `verschil`: what changed, old → new, and whether
the changelog says why.

Git is the memory here, as for figures: the base's stored texts (`data/bronteksten/`),
addresses (`adres:` in `data/bronnen/`) and which source each quote rests on are read
from the base's own files. For a source that exists in both versions, a changed stored
text (the lines added and removed, as a short unified diff), a changed address (the host
old → new, a look-alike host marked as such, and both full addresses) and a quote that
now rests on it are shown in a section of their own, and are a problem unless a new
changelog entry on the branch names the source's page `bronnen/<id>.md` (its `reden:`
then says why). A new source's text is shown too; that its page needs a changelog entry
is the page check's business (`compare._paginas`).
"""

from __future__ import annotations

import difflib
import re
from urllib.parse import urlsplit

from ..facts.changes import CHANGELOG_FILE

MAX_DIFF_LINES = 40
TEXTS = "data/bronteksten"


def bronteksten_en_adressen(oud: dict, nieuw: dict, named_pages: set[str]) -> tuple[list[str], list[str]]:
    """(the report's section, the problems) for the stored texts, addresses and quoted sources."""
    both = set(oud["adressen"]) & set(nieuw["adressen"])
    unnamed = {bron_id for bron_id in both if f"bronnen/{bron_id}.md" not in named_pages}
    lines, problems = _texts(oud, nieuw, unnamed)
    for bron_id in sorted(both):
        before, after = oud["adressen"][bron_id], nieuw["adressen"][bron_id]
        if before != after:
            naam = _md(nieuw["bronnen"][bron_id])
            lines.append(f"- **adres gewijzigd**: `{bron_id}` ({naam}): {_address(before, after)}")
            if bron_id in unnamed:
                problems.append(_address_problem(bron_id, before, after))
    citation_lines, cited = _citations(oud, nieuw)
    lines += citation_lines
    problems += [_citation_problem(bron_id, wie) for bron_id, wie in sorted(cited.items()) if bron_id in unnamed]
    section = lines or ["Geen brontekst, bronadres of geciteerde bron veranderd."]
    return ["### Bronteksten en bronadressen", "", *section, ""], problems


def _texts(oud: dict, nieuw: dict, unnamed: set[str]) -> tuple[list[str], list[str]]:
    """Each stored text that changed (of a source that still exists), as a diff; a problem where
    the source existed before and the changelog does not name its page."""
    lines: list[str] = []
    problems: list[str] = []
    for bron_id in sorted(set(oud["bronteksten"]) | set(nieuw["bronteksten"])):
        before, after = oud["bronteksten"].get(bron_id), nieuw["bronteksten"].get(bron_id)
        if before == after or bron_id not in nieuw["adressen"]:
            continue
        lines += _text_lines(bron_id, nieuw["bronnen"][bron_id], before, after)
        if bron_id in unnamed:
            problems.append(_text_problem(bron_id, before, after))
    return lines, problems


def _md(text: str) -> str:
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())


def _code(text: str | None) -> str:
    """A value from the data as a Markdown code span, whatever backticks it holds."""
    if text is None:
        return "(geen)"
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# Stored texts ---------------------------------------------------------------------------------


def _diff(before: str | None, after: str | None) -> tuple[list[str], int, int]:
    """A short unified diff of two texts, and how many lines came and went."""
    rows = list(difflib.unified_diff((before or "").splitlines(), (after or "").splitlines(), lineterm="", n=1))[2:]
    added = sum(1 for row in rows if row.startswith("+"))
    removed = sum(1 for row in rows if row.startswith("-"))
    return rows, added, removed


def _text_lines(bron_id: str, naam: str, before: str | None, after: str | None) -> list[str]:
    rows, added, removed = _diff(before, after)
    wat = "nieuw" if before is None else "weggehaald" if after is None else "gewijzigd"
    lines = [f"- **brontekst {wat}**: `{TEXTS}/{bron_id}.txt` ({_md(naam)}): {_count(added, 'erbij')}, "
             f"{_count(removed, 'weg')}", ""]
    shown = rows[:MAX_DIFF_LINES]
    fence = "`" * max(3, max((len(run) for row in shown for run in re.findall(r"`+", row)), default=0) + 1)
    lines += [f"{fence}diff", *shown, fence]
    if len(rows) > MAX_DIFF_LINES:
        lines.append(f"(en nog {len(rows) - MAX_DIFF_LINES} regels van het verschil; zie de bestanden in de "
                     "pull request)")
    return [*lines, ""]


def _count(number: int, wat: str) -> str:
    return f"{number} {'regel' if number == 1 else 'regels'} {wat}"


def _text_problem(bron_id: str, before: str | None, after: str | None) -> str:
    _, added, removed = _diff(before, after)
    wat = "erbij gekomen" if before is None else "weggehaald" if after is None else "veranderd"
    return (f"de brontekst `{TEXTS}/{bron_id}.txt` is {wat} ({_count(added, 'erbij')}, {_count(removed, 'weg')}), "
            f"maar geen nieuwe wijziging in {CHANGELOG_FILE} noemt de pagina `bronnen/{bron_id}.md`. Staat de nieuwe "
            "tekst zo in de bron, zet dan bovenaan een wijziging met `bronnen/" + bron_id + ".md` onder `paginas:` en "
            "in `reden:` waarom de tekst veranderde (zie CONTRIBUTING.md); anders: zet de tekst terug.")


# Addresses ------------------------------------------------------------------------------------


def host(adres: str | None) -> str | None:
    """The host a reader's browser goes to (also for 'https://echt.nl@ander.nl/'), in ASCII too
    where it has other letters: a look-alike letter shows as 'xn--…'."""
    if not adres:
        return None
    try:
        name = urlsplit(adres).hostname
    except ValueError:
        return None
    if name and not name.isascii():
        try:
            return f"{name} ({name.encode('idna').decode('ascii')})"
        except UnicodeError:
            return name
    return name


def look_alike(before: str, after: str) -> bool:
    """A new host that resembles the old one: it contains it, or differs in a letter or two."""
    if before == after:
        return False
    core = before.removeprefix("www.")
    return core in after or not after.isascii() or _distance(before, after) <= 2


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (hosts are short)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def _address(before: str | None, after: str | None) -> str:
    old_host, new_host = host(before), host(after)
    full = f"oud: {_code(before)} → nieuw: {_code(after)}"
    if old_host == new_host:
        return f"dezelfde website ({_code(new_host)}), ander adres; {full}"
    warning = ("⚠️ **lijkt op de oude website, maar is een andere**" if old_host and new_host
               and look_alike(old_host, new_host) else "**een andere website**")
    return f"{warning}: {_code(old_host)} → {_code(new_host)}; {full}"


def _address_problem(bron_id: str, before: str | None, after: str | None) -> str:
    return (f"het adres van bron `{bron_id}` is veranderd: {_address(before, after)}. Geen nieuwe wijziging in "
            f"{CHANGELOG_FILE} noemt de pagina `bronnen/{bron_id}.md`. Is het nieuwe adres echt van de uitgever, zet "
            f"dan bovenaan een wijziging met `bronnen/{bron_id}.md` onder `paginas:` en in `reden:` waarom het adres "
            "veranderde (zie CONTRIBUTING.md); anders: zet het oude adres terug.")


# Quotes that rest on another source -----------------------------------------------------------


def _citations(oud: dict, nieuw: dict) -> tuple[list[str], dict[str, list[str]]]:
    """Lines for every figure and file whose quotes now rest on other sources, and by newly
    cited source who cites it now."""
    lines: list[str] = []
    cited: dict[str, list[str]] = {}
    for key in sorted(set(oud["citaten"]) & set(nieuw["citaten"])):
        before, after = set(oud["citaten"][key]), set(nieuw["citaten"][key])
        if before == after:
            continue
        wie = _who(key, nieuw)
        lines.append(f"- **citaat rust op een andere bron**: {wie}: {_sources(before - after, 'niet meer')}"
                     f"{'; ' if before - after and after - before else ''}{_sources(after - before, 'nu')}")
        for bron_id in after - before:
            cited.setdefault(bron_id, []).append(wie)
    return lines, cited


def _who(key: str, nieuw: dict) -> str:
    kind, _, ident = key.partition(":")
    if kind == "cijfer" and ident in nieuw["cijfers"]:
        return f"{_md(nieuw['cijfers'][ident]['naam'])} (`{ident}`)"
    return f"`{ident}`"


def _sources(bronnen: set[str], wanneer: str) -> str:
    return f"{wanneer} {', '.join(f'`{b}`' for b in sorted(bronnen))}" if bronnen else ""


def _citation_problem(bron_id: str, wie: list[str]) -> str:
    return (f"{', '.join(wie)} citeert nu bron `{bron_id}`, maar geen nieuwe wijziging in {CHANGELOG_FILE} noemt de "
            f"pagina `bronnen/{bron_id}.md`, waar dat citaat verschijnt. Zet bovenaan een wijziging met "
            f"`bronnen/{bron_id}.md` onder `paginas:` en in `reden:` waarom het gegeven nu op deze bron rust.")
