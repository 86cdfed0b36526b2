"""The browser tests find a working Chromium-family browser in the documented order,
and never take Ubuntu's snap stub for a browser."""

from __future__ import annotations

from pathlib import Path

import chromium
import pytest


def program(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", "utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty PATH and no Debian chromium: only what a test puts here is found."""
    monkeypatch.delenv("CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(chromium, "HEADLESS_SHELL", str(tmp_path / "debian-shell"))
    monkeypatch.setattr(chromium, "CANDIDATES", (str(tmp_path / "debian-shell"), str(tmp_path / "debian-chromium"),
                                                 *chromium.CANDIDATES[2:]))
    return tmp_path


def test_chrome_is_found_when_debian_chromium_is_missing(bin_dir: Path) -> None:
    program(bin_dir, "google-chrome-stable", "echo Google Chrome 140.0")
    assert chromium.find_chromium() == str(bin_dir / "google-chrome-stable")
    program(bin_dir, "google-chrome", "echo Google Chrome 140.0")
    assert chromium.find_chromium() == str(bin_dir / "google-chrome")
    program(bin_dir, "debian-chromium", "echo Chromium 140.0 built on Debian")
    assert chromium.find_chromium() == str(bin_dir / "debian-chromium")
    program(bin_dir, "debian-shell", "echo Chromium 140.0 built on Debian")
    assert chromium.find_chromium() == str(bin_dir / "debian-shell")
    assert chromium.find_chromium(browser=True) == str(bin_dir / "debian-chromium")  # Lighthouse: a full browser


def test_the_snap_stub_is_no_browser(bin_dir: Path) -> None:
    program(bin_dir, "chromium-browser", 'echo "Command \'/usr/bin/chromium-browser\' requires the chromium snap '
            'to be installed."\nexit 1')
    assert chromium.find_chromium() is None
    program(bin_dir, "chromium-browser", "exec /snap/bin/chromium \"$@\"")
    assert chromium.find_chromium() is None
    program(bin_dir, "chromium-browser", "echo Chromium 140.0")
    assert chromium.find_chromium() == str(bin_dir / "chromium-browser")


def test_the_chromium_variable_wins(bin_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program(bin_dir, "google-chrome", "echo Google Chrome 140.0")
    monkeypatch.setenv("CHROMIUM", "/opt/eigen/chrome")
    assert chromium.find_chromium() == "/opt/eigen/chrome"
