"""Markdown in a free-text field is refused, with the place and what to write instead.

Texts from data/ are shown exactly as typed, on pages, in meta descriptions, feeds and
downloads alike: no field renders Markdown, and none ever will by accident (every
character that Markdown reads is written as a character reference, see
`html/markup.py`). An editor who types `*vet*`, a `[link](…)`, a list or a blank line
between paragraphs expects formatting and would get literal asterisks, brackets, or a
list folded into one sentence. So `check` refuses them, the same way in every field.
What is left literal (a single `*`, `7*7`, a dash inside a sentence) reads fine as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .free_text import SourceLine, free_texts, source_lines
from .problems import Problem
from .strict_yaml import YamlDocument, dotted

EMPHASIS = re.compile(r"(?<![\w*])(\*\*?)(?![\s*])[^*]*?(?<![\s*])\1(?![\w*])"
                      r"|(?<![\w_])(__?)(?![\s_])[^_]*?(?<![\s_])\2(?![\w_])")
LINK = re.compile(r"!?\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)")
CODE = re.compile(r"`[^`]+`")
LIST_ITEM = re.compile(r"([-*+]|\d{1,2}[.)])\s")
HEADING = re.compile(r"#{1,6}\s")

_INLINE = (
    (LINK, "'{found}' is een Markdown-link; de site maakt van tekst geen link, lezers zouden de haakjes zien",
     "schrijf alleen de woorden; een webpagina hoort als bron in data/bronnen/, met een verwijzing ernaar"),
    (EMPHASIS, "'{found}' is Markdown-opmaak (vet of schuin); de site toont tekst zonder opmaak, lezers "
     "zouden de sterretjes of liggende streepjes zien",
     "haal de tekens * of _ weg; wilt u iets benadrukken, zeg het dan in woorden"),
    (CODE, "'{found}' is Markdown-opmaak (code); de site toont tekst zonder opmaak, lezers zouden de "
     "achteraanhalingstekens zien", "haal de tekens ` weg"),
)
_LIST = ("een regel die met '{found}' begint, wordt geen opsomming: de site voegt de regels van een "
         "tekst samen tot één alinea",
         "schrijf de punten als één zin, gescheiden door komma's of puntkomma's")
_HEADING = ("een regel die met '{found}' begint, wordt geen kop: de site toont tekst zonder opmaak",
            "haal de #-tekens weg; koppen staan op de pagina zelf, niet in de gegevens")
_BLANK = ("een lege regel maakt hier geen nieuwe alinea: de site toont elke tekst als één alinea",
          "haal de lege regel weg en schrijf de tekst als één alinea; een tweede onderwerp past "
          "vaak beter in een eigen veld, zoals een kanttekening")


def markdown_problems(document: YamlDocument, schema_name: str) -> list[Problem]:
    """Every piece of Markdown in the free-text values of one document."""
    problems = []
    for path, _value in free_texts(document, schema_name):
        where = dotted(path)
        for line, column, (message, hint) in _findings(source_lines(document, path)):
            problems.append(Problem(document.file, line, column, where, message, hint))
    return problems


def _findings(lines: list[SourceLine]) -> Iterator[tuple[int, int, tuple[str, str]]]:
    started = False  # a list or heading mark only counts on a line that continues a text
    for index, line in enumerate(lines):
        if index and not line.text.strip():
            yield line.number, 1, _BLANK
            continue
        if started:
            for pattern, (message, hint) in ((LIST_ITEM, _LIST), (HEADING, _HEADING)):
                match = pattern.match(line.text)
                if match:
                    yield line.number, line.column, (message.format(found=match.group(0).strip()), hint)
        for pattern, message, hint in _INLINE:
            for match in pattern.finditer(line.text):
                yield line.number, line.column + match.start(), (message.format(found=match.group(0)), hint)
        started = started or bool(line.text.strip())
