"""Ending a process that built something big, without the garbage collector's last walks.

When Python exits it tears down its modules, and its garbage collector walks every object
still alive, more than once: after a build of the real site 0,07 to 0,12 s in the build's
process, a twentieth of the build, only to free memory the operating system takes back anyway.
`gc.freeze()` first moves every object out of the collector's reach, so those walks find
nothing. The exit is otherwise the usual one: exit handlers run, the output streams are
flushed, modules are torn down. (An object caught in a reference cycle then never runs a
finaliser at exit; nothing of the build relies on one.)
"""

from __future__ import annotations

import gc
import sys
from typing import NoReturn


def exit_quickly(code: int) -> NoReturn:
    gc.freeze()
    sys.exit(code)
