"""The generator step lists the theme's files without looking inside hidden folders
(generator/properdocs_build.py, `quicker_theme`): ProperDocs copies exactly the same files."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import FileSystemLoader

from macros.generator.properdocs_build import quicker_theme, visible_templates
from macros.project import PROJECT_DIR


def test_only_what_lies_in_a_hidden_folder_is_left_out(tmp_path: Path) -> None:
    for name in ("main.html", "assets/app.js", ".icons/a.svg", "assets/.cache/x.js", ".verborgen.txt",
                 "assets/.verborgen.css"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", "utf-8")
    loader = FileSystemLoader([str(tmp_path)])
    # Hidden files stay (ProperDocs leaves them out itself); what lies in a hidden folder is not looked at.
    assert visible_templates(loader) == [".verborgen.txt", "assets/.verborgen.css", "assets/app.js", "main.html"]
    assert set(loader.list_templates()) - set(visible_templates(loader)) == {".icons/a.svg", "assets/.cache/x.js"}


def test_the_generator_copies_the_same_theme_files(tmp_path: Path) -> None:
    pytest.importorskip("material")
    import properdocs.replacement  # noqa: F401 - Material's `mkdocs.*` imports use ProperDocs, as in the build
    from properdocs.config import load_config
    from properdocs.structure.files import Files

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Start\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: Proef\ndocs_dir: {docs}\nsite_dir: {tmp_path / 'site'}\n"
        f"theme:\n  name: material\n  custom_dir: {PROJECT_DIR / 'overrides'}\n", "utf-8")
    copied = []
    for quicker in (False, True):
        config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
        if quicker:
            quicker_theme(config.theme)
        files = Files([])
        files.add_files_from_theme(config.theme.get_env(), config)
        copied.append(sorted((file.src_uri, file.abs_src_path) for file in files))
    assert copied[0] == copied[1]
    assert len(copied[0]) > 10  # the theme's stylesheets, scripts and our own assets
