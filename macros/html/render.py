"""The one Jinja2 environment for HTML fragments: every data table, chart and citation
comes from a template in templates/, with autoescape on.

Macro output is pasted into Markdown before Markdown runs (see `markup`), so escaping
`<` and `&` is not enough: every value a template prints goes through `tekst`, which
also makes `[`, `*`, `_`, `{` and friends inert. Values in attributes use `|a`
(quotes, `<`, `&` and Jinja's braces). Fragments already rendered are Markup and pass
through unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from ..formatting import urls
from ..formatting.dates import datum_nl
from ..formatting.money import aandeel, decimaal, euro
from ..formatting.slugs import gemeente_slug
from .markup import attr, tekst
from .template_cache import TemplateTextCache

TEMPLATES = Path(__file__).resolve().parent / "templates"


TELWOORDEN = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien")


def telwoord(number: int) -> str:
    """Small counts in words, as Dutch prose writes them."""
    return TELWOORDEN[number] if 0 <= number < len(TELWOORDEN) else str(number)


# What the site says of a quote whose sentence is cut off in the source it has (see facts/quotes.py).
AFGEBROKEN_UITLEG = {
    "begin": "Deze zin is afgebroken: het begin staat op een pagina die de site niet heeft.",
    "eind": "Deze zin is afgebroken: de rest staat in een deel van de bron dat de site niet heeft.",
    "beide": "Deze zin is afgebroken: het begin en de rest staan in delen van de bron die de site niet heeft.",
}
AFGEBROKEN_KORT = "de zin is in de bron afgebroken"


def citaat_tekst(verwijzing: Any) -> str:
    """A quote as plain text (a tooltip, a feed): a cut end shown as '…', the words unchanged."""
    cut = verwijzing.afgebroken or ""
    return ("… " if cut in ("begin", "beide") else "") + verwijzing.citaat + (" …" if cut in ("eind", "beide") else "")


# The ids of the figures the page being rendered shows: every `<data>` amount is recorded as
# it is written (`toon` in the `bedrag` macro), so the page's "last changed" date and feed
# follow exactly the figures on it, without reading them back out of the HTML.
_shown: ContextVar[set[str] | None] = ContextVar("shown_figures", default=None)


def toon(figure_id: str) -> str:
    """Record that the page being rendered shows this figure; prints nothing."""
    shown = _shown.get()
    if shown is not None:
        shown.add(figure_id)
    return ""


# The sources the page being rendered cites, numbered in the order it first cites them: every
# citation is a small number ("[1]") that links to the quote, and the foot of the page lists
# the sources by the same numbers (`bronnen_onderaan`).
_cited: ContextVar[dict[str, int] | None] = ContextVar("cited_sources", default=None)


def bronnummer(bron_id: str) -> int:
    """The number of a source on the page being rendered (1 outside a page)."""
    cited = _cited.get()
    if cited is None:
        return 1
    return cited.setdefault(bron_id, len(cited) + 1)


@contextmanager
def recording_citations() -> Iterator[dict[str, int]]:
    """While rendering one page: number the sources it cites, in order of first citation."""
    cited: dict[str, int] = {}
    token = _cited.set(cited)
    try:
        yield cited
    finally:
        _cited.reset(token)


@contextmanager
def recording_figures() -> Iterator[set[str]]:
    """While rendering one page: collect the ids of the figures it shows."""
    shown: set[str] = set()
    token = _shown.set(shown)
    try:
        yield shown
    finally:
        _shown.reset(token)


def _inert(value: Any) -> Any:
    """Jinja's finalize: plain values become inert text, rendered fragments stay as they are."""
    return value if hasattr(value, "__html__") else Markup(tekst(value))


@dataclass(frozen=True)
class Share:
    """A share of a whole: exact fraction, its float for `value=` and the Dutch text."""

    fraction: Fraction
    text: str

    @property
    def value(self) -> str:
        return repr(float(self.fraction))


def share(deel: int, geheel: int) -> Share:
    return Share(*aandeel(deel, geheel))


NIVEAUS = {"lokaal": "Lokaal", "landelijk": "Landelijk", "onbekend": "Niveau niet vermeld"}

# How far a headline figure reaches (its `kader.reikwijdte`).
REIKWIJDTE_LABELS = {
    "steunpakket": "Resultaat van het steunpakket, volgens de bron",
    "een-project": "Cijfer van één project, niet van het hele steunpakket",
    "breder": "Niet alleen het steunpakket: de telling begon eerder of telt ander geld mee",
}

# Whether the package paid an initiative (its `financiering.status`), in the words of every list.
FINANCIERING_LABELS = {
    "betaald": "betaald uit het steunpakket",
    "voorbeeld": "voorbeeld in de Kamerbrief",
    "niet-bekend": "niet bekend of het steunpakket betaalde",
}


def _environment() -> Environment:
    # Compiled once per template text, not at every build (template_cache.py).
    # auto_reload off: templates do not change during a build (a stat per template lookup otherwise).
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, finalize=_inert, trim_blocks=True,
                      lstrip_blocks=True, undefined=StrictUndefined, bytecode_cache=TemplateTextCache(),
                      auto_reload=False)
    env.filters["a"] = lambda value: Markup(attr(value))
    # An amount keeps its non-breaking space visible in the HTML source as &nbsp;.
    env.filters["nbsp"] = lambda text: Markup(tekst(text).replace("\u00a0", "&nbsp;"))
    env.filters["slug"] = gemeente_slug
    env.globals.update(urls=urls, euro=euro, decimaal=decimaal, datum_nl=datum_nl, share=share, niveaus=NIVEAUS,
                       financiering_labels=FINANCIERING_LABELS, reikwijdte_labels=REIKWIJDTE_LABELS,
                       citaat_tekst=citaat_tekst,
                       afgebroken_uitleg=AFGEBROKEN_UITLEG, afgebroken_kort=AFGEBROKEN_KORT,
                       telwoord=telwoord, toon=toon, bronnummer=bronnummer)
    return env


ENV = _environment()


def render(template: str, **context: Any) -> str:
    """A template's output as a plain string (not Markup, so `+` never escapes it again)."""
    return str.__str__(ENV.get_template(template).render(**context))


@cache
def parts() -> Any:
    """The shared macros of templates/_parts.html (amount, share, citation, link, ...)."""
    return ENV.get_template("_parts.html").module


def part(name: str, *args: Any, **kwargs: Any) -> str:
    return str.__str__(getattr(parts(), name)(*args, **kwargs))


def html(fragment: str) -> Markup:
    """Mark a fragment rendered elsewhere as HTML for a template."""
    return Markup(fragment)
