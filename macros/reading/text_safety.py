"""What may never stand in a data file, whatever field it is in.

Checked on the file's text before YAML reads it, so every finding has its exact line
and column and nothing can reach the YAML reader that makes it stop with a traceback
(PyYAML raises a bare ReaderError on control characters). The rules:

* no control characters (C0 and C1, except tab and line ends): pasting from Word
  brings vertical tabs; NUL and ESC have no place in text either;
* no bidirectional overrides or isolates and no zero-width characters: they make
  text read differently from what it is ("Trojan Source");
* no template syntax (`{{`, `{%`, `{#`): text is shown literally everywhere, and a
  page must never depend on how a template engine reads an editor's words;
* no phone numbers or e-mail addresses: the site publishes no contact details of
  persons, and free text cannot tell a person's number from an office's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .problems import Problem

# Line ends (\n, and \r before \n) and tab are the only control characters allowed;
# tabs get their own message from the YAML reader's checks.
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
_SEPARATORS = set("\u2028\u2029")  # YAML treats these as line breaks; no editor means them

# One pass with a regular expression finds the candidates (the check runs over every
# line of every file at each build); _character_problem then explains each one.
_NONCHARACTERS = "".join(chr(plane + end) for plane in range(0, 0x110000, 0x10000) for end in (0xFFFE, 0xFFFF))
FORBIDDEN_CHARACTER = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + re.escape("".join(sorted(_BIDI | _ZERO_WIDTH | _SEPARATORS)) + _NONCHARACTERS)
    + "]|\r(?!$)"
)
# What PyYAML's reader cannot read at all: control characters and noncharacters.
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff"
                         + re.escape(_NONCHARACTERS) + "]")
# The same characters as sets, for the question whether a file holds any of them at all: its
# distinct characters against a set take a tenth of the time of these expressions over its
# text (tests/test_text_safety.py proves that sets and expressions agree on every character).
_NONCHARACTER_SET = {chr(code) for code in range(0xFDD0, 0xFDF0)} | set(_NONCHARACTERS)
_SURROGATE_SET = {chr(code) for code in range(0xD800, 0xE000)}
_C0 = {chr(code) for code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]}
FORBIDDEN_CHARACTERS = frozenset(_C0 | {chr(code) for code in range(0x7F, 0xA0)} | _SURROGATE_SET
                                 | _NONCHARACTER_SET | _BIDI | _ZERO_WIDTH | _SEPARATORS)
UNREADABLE_CHARACTERS = frozenset(_C0 | {chr(code) for code in [*range(0x7F, 0x85), *range(0x86, 0xA0)]}
                                  | _SURROGATE_SET | set(_NONCHARACTERS))
TEMPLATE_SYNTAX = re.compile(r"\{\{|\{%|\{#")
# Dutch numbers: 0 or +31/0031 followed by nine digits, single spaces or hyphens between.
PHONE = re.compile(r"(?<![\w.,/-])(?:\+31|0031|0)(?:[ \-]?\(?\d\)?){9}(?![\d])")
EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")


def _character_problem(char: str) -> tuple[str, str] | None:
    """The message and hint for a character that may not stand in a data file."""
    code = f"U+{ord(char):04X}"
    if char in _BIDI:
        return (f"onzichtbaar teken voor schrijfrichting ({code}, {unicodedata.name(char, 'onbekend')})",
                "verwijder het: zulke tekens laten tekst anders lezen dan er staat; typ de tekst opnieuw")
    if char in _ZERO_WIDTH:
        return (f"onzichtbaar teken ({code}, {unicodedata.name(char, 'onbekend')})",
                "verwijder het: het komt meestal mee bij kopiëren uit Word of een webpagina; typ het woord opnieuw")
    if char in _SEPARATORS:
        return (f"onzichtbaar regelscheidingsteken ({code})",
                "vervang het door een gewone nieuwe regel of een spatie")
    if _is_noncharacter(char):
        return (f"ongeldig teken ({code})", "verwijder het; het hoort niet in tekst")
    if char not in _ALLOWED_CONTROLS and unicodedata.category(char) == "Cc":
        return (f"onzichtbaar stuurteken ({code})",
                "verwijder het: het komt meestal mee bij kopiëren uit Word of een pdf; typ de tekst daar opnieuw")
    return None


def _is_noncharacter(char: str) -> bool:
    """Surrogates and Unicode noncharacters: never text, and the YAML reader stops on them."""
    code = ord(char)
    return 0xD800 <= code <= 0xDFFF or 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


UNREADABLE = _UNREADABLE


def unreadable(text: str) -> bool:
    return not UNREADABLE_CHARACTERS.isdisjoint(set(text))


def text_problems(text: str, shown_as: str) -> list[Problem]:
    """Every forbidden character, template syntax, phone number and e-mail address in a file."""
    if not _may_hold_findings(text):
        return []
    return [Problem(shown_as, number, column, "", message, hint)
            for number, line in enumerate(text.split("\n"), start=1)
            for column, message, hint in findings(line)]


def _may_hold_findings(text: str) -> bool:
    """Almost every file has nothing forbidden: one look at the whole text says so. It finds
    whatever a line holds (no pattern looks past a line's end, and a line end before or after
    counts as no word character), and sometimes more (a Windows line end): then each line is
    looked at."""
    characters = set(text)
    return (not FORBIDDEN_CHARACTERS.isdisjoint(characters) or "\r" in characters
            or ("{" in characters and TEMPLATE_SYNTAX.search(text) is not None)
            or ("@" in characters and EMAIL.search(text) is not None)
            or PHONE.search(text) is not None)


def findings(text: str) -> Iterator[tuple[int, str, str]]:
    """(column, message, hint) for everything forbidden in one line or one value."""
    for match in FORBIDDEN_CHARACTER.finditer(text):
        found = _character_problem(match.group(0)) if match.group(0) != "\r" else (
            "los regeleinde-teken (U+000D) midden in een regel", "sla het bestand op met gewone regeleinden")
        if found:
            yield match.start() + 1, *found
    for match in TEMPLATE_SYNTAX.finditer(text):
        yield (match.start() + 1, f"sjabloontekst '{match.group(0)}' in een tekst",
               "teksten worden letterlijk getoond; gebruik geen accolades of procenttekens in deze "
               "combinatie (schrijf bijvoorbeeld haakjes)")
    for match in PHONE.finditer(text):
        yield (match.start() + 1, "dit lijkt een telefoonnummer",
               "de site publiceert geen telefoonnummers of andere contactgegevens van personen; verwijder het nummer")
    for match in EMAIL.finditer(text):
        yield (match.start() + 1, "dit lijkt een e-mailadres",
               "de site publiceert geen e-mailadressen van personen; verwijder het adres of verwijs naar de "
               "webpagina van de organisatie")
