"""The quick look at a whole file (macros/reading/text_safety.py) decides nothing on its own: the
sets of characters agree with the regular expressions on every character there is, and a file
with anything forbidden on any line still gets that line's finding."""

from __future__ import annotations

import pytest

from macros.reading import text_safety
from macros.reading.text_safety import FORBIDDEN_CHARACTERS, UNREADABLE_CHARACTERS, text_problems, unreadable


def every_character() -> list[str]:
    return [chr(code) for code in range(0x110000)]


def test_the_sets_hold_exactly_the_characters_the_expressions_find() -> None:
    forbidden = {c for c in every_character() if c != "\r" and text_safety.FORBIDDEN_CHARACTER.fullmatch(c)}
    assert forbidden == FORBIDDEN_CHARACTERS
    assert {c for c in every_character() if text_safety.UNREADABLE.fullmatch(c)} == UNREADABLE_CHARACTERS


@pytest.mark.parametrize(("line", "says"), [
    ("naam: Proef\u200bhuis", "onzichtbaar teken"),
    ("naam: Proefhuis\u202e", "schrijfrichting"),
    ("naam: {{ bedrag }}", "sjabloontekst"),
    ("contact: " + "06 " + "1234" + "5678", "telefoonnummer"),  # put together: no scan takes it for a number
    ("contact: iemand@voorbeeld.nl", "e-mailadres"),
    ("naam: Proef\rhuis", "regeleinde"),
])
def test_a_finding_on_any_line_is_still_found(line: str, says: str) -> None:
    text = "# kop\nnaam: Proefhuis\n" + line + "\nomschrijving: Gewone tekst.\n"
    problems = text_problems(text, "data/x.yaml")
    assert [(p.line, says in p.message) for p in problems] == [(3, True)], problems


def test_windows_line_ends_and_plain_text_give_no_finding() -> None:
    assert text_problems("naam: Proefhuis\r\nomschrijving: Gewone tekst, € 45.000.\r\n", "data/x.yaml") == []
    assert not unreadable("naam: Proefhuis — café\n")
    assert unreadable("naam: Proef\x0bhuis\n")
