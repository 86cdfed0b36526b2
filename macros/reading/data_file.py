"""Reading a data file as text, before YAML sees it.

Refuses what editors' tools may slip in and what could leak or hang: links and special
files (unread), oversized files, a byte-order mark, text that is not UTF-8 (one message
per file, saying what it seems to be: see `encoding`), tabs, and everything
`text_safety` forbids. Every problem has its line and column.
"""

from __future__ import annotations

import stat
from pathlib import Path, PurePosixPath

from .encoding import decode
from .problems import Problem
from .text_safety import UNREADABLE, text_problems, unreadable

MAX_FILE_BYTES = 512 * 1024  # the largest real file is a few KB; this stops abuse early


def read_text(path: Path, shown_as: str) -> tuple[str | None, list[Problem]]:
    """Read a data file as UTF-8 text, refusing what editors' tools may slip in."""
    problems: list[Problem] = []

    def problem(line: int, column: int, message: str, hint: str) -> list[Problem]:
        return [Problem(shown_as, line, column, "", message, hint)]

    refused = _not_a_plain_file(path, shown_as)
    if refused:
        return None, problem(1, 1, *refused)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return None, problem(
            1, 1,
            f"het bestand is te groot ({size} bytes, hoogstens {MAX_FILE_BYTES})",
            "een gegevensbestand beschrijft één onderwerp; splits het of verwijder wat er niet hoort",
        )
    text, wrong = decode(path.read_bytes())
    if text is None:
        assert wrong is not None
        return None, problem(wrong.line, wrong.column, wrong.message, wrong.hint)
    safety = text_problems(text, shown_as)
    for number, line_text in enumerate(text.splitlines() if "\t" in text else [], start=1):
        if "\t" in line_text:
            problems += problem(
                number, line_text.index("\t") + 1, "deze regel bevat een tab",
                "gebruik spaties in plaats van tabs (YAML rekent met spaties voor inspringen)",
            )
    if not any(
        line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()
    ):
        problems += problem(1, 1, "het bestand is leeg", "vul het bestand in of verwijder het")
    # Text with forbidden but readable characters is still parsed, so that problems
    # elsewhere in the file are reported in the same run; unreadable text is not.
    readable = not problems and not unreadable(text)
    return (text if readable else None), problems + safety


def _not_a_plain_file(path: Path, shown_as: str) -> tuple[str, str] | None:
    """A link or special file is refused unread: it could point anywhere on the machine,
    and its content would end up in error messages and CI logs."""
    depth = len(PurePosixPath(shown_as).parts) - 1  # folders below the project root
    for part in [path, *path.parents[:depth]]:
        if part.is_symlink():
            return ("dit is een snelkoppeling (symbolische link), geen gewoon bestand",
                    "zet het bestand zelf in data/ in plaats van een link ernaar")
    if not stat.S_ISREG(path.stat().st_mode):
        return ("dit is geen gewoon bestand", "zet een gewoon tekstbestand (.yaml) op deze plek")
    return None


def text_for_checks(path: Path, shown_as: str) -> str | None:
    """A file's text with unreadable characters turned into spaces (lines and columns
    stay), so that checks on its values can still report; None if it is no plain UTF-8
    file. Only for reporting: a file with problems is never built."""
    if _not_a_plain_file(path, shown_as) or path.stat().st_size > MAX_FILE_BYTES:
        return None
    text, _ = decode(path.read_bytes())
    return None if text is None else UNREADABLE.sub(" ", text)
