"""Compiled Python code kept between builds, keyed by what it was made from.

fastjsonschema turns each schema into Python source, which Python then compiles: for the
sixteen schemas a quarter of a second at every build, more than the real data takes to
check. The compiled code of a schema is kept in a folder of this user's own (as Jinja
keeps its templates: in the system's temporary directory, readable and writable by this
user alone, and used only when it is), under a checksum of everything it was made from, so
a changed schema or another version of Python or fastjsonschema is compiled anew.
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import CodeType

FOLDER = f"steunpakket-code-{os.getuid() if hasattr(os, 'getuid') else 'gebruiker'}"


def cached_code(key: str, source: Callable[[], str], name: str) -> CodeType:
    """The code compiled from `source()`, from the cache when it has `key`."""
    folder = _folder()
    path = folder / f"{key}-{sys.implementation.cache_tag}.bin" if folder else None
    if path is not None and path.is_file():
        try:
            code = marshal.loads(path.read_bytes())
            if isinstance(code, CodeType):
                return code
        except (OSError, ValueError, EOFError, TypeError):
            pass  # unreadable: compiled again below
    code = compile(source(), name, "exec")
    if path is not None:
        try:
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(marshal.dumps(code))
            os.replace(partial, path)
        except OSError:
            pass  # a full or read-only disk: the next build compiles again
    return code


def _folder() -> Path | None:
    """This user's cache folder, or None where it cannot be trusted (another owner, or
    writable by others)."""
    folder = Path(tempfile.gettempdir()) / FOLDER
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or stat.S_IMODE(info.st_mode) & 0o077:
        return None
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return None
    return folder
