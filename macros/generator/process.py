"""The generator step in a process of its own, so the memory of the two never adds up.

The generator holds every page it builds (its Markdown, its HTML, its search entry): at
5.000 initiatives some 270 MB. Our own steps hold the data and the registers. In one
process both counted at once. Now a process is forked at the start of the build, before
any data is loaded, and waits; when the pre-render step has written its folder, it builds
the site from that folder. It tells the theme back twice over one pipe: once its
configuration is read, before the first page (so this process can secure and guard each page
as soon as it is written), and when the site is built (then the theme is also in theme.json).
Meanwhile this process writes the open data and feeds, which need nothing of the generator.
"""

from __future__ import annotations

import importlib
import multiprocessing
from multiprocessing.connection import Connection

from ..halves import Failed
from . import GENERATORS, Job, Theme, build


class Generating:
    """A forked process that runs the named generator for `job` once `start` is called."""

    def __init__(self, name: str, job: Job) -> None:
        context = multiprocessing.get_context("fork")
        go, self._go = context.Pipe(duplex=False)  # (receiving end, sending end)
        self._outcome, outcome = context.Pipe(duplex=False)
        self.started = False
        self.process = context.Process(target=_run, args=(name, job, go, outcome, (self._go, self._outcome)))
        self.process.start()
        go.close()
        outcome.close()

    def start(self) -> None:
        """The pre-rendered folder is complete: build it."""
        self.started = True
        self._go.send(True)
        self._go.close()

    def theme(self) -> Theme:
        """Wait until the generator has read its configuration, before its first page; raises
        what it raised if it stopped before that."""
        return self._take(last=False)

    def building(self, seconds: float) -> bool:
        """Whether it is still building after waiting at most `seconds` for it to finish."""
        return not self._outcome.poll(seconds)

    def result(self) -> Theme:
        """Wait for the site; raises what the generator raised (a GeneratorError says what to do)."""
        return self._take(last=True)

    def _take(self, last: bool) -> Theme:
        """The next message: the theme, or what the generator raised (then it has ended)."""
        try:
            outcome = self._receive()
        except BaseException:
            self._end()
            raise
        if last or isinstance(outcome, Failed):
            self._end()
        if isinstance(outcome, Failed):
            raise outcome.error
        return outcome

    def _receive(self) -> Theme | Failed:
        try:
            return self._outcome.recv()
        except EOFError:
            self.process.join()
            return Failed(RuntimeError(f"de generator stopte onverwacht (code {self.process.exitcode})"))

    def _end(self) -> None:
        self.process.join()
        self._outcome.close()

    def cancel(self) -> None:
        """Stop it (a step before it failed): it builds nothing."""
        if self.started:
            self.process.kill()
        elif not self._go.closed:
            self._go.close()  # the process, still waiting, sees the end of the pipe and stops
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self._outcome.close()


def prepare(name: str) -> None:
    """What the generator can do before its folder is ready (its imports), while the build's
    process loads the data. A failure here is met again, and told, when it builds."""
    try:
        adapter = importlib.import_module(f"{__package__}.{GENERATORS[name]}")
        getattr(adapter, "prepare", lambda: None)()
    except Exception:  # noqa: BLE001, S110 - build() raises it again, in the build's own words
        pass


def _run(name: str, job: Job, go: Connection, outcome: Connection, parents_ends: tuple[Connection, ...]) -> None:
    for end in parents_ends:
        end.close()  # the fork copied them; with the sending end open here, `go` would never end
    prepare(name)
    try:
        go.recv()
    except EOFError:
        return  # cancelled before it began
    try:
        result: Theme | Failed = build(name, job, outcome.send)
    except BaseException as error:  # noqa: BLE001 - raised again in the build's process, which tells it
        result = Failed(error)
    outcome.send(result)
    outcome.close()
