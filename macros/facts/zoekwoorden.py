"""Readers' words (data/zoekwoorden.yaml): what readers type in the search box where the site
writes something else or nothing at all ('Den Bosch' for 's-Hertogenbosch; 'eenzaamheid' for
the budget line whose amount only a table shows), each with the page or budget line it means.

The build adds them to the search index as best bets (`postbuild/zoekindex.py`), with the
readers' words shown on the result, so a reader sees why it was found. Pages get no hidden
text: what screen readers read and what a page says stay as they are.

Here: the model, its loading and the checks that need only this file and the budget. That
each page exists is for the page register to say (`register/checks.py`); that an anchor is a
heading of its page, for the build that made the page (`postbuild/zoekindex.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..reading.problems import Problem
from ..reading.strict_yaml import YamlDocument
from .budget import Begroting
from .provenance import Herkomst, Reporter

FILE = "data/zoekwoorden.yaml"
SCHEMA = "zoekwoorden.schema.json"


@dataclass(frozen=True)
class Zoekwoord:
    """Readers' words and the one place on the site they mean."""

    woorden: tuple[str, ...]
    pagina: str | None  # a page id ('initiatieven/huis73.md'), or None for a budget line
    anker: str | None  # with pagina: a heading on that page
    regel: str | None  # the id of a budget line in data/begroting.yaml
    herkomst: Herkomst
    plek: str  # 'data/zoekwoorden.yaml:12:5': for a problem only the built site can find


def load_zoekwoorden(doc: YamlDocument) -> tuple[Zoekwoord, ...]:
    """The entries of the file. Their `reden` is for the editors: the site does not show it."""
    items = []
    for i, raw in enumerate(doc.data["zoekwoorden"]):
        line, column = doc.place(("zoekwoorden", i))
        items.append(Zoekwoord(tuple(raw["woorden"]), raw.get("pagina"), raw.get("anker"), raw.get("regel"),
                               Herkomst(doc.file, ("zoekwoorden", i)), f"{doc.file}:{line}:{column}"))
    return tuple(items)


def _key(woord: str) -> str:
    """How the search compares words: without case, with runs of white space as one."""
    return " ".join(woord.casefold().split())


def check_zoekwoorden(items: tuple[Zoekwoord, ...], begroting: Begroting, report: Reporter) -> list[Problem]:
    """Each entry leads to one place (a page or a budget line that exists), and each word
    stands once in the file: one word, one best bet."""
    problems = []
    regels = {regel.id for regel in begroting.regels}
    seen: dict[str, Zoekwoord] = {}
    for item in items:
        if (item.pagina is None) == (item.regel is None):
            problems.append(report(item.herkomst, "", "noem óf een pagina óf een begrotingsregel",
                                   "schrijf 'pagina: …' (een pad in content/) of 'regel: …' (een id uit "
                                   "data/begroting.yaml), niet allebei en niet geen van beide"))
        if item.anker is not None and item.pagina is None:
            problems.append(report(item.herkomst, "anker", "een anker hoort bij een pagina",
                                   "noem de pagina van het anker met 'pagina: …', of haal het anker weg"))
        if item.regel is not None and item.regel not in regels:
            problems.append(report(item.herkomst, "regel", f"er is geen begrotingsregel '{item.regel}'",
                                   f"kies een id uit data/begroting.yaml: {', '.join(sorted(regels))}"))
        for index, woord in enumerate(item.woorden):
            earlier = seen.setdefault(_key(woord), item)
            if earlier is not item:
                line = report(earlier.herkomst, "", "", "").line
                problems.append(report(Herkomst(item.herkomst.file, (*item.herkomst.path, "woorden", index)), "",
                                       f"'{woord}' staat al bij een ander zoekwoord (regel {line})",
                                       "laat elk woord naar één plek leiden: haal het hier of daar weg"))
    return problems
