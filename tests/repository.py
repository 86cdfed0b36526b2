"""A project copy as a git repository (main as published, a branch to change), and
`verschil` run in it, for the tests of what a branch changes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from unittest import mock

from conftest import SITE_URL, in_process


def git(project: Path, *args: str) -> str:
    result = subprocess.run(["git", "-c", "user.name=Redactie", "-c", "user.email=redactie@example.invalid",
                             "-c", "commit.gpgsign=false", *args], cwd=project, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def make_repository(project: Path, branch: str = "wijziging") -> Path:
    """The copy as a git repository: everything committed on main, then a branch checked out."""
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "published")
    git(project, "checkout", "-q", "-b", branch)
    return project


def verschil(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """What `python -m macros.cli.verschil` says in a project copy (exit code, output), run
    in this process, as conftest.check_data does: the command reads the folder it lives in
    (DATA_DIR, PROJECT_DIR), so those point at the copy. The command line itself is run
    through ./site-build.sh in test_verschil."""
    from macros.cli import verschil as command
    from macros.review import snapshot

    return in_process("macros.cli.verschil", command.main, list(args),
                      mock.patch.object(command, "DATA_DIR", project / "data"),
                      mock.patch.object(snapshot, "PROJECT_DIR", project),
                      mock.patch.dict(os.environ, {"SITE_URL": SITE_URL}))
