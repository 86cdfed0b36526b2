"""The generator step in a process of its own, so the memory of the two never adds up.

The generator holds every page it builds (its Markdown, its HTML): at 5.000 initiatives some
245 MB. Our own steps hold the data and the registers. In one process both counted at once.
Now a new Python is started at the start of the build, before any data is loaded: it imports
the generator while this process loads the data (a process forked from this one would also
carry this one's modules, some 5 MB) and reads its configuration, and waits. When the
pre-render step has written its folder, it hears so over a pipe and builds the site from that
folder. It tells the theme back twice over another pipe: once its configuration is read,
before the first page (so this process can secure and guard each page as soon as it is
written), and when the site is built (then the theme is also in theme.json). Meanwhile this
process writes the open data and feeds, which need nothing of the generator.
"""

from __future__ import annotations

import os
import subprocess
import sys
from multiprocessing.connection import Connection

from ..halves import Failed
from ..project import PROJECT_DIR
from ..quick_exit import exit_quickly
from . import Job, Theme, build, prepare


class Generating:
    """A process of its own that runs the named generator for `job` once `start` is called."""

    def __init__(self, name: str, job: Job) -> None:
        go, go_sending = os.pipe()
        outcome_receiving, outcome = os.pipe()
        # The generator reads its configuration before the pre-rendered folder is written, and
        # that names the folder, which must then exist (the pre-render step empties it, and keeps it).
        job.docs.mkdir(parents=True, exist_ok=True)
        self.started = False
        self.process = subprocess.Popen([sys.executable, "-m", __name__, name, str(go), str(outcome)],
                                        cwd=PROJECT_DIR, stdin=subprocess.DEVNULL, pass_fds=(go, outcome))
        os.close(go)
        os.close(outcome)
        self._go = Connection(go_sending, readable=False)
        self._outcome = Connection(outcome_receiving, writable=False)
        self._go.send(job)

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
            self.process.wait()
            return Failed(RuntimeError(f"de generator stopte onverwacht (code {self.process.returncode})"))

    def _end(self) -> None:
        self.process.wait()
        self._outcome.close()

    def cancel(self) -> None:
        """Stop it (a step before it failed): it builds nothing."""
        if self.started:
            self.process.kill()
        elif not self._go.closed:
            self._go.close()  # the process, still waiting, sees the end of the pipe and stops
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._outcome.close()


def main(argv: list[str]) -> int:
    """The generator's process: `name`, the pipe to wait on for the job and the start, the pipe
    to tell on."""
    name, go, outcome = argv[0], Connection(int(argv[1]), writable=False), Connection(int(argv[2]), readable=False)
    try:
        job: Job = go.recv()
        prepared = prepare(name, job)  # while the build's process loads the data
        go.recv()
    except EOFError:
        return 0  # cancelled before it began
    finally:
        go.close()
    try:
        result: Theme | Failed = build(name, job, outcome.send, prepared)
    except BaseException as error:  # noqa: BLE001 - raised again in the build's process, which tells it
        result = Failed(error)
    outcome.send(result)
    outcome.close()
    return 0


if __name__ == "__main__":
    exit_quickly(main(sys.argv[1:]))
