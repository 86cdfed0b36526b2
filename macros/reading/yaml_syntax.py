"""A YAML syntax error, told at its cause.

PyYAML stops where the text stops making sense, which is often a line after the
mistake: a field name without its colon ('naam Huis73') reads as the start of a longer
text, and the parser only fails at the next field. So before explaining the error where
it was found, look back for a line that is a field name and a value without the colon
between them, and report that line if adding the colon there makes the error go away
or move on.
"""

from __future__ import annotations

import re

import yaml

from .problems import Problem

SYNTAX_ERRORS = (
    ("mapping values are not allowed",
     "hier staat een dubbele punt met een spatie erachter midden in een waarde",
     "zet de hele waarde tussen aanhalingstekens, bijvoorbeeld titel: \"Bron: VNG\""),
    ("could not find expected ':'",
     "op deze regel ontbreekt de dubbele punt tussen veld en waarde",
     "schrijf 'veld: waarde'; staat hier tekst die bij de regel erboven hoort, spring dan verder in"),
    ("expected <block end>",
     "de inspringing klopt hier niet",
     "zet velden van dezelfde groep precies even ver ingesprongen, met spaties"),
    ("unexpected end of stream",
     "een aanhalingsteken of haakje wordt niet gesloten",
     "sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint"),
    ("found unknown escape character",
     "een backslash (\\) in tekst tussen dubbele aanhalingstekens",
     "gebruik enkele aanhalingstekens of schrijf de backslash dubbel"),
)


def explain_syntax_error(problem: str) -> tuple[str, str]:
    for english, message, hint in SYNTAX_ERRORS:
        if english in problem:
            return f"{message} (YAML: {problem})", hint
    return (
        f"dit is geen geldige YAML ({problem})",
        "controleer inspringing, dubbele punten en aanhalingstekens op of vlak vóór deze regel",
    )



# 'naam Huis73', '- document kamerbrief' or a bare 'organisaties': a field name (as all field
# names are written: small letters, digits, underscores) without a colon after it.
FIELD_WITHOUT_COLON = re.compile(r"(?P<lead> *(?:- +)?)(?P<word>[a-z][a-z0-9_]*)(?: +(?P<rest>[^\s#:][^#]*?))?"
                                 r"(?: +#.*)?\s*")
BLOCK_HEADER = re.compile(r"(?:[^#]*?:\s+|\s*-\s+)?[|>][-+1-9]*\s*(?:#.*)?")
LEAD = re.compile(r" *(?:- +)*")
SHOWN_VALUE = 40  # characters of the value quoted back in the hint


def syntax_problem(text: str, shown_as: str, error: yaml.MarkedYAMLError) -> Problem:
    """The problem for a syntax error: on the line without its colon if that is the cause,
    else where PyYAML stopped, explained."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    found = missing_colon(text, line)
    if found:
        number, after_word, word, value = found
        shown = value if len(value) <= SHOWN_VALUE else value[:SHOWN_VALUE].rstrip() + " …"
        return Problem(shown_as, number, after_word, word, "op deze regel ontbreekt de dubbele punt na de veldnaam",
                       f"schrijf '{word}: {shown}'" if shown else f"schrijf '{word}:'")
    message, hint = explain_syntax_error(str(error.problem or error.context))
    return Problem(shown_as, line, column, "", message, hint)


def missing_colon(text: str, error_line: int) -> tuple[int, int, str, str] | None:
    """(line, column after the field name, field name, value) of the line without its colon
    that made the error at error_line. Looks back from there over blank lines, comments,
    block texts and lines of text without a field (which YAML read as the rest of the
    line without the colon), up to the first line with a field: that one parsed fine."""
    lines = text.split("\n")
    in_block = _block_scalar_lines(lines)
    for number in range(min(error_line, len(lines)), 0, -1):
        line = lines[number - 1]
        if not line.strip() or line.lstrip().startswith("#") or number in in_block:
            continue
        match = FIELD_WITHOUT_COLON.fullmatch(line)
        if match and _repairs(lines, number, match, error_line):
            return number, match.end("word") + 1, match["word"], (match["rest"] or "").strip()
        if number < error_line and (": " in line or line.rstrip().endswith(":")):
            return None
    return None


def _repairs(lines: list[str], number: int, match: re.Match[str], error_line: int) -> bool:
    """Whether a colon after the field name makes the text parse, or fail only further on."""
    repaired = list(lines)
    repaired[number - 1] = f"{match['lead']}{match['word']}:{lines[number - 1][match.end('word'):]}"
    try:
        yaml.compose("\n".join(repaired), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        return mark is not None and mark.line + 1 > error_line
    except yaml.YAMLError:
        return False
    return True


def _block_scalar_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines inside a block text ('veld: >-' or '|' and the lines indented
    under it): there any words are text, never a field."""
    inside: set[int] = set()
    header_indent: int | None = None
    for number, line in enumerate(lines, start=1):
        if header_indent is not None and (not line.strip() or _indent(line) > header_indent):
            inside.add(number)
            continue
        # The text belongs to the field, so it is indented deeper than the field name, which
        # in a list stands after the dash ('  - tekst: >-' has its name at 4).
        header_indent = len(LEAD.match(line)[0]) if BLOCK_HEADER.fullmatch(line.rstrip()) else None
    return inside


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
