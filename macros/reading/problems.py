"""Problems found in the data, reported to editors in Dutch.

Every check collects problems instead of stopping at the first one, so an editor
sees everything that is wrong in one run (habit 3 of STYLE.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place of one data file."""

    file: str
    line: int
    column: int
    field: str
    message: str
    hint: str = ""
    # What a reference problem says is missing ('regel:jongerenwerk'), so that it can be left
    # out when the cause is reported elsewhere (an id that changed); not part of the message.
    refers_to: str = field(default="", compare=False, repr=False)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}" + (f" — {self.hint}" if self.hint else "")


@dataclass
class Problems:
    """A growing list of problems; raise it as one error when done."""

    items: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        if problem not in self.items:
            self.items.append(problem)

    def extend(self, problems: list[Problem]) -> None:
        for problem in problems:
            self.add(problem)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise DataError(sorted(self.items))


class DeferredChecks:
    """Checks that only refuse data, never shape what a page shows (a quote against its
    source's text, free text without Markdown, no unread field): the build runs them while
    the generator builds (cli/build.py), on the machine's second core. Nothing is published
    before they pass."""

    def __init__(self) -> None:
        self._checks: list[Callable[[], list[Problem]]] = []

    def add(self, *checks: Callable[[], list[Problem]]) -> None:
        self._checks.extend(checks)

    def run(self) -> list[Problem]:
        """Every problem they find; each check runs once."""
        found: list[Problem] = []
        while self._checks:
            found += self._checks.pop(0)()
        return found

    def raise_if_any(self) -> None:
        problems = Problems()
        problems.extend(self.run())
        problems.raise_if_any()


class DataError(Exception):
    """The data cannot be published; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        noun = "probleem" if count == 1 else "problemen"
        lines = [f"De gegevens in data/ bevatten {count} {noun}; er is niets gepubliceerd."]
        lines += [str(problem) for problem in self.problems]
        return "\n".join(lines)
