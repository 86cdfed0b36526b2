"""Decoding a data file as UTF-8, and saying in one message what it is instead.

A file saved as UTF-16 is valid UTF-8 to a decoder when it holds only ASCII: every
other byte is a NUL, so without this check an editor got one message per character
("onzichtbaar stuurteken (U+0000)") and never the one thing to do, saving it as UTF-8.
A file saved as Windows-1252 or Latin-1 fails at each accented letter; one message at
the first one is enough, because the fix is the same for the whole file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

BOMS = (  # the UTF-32 marks first: the UTF-16 little-endian mark is how the UTF-32 one begins
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
)
WIDE = (("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"))
SAVE_AS_UTF8 = ("sla het op als UTF-8 zonder BOM (in VS Code: klik rechtsonder op de naam van de tekenset, kies "
                "'Save with Encoding' en dan 'UTF-8')")
REOPEN_AS_1252 = ("open het als Windows-1252 en sla het op als UTF-8 zonder BOM (in VS Code: klik rechtsonder op "
                  "'UTF-8', kies 'Reopen with Encoding' en 'Western (Windows 1252)', en daarna 'Save with Encoding' "
                  "en 'UTF-8')")


@dataclass(frozen=True)
class EncodingProblem:
    line: int
    column: int
    message: str
    hint: str = SAVE_AS_UTF8


def decode(content: bytes) -> tuple[str | None, EncodingProblem | None]:
    """The text of a file that is UTF-8, or the one problem that says what it is instead."""
    if content.startswith(codecs.BOM_UTF8):
        return None, EncodingProblem(1, 1, "het bestand begint met een byte-order mark (BOM)",
                                     "sla het op als 'UTF-8' zonder BOM (in VS Code: rechtsonder op "
                                     "'UTF-8 with BOM' klikken)")
    wide = _wide_encoding(content)
    if wide:
        return None, EncodingProblem(1, 1, f"dit bestand is niet opgeslagen als UTF-8 (het lijkt {wide})")
    try:
        return content.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return None, _first_bad_byte(content, error.start)


def _wide_encoding(content: bytes) -> str | None:
    """UTF-16 or UTF-32, by its byte-order mark or, without one, by its NUL bytes: text that
    decodes cleanly in a wide encoding and that has many NULs as UTF-8 is that encoding."""
    for bom, name in BOMS:
        if content.startswith(bom):
            return name
    if content.count(0) * 10 < len(content):  # a stray NUL in UTF-8 text is a character of its own
        return None
    for codec, name in WIDE:
        try:
            text = content.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and sum(char.isprintable() or char in "\t\r\n" for char in text) >= 0.9 * len(text):
            return name
    return None


def _first_bad_byte(content: bytes, start: int) -> EncodingProblem:
    """Where the first character that is not UTF-8 stands, and what it probably is."""
    line_start = content.rfind(b"\n", 0, start) + 1
    line = content[:start].count(b"\n") + 1
    column = len(content[line_start:start].decode("utf-8", "replace")) + 1
    try:
        content.decode("cp1252")
    except UnicodeDecodeError:
        return EncodingProblem(line, column, "dit bestand is niet opgeslagen als UTF-8; op deze regel staat het "
                                             "eerste teken dat geen UTF-8 is")
    character = content[start:start + 1].decode("cp1252")
    return EncodingProblem(line, column, "dit bestand is niet opgeslagen als UTF-8 (het lijkt Windows-1252 of "
                                         f"Latin-1); op deze regel staat het eerste teken dat geen UTF-8 is "
                                         f"('{character}')", REOPEN_AS_1252)
