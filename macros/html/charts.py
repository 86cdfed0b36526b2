"""Bar charts as server-rendered SVG: no JavaScript, same data and formatting as the tables.

Each chart is a <figure> whose SVG has a title and a description naming every value
(its text alternative), and whose caption points at the data table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..formatting.money import aandeel, euro
from .markup import attr, tekst

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
    height = ROW * len(staven) + 8
    usable = WIDTH - 150  # room for the value text after the longest bar
    rows = []
    description = []
    for index, staaf in enumerate(staven):
        y = index * ROW
        share_text = aandeel(staaf.bedrag, geheel)[1]
        value_text = f"{euro(staaf.bedrag)} ({share_text})"
        length = float(Fraction(staaf.bedrag, largest) * usable)
        colour = index % COLOURS
        rows.append(
            f'<g data-ref="{attr(staaf.ref)}" data-amount="{staaf.bedrag}">'
            f'<text x="0" y="{y + 14}" class="grafiek-label">{tekst(staaf.label)}</text>'
            f'<rect x="0" y="{y + LABEL_GAP + 4}" width="{length:.2f}" height="{BAR_HEIGHT}" class="balk-{colour}">'
            "</rect>"
            f'<text x="{length + 8:.2f}" y="{y + LABEL_GAP + 18}" class="grafiek-waarde">{tekst(value_text)}</text>'
            "</g>"
        )
        description.append(f"{staaf.label}: {value_text}")
    table_ref = f' De cijfers staan ook in <a href="#{attr(table_id)}">de tabel</a>.' if table_id else ""
    return (
        f'<figure class="grafiek" id="{attr(chart_id)}">'
        f'<svg viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="{attr(chart_id)}-titel {attr(chart_id)}-beschrijving" focusable="false">'
        f'<title id="{attr(chart_id)}-titel">{tekst(title)}</title>'
        f'<desc id="{attr(chart_id)}-beschrijving">{tekst("; ".join(description))}.</desc>'
        + "".join(rows)
        + f"</svg><figcaption>{tekst(title)}.{table_ref}</figcaption></figure>"
    )
