"""Bar charts as server-rendered SVG: no JavaScript, same data and formatting as the tables.

Each chart is a <figure> whose SVG has a title and a description naming every value
(its text alternative), and whose caption points at the data table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from markupsafe import Markup

from ..formatting.money import aandeel, euro
from .render import render

WIDTH = 360
ROW = 46
LINE = 16  # an extra label line
BAR_HEIGHT = 18
LABEL_GAP = 16
# At the chart's font size a character is about 7.6 units wide; 8 keeps a margin, so
# no label or value runs out of the chart at any screen width (the SVG scales).
CHAR_WIDTH = 8
LABEL_CHARS = WIDTH // CHAR_WIDTH - 1
# Each actielijn has one colour on every chart (classes balk-<actielijn id> in the
# stylesheet, for light and dark, each at least 3:1 against its background).


@dataclass(frozen=True)
class Staaf:
    label: str
    bedrag: int
    ref: str
    actielijn: str


def label_lines(label: str) -> list[str]:
    """A long label wrapped at word boundaries, so it stays inside the chart."""
    lines = [""]
    for word in label.split():
        if lines[-1] and len(lines[-1]) + 1 + len(word) > LABEL_CHARS:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def staafdiagram(chart_id: str, title: str, staven: list[Staaf], geheel: int, table_id: str | None = None,
                 bron: Markup | str | None = None) -> str:
    """Horizontal bars, one per item, scaled to the largest; values in Dutch notation."""
    largest = max(s.bedrag for s in staven)
    values = [f"{euro(s.bedrag)} ({aandeel(s.bedrag, geheel)[1]})" for s in staven]
    usable = WIDTH - 8 - CHAR_WIDTH * max(len(v) for v in values)  # the longest value fits after its bar
    bars, y = [], 0
    for staaf, value_text in zip(staven, values, strict=True):
        lines = label_lines(staaf.label)
        top = y + LINE * (len(lines) - 1)
        length = float(Fraction(staaf.bedrag, largest) * usable)
        bars.append({
            "ref": staaf.ref, "bedrag": staaf.bedrag, "label": staaf.label, "lines": lines,
            "colour": staaf.actielijn, "value_text": value_text, "label_y": y + 14,
            "bar_y": top + LABEL_GAP + 4, "length": f"{length:.2f}",
            "value_x": f"{length + 8:.2f}", "value_y": top + LABEL_GAP + 18,
        })
        y = top + ROW
    return render("grafiek.html", chart_id=chart_id, title=title, bars=bars, table_id=table_id, width=WIDTH,
                  height=y + 8, bar_height=BAR_HEIGHT, line_height=LINE, bron=bron,
                  description="; ".join(f"{bar['label']}: {bar['value_text']}" for bar in bars))
