"""Work split over the machine's two cores: the same function on every item, half of the
items in a forked process, the results in the order of the items.

For the steps whose pages are independent of each other (pre-rendering a page, the
generator converting and rendering a page, the policy and the guard on a built page). It
saves wall-clock time, not processor time: each process does half of the work. Below
`minimum` items, or without a second core, everything runs in this process (a fork and its
copied memory cost more than a few pages); so it does in a process with other threads (the
preview's web server): a fork copies a process whose other threads may hold a lock that then
stays locked in the copy.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import threading
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MINIMUM = 400  # items; the real site has fewer pages, a site with thousands of initiatives more


def map_in_two(work: Callable[[T], R], items: Sequence[T], minimum: int | None = None) -> list[R]:
    """[work(item) for item in items], every second item done by a forked process."""
    minimum = MINIMUM if minimum is None else minimum
    forks = "fork" in multiprocessing.get_all_start_methods()
    if len(items) < max(minimum, 2) or (os.cpu_count() or 1) < 2 or not forks or threading.active_count() > 1:
        return [work(item) for item in items]
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(work, items[1::2], send, receive))
    child.start()
    send.close()
    try:
        mine = [work(item) for item in items[0::2]]
        theirs = receive.recv()
    except BaseException:
        child.kill()
        raise
    finally:
        child.join()
        receive.close()
    if isinstance(theirs, Failed):
        raise theirs.error
    merged: list[R] = []
    for index in range(len(items)):
        merged.append(mine[index // 2] if index % 2 == 0 else theirs[index // 2])
    return merged


class Failed:
    """An exception of a forked process, to be raised again in the one that forked it."""

    def __init__(self, error: BaseException) -> None:
        # Where it happened, for the details of an unforeseen error (the traceback does not travel).
        error.add_note("".join(traceback.format_exception(error)))
        try:
            pickle.dumps(error)
            self.error = error
        except Exception:  # noqa: BLE001 - an exception that cannot travel: its traceback as text
            self.error = RuntimeError("".join(traceback.format_exception(error)))


def _child(work: Callable[[T], R], items: Sequence[T], send: Connection, receive: Connection) -> None:
    """The forked half. When the process that forked it is gone (a build that stopped: the
    generator's process is ended when a step before it fails), nobody waits for the rest: it
    stops, without a word. The parent's end of the pipe, copied by the fork, is closed, so a
    result for a parent that is gone cannot wait for ever either."""
    receive.close()
    parent = os.getppid()
    result: list[R] | Failed = []
    try:
        for item in items:
            if os.getppid() != parent:
                return
            result.append(work(item))
    except BaseException as error:  # noqa: BLE001 - told by the parent, in the build's own words
        result = Failed(error)
    with contextlib.suppress(OSError):  # the parent is gone after all
        send.send(result)
        send.close()
