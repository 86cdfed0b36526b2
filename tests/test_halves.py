"""Work split over two processes (macros/halves.py) gives what one process gives: every
result in the order of the items, and an error of the second process raised in the first."""

from __future__ import annotations

import os
import threading

import pytest

from macros.halves import map_in_two


@pytest.fixture
def forks_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """This worker may still run a thread of an earlier test (a local web server for the browser
    tests), and map_in_two does not fork a process with other threads. The work forked here is
    small and takes no lock those threads could hold, so the tests of the fork itself pretend
    there is none."""
    monkeypatch.setattr("macros.halves.threading.active_count", lambda: 1)


def _square_with_pid(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def test_every_result_comes_back_in_the_order_of_the_items(forks_here: None) -> None:
    items = list(range(11))
    results = map_in_two(_square_with_pid, items, minimum=2)
    assert [square for square, _ in results] == [n * n for n in items]
    if (os.cpu_count() or 1) >= 2:
        # Every second item was done by another process.
        assert {pid for _, pid in results[1::2]} != {os.getpid()}
        assert {pid for _, pid in results[0::2]} == {os.getpid()}


def test_few_items_stay_in_this_process() -> None:
    results = map_in_two(_square_with_pid, [1, 2, 3])
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_process_with_other_threads_is_not_forked() -> None:
    # The preview (cli/serve.py) builds while its web server answers in other threads.
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        results = map_in_two(_square_with_pid, list(range(11)), minimum=2)
    finally:
        stop.set()
        other.join()
    assert [square for square, _ in results] == [n * n for n in range(11)]
    assert {pid for _, pid in results} == {os.getpid()}


def _fails_on_three(number: int) -> int:
    if number == 3:
        raise ValueError("drie")
    return number


def test_an_error_in_the_second_process_is_raised_here_with_where_it_happened(forks_here: None) -> None:
    with pytest.raises(ValueError, match="drie") as raised:
        map_in_two(_fails_on_three, [0, 1, 2, 3, 4], minimum=2)
    if (os.cpu_count() or 1) >= 2:
        assert any("_fails_on_three" in note for note in getattr(raised.value, "__notes__", []))


def test_the_pages_prerendered_in_two_processes_are_those_of_one(tmp_path, monkeypatch, forks_here: None) -> None:
    from macros.prerender.write import prerender
    from macros.register.site import load_site
    from macros.settings import read_settings

    site, settings = load_site(), read_settings()
    monkeypatch.setattr("macros.prerender.write.PAGES_IN_TWO", 10**9)
    prerender(site, settings, tmp_path / "een")
    monkeypatch.setattr("macros.prerender.write.PAGES_IN_TWO", 2)
    prerender(site, settings, tmp_path / "twee")
    one = {p.relative_to(tmp_path / "een"): p.read_bytes() for p in (tmp_path / "een").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "twee"): p.read_bytes() for p in (tmp_path / "twee").rglob("*") if p.is_file()}
    assert len(one) > 2
    assert one == two
