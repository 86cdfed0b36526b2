"""Bar charts as server-rendered SVG: no JavaScript, same data and formatting as the tables.

Each chart is a <figure> whose SVG has a title and a description naming every value
(its text alternative), and whose caption points at the data table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..formatting.money import aandeel, euro
from .render import render

WIDTH = 360
ROW = 46
BAR_HEIGHT = 18
LABEL_GAP = 16
# Bar colours come from the stylesheet (classes balk-0 … balk-5), one set for the light
# and one for the dark scheme, each with at least 3:1 contrast against its background.
COLOURS = 6


@dataclass(frozen=True)
class Staaf:
    label: str
    bedrag: int
    ref: str


def staafdiagram(chart_id: str, title: str, staven: list[Staaf], geheel: int, table_id: str | None = None) -> str:
    """Horizontal bars, one per item, scaled to the largest; values in Dutch notation."""
    largest = max(s.bedrag for s in staven)
    usable = WIDTH - 150  # room for the value text after the longest bar
    bars = []
    for index, staaf in enumerate(staven):
        y = index * ROW
        length = float(Fraction(staaf.bedrag, largest) * usable)
        bars.append({
            "ref": staaf.ref, "bedrag": staaf.bedrag, "label": staaf.label, "colour": index % COLOURS,
            "value_text": f"{euro(staaf.bedrag)} ({aandeel(staaf.bedrag, geheel)[1]})",
            "label_y": y + 14, "bar_y": y + LABEL_GAP + 4, "length": f"{length:.2f}",
            "value_x": f"{length + 8:.2f}", "value_y": y + LABEL_GAP + 18,
        })
    return render("grafiek.html", chart_id=chart_id, title=title, bars=bars, table_id=table_id, width=WIDTH,
                  height=ROW * len(staven) + 8, bar_height=BAR_HEIGHT,
                  description="; ".join(f"{bar['label']}: {bar['value_text']}" for bar in bars))
