"""A quote that carries a figure carries that figure: the check that no figure on the site
is linked to words of its source that name another number.

`facts.quotes` proves that a quote stands in the stored text of its source; this module
proves that the quote says what the site shows. An amount changed to € 14,5 miljoen
beside its quote "Jongerenwerk 14" is refused, as is any figure whose quote names no
number at all. A number in a quote is read as the sources write it:

* euros as written (`14.000.000`, `14000000`, `1.750.000 euro`);
* in millions, bare in the annex "in miljoen euro" (`14`, `14,5`) or with a word
  (`€ 1,75 mln`, `117 mln.`, `15 miljoen`, `tien miljoen`);
* in thousands, in a table "bedragen x 1.000" (`14.000`);
* percentages and counts as written (`49,1`, `87,5 procent`, `3500`, `ruim 210.000`,
  `210 duizend`).

A bare number may be euros, thousands or millions: the check does not guess the table's
scale, it only asks that the figure is among the numbers the quote names. A computed
figure (`niet-lokaal`) rests on the quotes of its parts and is not checked here; a part
of a division that a source gives in one sentence may carry the whole's figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ..facts.provenance import Bronverwijzing, Reporter
from ..reading.problems import Problem
from .figures import Cijfer, Cijferregister

# A number as Dutch sources write it: 1.750.000 / 14.000 / 14,5 / 3500, not glued to a letter
# (so 'Kamerstuk25295' or a footnote marker on a word is no figure), then an optional scale word.
SCALE = r"(duizend|miljoen|mln\b\.?|miljard|mld\b\.?)"
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(?![\w])(?:\s*" + SCALE + ")?")
WORDS = {"één": 1, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
         "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30,
         "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
         "honderd": 100}
# A number in words counts only before a scale word ('tien miljoen euro'): 'een' alone is an article.
WORD_NUMBER = re.compile(r"(?<!\w)(" + "|".join(sorted(WORDS, key=len, reverse=True))
                         + r")\s+(duizend|miljoen|miljard)\b", re.IGNORECASE)
MILLION = Decimal(1_000_000)
SCALES = {"duizend": Decimal(1_000), "miljoen": MILLION, "mln": MILLION, "miljard": MILLION * 1_000,
          "mld": MILLION * 1_000}
BARE_EURO_SCALES = (Decimal(1), Decimal(1_000), Decimal(1_000_000))
VALUE_FIELDS = ("bedrag", "waarde", "procent")


def numbers_in(quote: str) -> list[tuple[str, Decimal, Decimal | None]]:
    """The numbers a quote names: (as written, value, scale word's factor or None), in order."""
    found: list[tuple[int, str, Decimal, Decimal | None]] = []
    for match in NUMBER.finditer(quote):
        digits, fraction, scale = match.groups()
        value = Decimal(digits.replace(".", "") + (fraction or "").replace(",", "."))
        factor = SCALES[scale.rstrip(".").lower()] if scale else None
        found.append((match.start(), match.group(0).strip(), value, factor))
    for match in WORD_NUMBER.finditer(quote):
        found.append((match.start(), match.group(0), Decimal(WORDS[match[1].lower()]), SCALES[match[2].lower()]))
    return [(text, value, factor) for _, text, value, factor in sorted(found, key=lambda item: item[0])]


def carries(quote: str, cijfer: Cijfer) -> bool:
    """Whether one of the numbers in the quote is the figure, in one of the source's notations."""
    target = Decimal(cijfer.waarde) if cijfer.waarde is not None else None
    if target is None:
        return True
    for _, value, factor in numbers_in(quote):
        if cijfer.eenheid == "euro":
            scales = (factor,) if factor is not None else BARE_EURO_SCALES
            if any(value * scale == target for scale in scales):
                return True
        elif (value * factor if factor is not None else value) == target:
            return True
    return False


def quote_figure_problems(cijfers: Cijferregister, report: Reporter) -> list[Problem]:
    """Every figure typed in the data whose quote does not name it."""
    problems = []
    for cijfer, citation, also in _checked(cijfers):
        if carries(citation.citaat or "", cijfer) or any(carries(citation.citaat or "", whole) for whole in also):
            continue
        problems.append(_problem(cijfer, citation, report))
    return problems


def _checked(cijfers: Cijferregister) -> Iterator[tuple[Cijfer, Bronverwijzing, tuple[Cijfer, ...]]]:
    """(figure, one of its quotes, the figures its quote may name instead): the figures typed in
    the data that have a value and a quote."""
    for cijfer in cijfers.alle.values():
        if cijfer.waarde is None or cijfer.herkomst is None or cijfer.afgeleid_van:
            continue
        whole = cijfers.get(cijfer.deel_van) if cijfer.deel_van else None
        for citation in cijfer.bronnen:
            if citation.citaat:
                yield cijfer, citation, (whole,) if whole is not None else ()


def _problem(cijfer: Cijfer, citation: Bronverwijzing, report: Reporter) -> Problem:
    assert cijfer.herkomst is not None
    named = [text for text, _, _ in numbers_in(citation.citaat or "")]
    wat = "het bedrag" if cijfer.eenheid == "euro" else "het cijfer"
    shown = cijfer.tekst.replace("\u00a0", " ")
    if named:
        message = f"het citaat noemt {_list(named)}, maar {wat} is {shown}"
        hint = (f"neem {wat} uit de bron over, of citeer de woorden van de bron die dit "
                f"{'bedrag' if cijfer.eenheid == 'euro' else 'cijfer'} noemen")
    else:
        message = f"het citaat noemt geen getal, maar {wat} is {shown}"
        hint = "citeer de woorden van de bron die dit getal noemen, met het getal erbij"
    document = report.documents.get(cijfer.herkomst.file)
    field = next((name for name in VALUE_FIELDS if document is not None
                  and cijfer.herkomst.path + (name,) in document.value_at), "")
    return report(cijfer.herkomst, field, message, hint)


def _list(items: list[str]) -> str:
    shown = [" ".join(item.split()) for item in dict.fromkeys(items)]
    if len(shown) > 5:
        shown = [*shown[:5], f"en nog {len(shown) - 5} getallen"]
        return ", ".join(shown[:-1]) + " " + shown[-1]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " en " + shown[-1]
