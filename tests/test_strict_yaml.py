"""The strict reader behaves the same with libyaml and with PyYAML's pure-Python parser
(the fallback where PyYAML is built without libyaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

import macros.reading.strict_yaml as strict_yaml

SAMPLE = "titel: x\nbedrag: 9,5\nnee: no\naantal: 08\nlijst: [1, 2]\n"
BOMB = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"


@pytest.fixture(params=["libyaml", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "python":
        monkeypatch.setattr(strict_yaml, "_FastStrictLoader", None)
    return request.param


def test_scalars_are_typed_the_same(parser: str, tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(SAMPLE, "utf-8")
    document, problems = strict_yaml.load_yaml(path, "f.yaml")
    assert not problems
    assert document.data == {"titel": "x", "bedrag": "9,5", "nee": "no", "aantal": "08", "lijst": [1, 2]}
    assert document.place(("bedrag",)) == (2, 9)


def test_an_alias_is_refused_where_it_is_used(parser: str, tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_text(BOMB, "utf-8")
    document, problems = strict_yaml.load_yaml(path, "bom.yaml")
    assert document is None
    assert [(p.line, p.column) for p in problems] == [(2, 4)]
    assert "aliassen" in problems[0].message
