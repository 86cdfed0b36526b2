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

from ..facts.initiatives import Initiatief
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


def citaat_label(verwijzing: Any) -> str:
    """Whose words a quote is: the source's, or (where the site lacks its text) the editors'."""
    if verwijzing.citaat_soort == "notitie":
        return "Aantekening van de redactie, niet de woorden van de bron"
    return "Woorden van de bron"


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


def status_labels(initiatief: Initiatief) -> list[tuple[str, Markup]]:
    """Where the sources mention an initiative: (css class, label), never empty."""
    labels = []
    if initiatief.gepland_voorbeeld:
        labels.append(("gepland", Markup("voorbeeld in de Kamerbrief (februari 2021)")))
    if initiatief.gerapporteerd_resultaat:
        labels.append(("resultaat", Markup("resultaat in de opbrengstenbrief (december 2021)")))
    return labels or [("anders", Markup("uit een andere bron"))]


def _environment() -> Environment:
    # Compiled once per template text, not at every build (template_cache.py).
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, finalize=_inert, trim_blocks=True,
                      lstrip_blocks=True, undefined=StrictUndefined, bytecode_cache=TemplateTextCache())
    env.filters["a"] = lambda value: Markup(attr(value))
    # An amount keeps its non-breaking space visible in the HTML source as &nbsp;.
    env.filters["nbsp"] = lambda text: Markup(tekst(text).replace("\u00a0", "&nbsp;"))
    env.filters["slug"] = gemeente_slug
    env.globals.update(urls=urls, euro=euro, decimaal=decimaal, datum_nl=datum_nl, share=share, niveaus=NIVEAUS,
                       status_labels=status_labels, citaat_label=citaat_label,
                       telwoord=telwoord, toon=toon)
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
