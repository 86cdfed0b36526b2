"""Compiled templates are kept by what a template says, not by where it lies: a copy of
the project reuses them and the cache folder does not grow with every copy."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from macros.html.template_cache import TemplateTextCache


def render_from(folder: Path, text: str, cache: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pagina.html").write_text(text, "utf-8")
    env = Environment(loader=FileSystemLoader(folder), bytecode_cache=TemplateTextCache(str(cache)))
    return env.get_template("pagina.html").render(bedrag="€ 1")


def test_the_same_template_in_two_folders_is_compiled_once(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    assert render_from(tmp_path / "kopie-1", "<p>{{ bedrag }}</p>", cache) == "<p>€ 1</p>"
    assert render_from(tmp_path / "kopie-2", "<p>{{ bedrag }}</p>", cache) == "<p>€ 1</p>"
    assert len(list(cache.iterdir())) == 1


def test_a_changed_template_is_compiled_anew(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    assert render_from(tmp_path / "kopie", "<p>{{ bedrag }}</p>", cache) == "<p>€ 1</p>"
    assert render_from(tmp_path / "kopie", "<td>{{ bedrag }}</td>", cache) == "<td>€ 1</td>"
    assert len(list(cache.iterdir())) == 2
