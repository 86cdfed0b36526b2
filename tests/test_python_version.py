"""The Python version is stated once, as requires-python in pyproject.toml: ./site-build.sh
reads it there and refuses an older Python in Dutch, and the guides name the same version."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from project_copy import ROOT, copy_project

NEEDED = re.fullmatch(r">=(\d+\.\d+)", tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
                      ["requires-python"]).group(1)
OLDER = f"{NEEDED.split('.')[0]}.{int(NEEDED.split('.')[1]) - 1}"
# What the script runs before it looks for a Python (the tools of a bare Linux system).
TOOLS = ("dirname", "cat", "sha256sum", "cut", "sed", "seq")


def fake_python(folder: Path, version: str) -> Path:
    """A stand-in that answers the script's version question like an old Python would."""
    folder.mkdir(parents=True, exist_ok=True)
    stub = folder / "python3"
    stub.write_text(f"#!/bin/sh\necho {version}\n", "utf-8")
    stub.chmod(0o755)
    return stub


def run_without_venv(tmp_path: Path, stub_folder: Path, **environ: str) -> subprocess.CompletedProcess[str]:
    """./site-build.sh check on a machine whose only Python is the stub: PATH holds the stub and
    the basic tools, nothing else, so no real Python of this machine can be found."""
    project = copy_project(tmp_path / "project", ("site-build.sh", "requirements.txt", "pyproject.toml"))
    for tool in TOOLS:
        found = shutil.which(tool)
        assert found, f"test set-up: {tool} not installed"
        (stub_folder / tool).symlink_to(found)
    env = {"PATH": str(stub_folder), "HOME": os.environ.get("HOME", "/tmp"),
           "STEUNPAKKET_VENV": str(tmp_path / "geen-venv"), **environ}
    return subprocess.run([shutil.which("bash") or "/bin/bash", str(project / "site-build.sh"), "check"],
                          cwd=project, env=env, capture_output=True, text=True, check=False, timeout=60)


def test_an_older_python_is_refused_with_what_to_do(tmp_path: Path) -> None:
    fake_python(tmp_path / "bin", OLDER)
    result = run_without_venv(tmp_path, tmp_path / "bin")
    assert result.returncode == 1
    assert (f"FOUT: Python {NEEDED} of nieuwer is nodig, maar python3 is Python {OLDER}. Installeer Python "
            f"{NEEDED} of nieuwer, of wijs er een aan met PYTHON=/pad/naar/python{NEEDED} ./site-build.sh.") \
        in result.stderr
    assert "Python-omgeving maken" not in result.stderr  # one message, at the cause
    assert not (tmp_path / "geen-venv").exists()


def test_an_older_python_named_in_PYTHON_is_refused_by_its_path(tmp_path: Path) -> None:
    stub = fake_python(tmp_path / "elders", OLDER)
    (tmp_path / "bin").mkdir()
    result = run_without_venv(tmp_path, tmp_path / "bin", PYTHON=str(stub))
    assert result.returncode == 1
    assert f"maar {stub} is Python {OLDER}." in result.stderr


def test_no_python_at_all_is_said_so(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    result = run_without_venv(tmp_path, tmp_path / "bin")
    assert result.returncode == 1
    assert f"Python {NEEDED} of nieuwer is nodig, maar er is geen python3 gevonden." in result.stderr


@pytest.mark.parametrize("guide", ["README.md", "CONTRIBUTING.md"])
def test_the_guides_name_the_version_of_pyproject(guide: str) -> None:
    text = (ROOT / guide).read_text("utf-8")
    assert f"Python {NEEDED} of nieuwer" in text
    assert not re.findall(r"Python 3\.\d+", text.replace(f"Python {NEEDED}", "")), "another version is named"


def test_help_names_the_PYTHON_setting() -> None:
    result = subprocess.run(["bash", str(ROOT / "site-build.sh"), "--help"], capture_output=True, text=True,
                            check=True)
    assert "  PYTHON " in result.stdout
