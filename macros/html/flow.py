"""The flow of the money as an SVG chart beside a table: the whole package, the routes, the
actielijnen. No JavaScript; every amount comes from the figure register, and an amount the
sources do not give is drawn as an open, dashed box and written as 'niet bekend'.

Three stacked bars on one scale (the whole package is the full width), each with a legend
under it, so nothing needs to fit inside a narrow segment on a phone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction

from markupsafe import Markup

from ..facts.budget import Begroting
from ..facts.flow import Geldstroom, uitkering_key
from ..facts.route import Route
from ..facts.sources import Bron
from ..formatting.money import euro as euro_text
from ..register.figures import Cijferregister
from .budget import Linker
from .charts import CHAR_WIDTH, LINE, WIDTH
from .render import render

BAR_WIDTH = WIDTH - 4
BAR_HEIGHT = 24
SWATCH = 12
LEGEND_X = SWATCH + 8
LEGEND_CHARS = (WIDTH - LEGEND_X) // CHAR_WIDTH - 1


@dataclass
class Deel:
    """One segment of a bar: a figure of the site, or (open) an amount no source gives."""

    css: str
    bedrag: int  # its width; for an open box the rest, which no source states as an amount
    ref: str | None  # the figure it shows; None: not a figure of the site (unknown)
    open: bool = False  # drawn as an open, dashed box: the sources do not give this amount
    x: str = ""
    width: str = ""


@dataclass
class Uitleg:
    """One line of a bar's legend, with the swatch of its colour."""

    css: str
    tekst: str
    open: bool = False
    lines: list[str] = field(default_factory=list)
    y: int = 0


@dataclass
class Rij:
    titel: str
    delen: list[Deel]
    uitleg: list[Uitleg]


def euro(bedrag: int) -> str:
    """An amount that a legend never wraps: '€ 107 miljoen' on one line."""
    return euro_text(bedrag).replace(" ", "\u00a0")


def wrap(text: str) -> list[str]:
    """Wrapped at spaces only: an amount ('€ 33,5 miljoen', with no-break spaces) stays on one line."""
    lines = [""]
    for word in text.split(" "):
        if lines[-1] and len(lines[-1]) + 1 + len(word) > LEGEND_CHARS:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def _route_rij(stroom: Geldstroom, value: Callable[[str], int]) -> Rij:
    delen, uitleg = [], []
    for kind, _, _ in stroom.uitkeringen:
        ref = f"route:{uitkering_key(kind)}"
        delen.append(Deel(f"stroom-{uitkering_key(kind)}", value(ref), ref))
        uitleg.append(Uitleg(f"stroom-{uitkering_key(kind)}", f"Gemeentefonds, {kind}: {euro(value(ref))}"))
    for ref, css, tekst in (("route:departementen-gemeenten", "stroom-departementen", "Departementen, voor gemeenten"),
                            ("route:departementen-overig", "stroom-departementen-rest", "Departementen, de rest")):
        delen.append(Deel(css, value(ref), ref))
        uitleg.append(Uitleg(css, f"{tekst}: {euro(value(ref))}"))
    return Rij("2. Langs welke weg", delen, uitleg)


def _actielijn_rij(stroom: Geldstroom, begroting: Begroting, value: Callable[[str], int]) -> Rij:
    delen, uitleg = [], []
    for onderdeel in begroting.onderdelen:
        known = [(d, f"geldstroom:{uitkering_key(d.uitkering)}:{onderdeel.id}") for d in stroom.delen
                 if d.onderdeel_id == onderdeel.id]
        css, total = f"balk-{onderdeel.id}", value(f"onderdeel:{onderdeel.id}")
        delen += [Deel(css, value(ref), ref) for _, ref in known]
        delen.append(Deel(css, total - sum(value(ref) for _, ref in known), None, open=True))
        via = " en ".join(f"{euro(value(ref))} via de {d.uitkering}" for d, ref in known)
        rest = (f"; daarvan {via} van het gemeentefonds, naar de namen van de maatregelen. De rest: weg niet bekend"
                if known else ". Weg niet bekend")
        uitleg.append(Uitleg(css, f"{onderdeel.naam}: {euro(total)}{rest}."))
    uitleg.append(Uitleg("stroom-leeg", "Open vak met gestreepte rand: langs welke weg, zeggen de bronnen niet.",
                         open=True))
    return Rij("3. Voor welke actielijn", delen, uitleg)


def _rows(stroom: Geldstroom, begroting: Begroting, cijfers: Cijferregister) -> list[Rij]:
    def value(ref: str) -> int:
        return int(cijfers[ref].waarde)

    whole = Rij("1. Het hele pakket", [Deel("stroom-totaal", value("totaal"), "totaal")],
                [Uitleg("stroom-totaal", f"Het hele pakket: {euro(value('totaal'))}")])
    return [whole, _route_rij(stroom, value), _actielijn_rij(stroom, begroting, value)]


def _layout(rows: list[Rij], totaal: int) -> tuple[list[dict], int]:
    placed, y = [], 0
    for rij in rows:
        bar_y, x = y + 22, Fraction(2)
        for deel in rij.delen:
            width = Fraction(deel.bedrag, totaal) * BAR_WIDTH
            deel.x, deel.width = f"{float(x):.2f}", f"{float(width):.2f}"
            x += width
        legend_y = bar_y + BAR_HEIGHT + 18
        for regel in rij.uitleg:
            regel.lines, regel.y = wrap(regel.tekst), legend_y
            legend_y += LINE * len(regel.lines) + 6
        placed.append({"titel": rij.titel, "titel_y": y + 14, "bar_y": bar_y, "delen": rij.delen,
                       "uitleg": rij.uitleg})
        y = legend_y + 10
    return placed, y


def geldstroom_html(stroom: Geldstroom, begroting: Begroting, route: Route, cijfers: Cijferregister,
                    bronnen: dict[str, Bron], linker: Linker, bron: Markup) -> str:
    rows = _rows(stroom, begroting, cijfers)
    placed, height = _layout(rows, int(cijfers["totaal"].waarde))
    description = " ".join(f"{rij.titel}: " + " ".join(u.tekst for u in rij.uitleg) for rij in rows)
    return render("geldstroom.html", rows=placed, width=WIDTH, height=height, bar_height=BAR_HEIGHT, swatch=SWATCH,
                  legend_x=LEGEND_X, line_height=LINE, description=description, stroom=stroom, begroting=begroting,
                  route=route, cijfers=cijfers, bronnen=bronnen, linker=linker, bron=bron,
                  uitkering_key=uitkering_key)
