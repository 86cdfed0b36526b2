"""The layers of macros/ keep their promises: the data and output layers run without
any site generator, and every field a schema allows is read by the site or refused.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import ROOT, build_env
from fixture_project import with_fixture_data

from macros.facts.loader import SOORTEN, build, unread_problems
from macros.facts.provenance import Reporter
from macros.reading.schema_docs import _resolve
from macros.reading.schemas import schema_json
from macros.reading.strict_yaml import YamlDocument
from macros.reading.tracked import track, unread

GENERATOR_PACKAGES = ("mkdocs", "material", "properdocs", "zensical", "mkdocs_macros")

# Runs in a fresh interpreter in which importing any site generator or its theme fails: the
# data layer, the registers, the pre-render step, the downloads and feeds, the guard and
# every command line tool but the build's generator step work without them.
WITHOUT_GENERATOR = """
import importlib.abc, sys
from pathlib import Path

BLOCKED = {blocked!r}

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError("blocked in this test: " + name)
        return None

sys.meta_path.insert(0, Blocker())
import macros.cli.check, macros.cli.verschil, macros.cli.vastleggen, macros.cli.build, macros.cli.serve
import macros.postbuild, macros.generator
# The adapters themselves import their generator only when they run.
import macros.generator.properdocs_build, macros.generator.zensical_build, macros.generator.zensical_links
from macros.output import write_outputs
from macros.postbuild.guard import problems_in_site
from macros.prerender.write import prerender
from macros.register.site import load_site
from macros.settings import read_settings

site = load_site()
out, built = Path(sys.argv[1]), Path(sys.argv[2])
prerender(site, read_settings({{}}), out / "voorbereid")
write_outputs(site, read_settings({{}}), out)
assert problems_in_site(built, site) == [], "the guard"
assert macros.cli.check.main([]) == 0
assert not [m for m in sys.modules if m.split(".")[0] in BLOCKED]
"""


def test_data_and_output_layers_need_no_site_generator(tmp_path: Path, site: Path) -> None:
    out = tmp_path / "out"
    script = WITHOUT_GENERATOR.format(blocked=GENERATOR_PACKAGES)
    result = subprocess.run([sys.executable, "-c", script, str(out), str(site)], cwd=ROOT, env=build_env(),
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (out / "voorbereid" / "docs" / "begroting.md").is_file()
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()
                     and p.relative_to(out).parts[0] != "voorbereid")
    assert "downloads/begroting.csv" in written and "feeds/wijzigingen.xml" in written
    assert ".well-known/security.txt" in written
    # The same bytes as the real build publishes: nothing depends on the generator.
    for name in written:
        assert (out / name).read_bytes() == (site / name).read_bytes(), name


def maximal_value(node: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A value that fills every field the schema allows (content does not matter here)."""
    node, schema = _resolve(node, schema)
    kinds = node.get("type", "string")
    kind = kinds[0] if isinstance(kinds, list) else kinds
    if "enum" in node:
        return node["enum"][0]
    if kind == "object":
        return {name: maximal_value(sub, schema) for name, sub in node.get("properties", {}).items()}
    if kind == "array":
        return [maximal_value(node.get("items", {}), schema)]
    return {"integer": 1, "number": 1, "boolean": True, "null": None}.get(kind, "1")


def test_every_field_a_schema_allows_is_read_or_marked_not_shown() -> None:
    documents = {}
    for soort in SOORTEN:
        name = "data/" + soort.pattern.replace("*", "voorbeeld")
        schema = schema_json(soort.schema)
        documents[name] = YamlDocument(name, track(maximal_value(schema, schema)))
    build(documents)
    ignored = {name: [".".join(map(str, p)) for p in unread(doc.data)] for name, doc in documents.items()}
    assert not unread_problems(documents, Reporter(documents)), {k: v for k, v in ignored.items() if v}


def test_a_field_the_site_ignores_is_refused(project: Path) -> None:
    """The silent drop: the schema allows a field that no code reads; check must say so."""
    with_fixture_data(project)
    schema_file = project / "data/schemas/initiatief.schema.json"
    schema = json.loads(schema_file.read_text("utf-8"))
    schema["properties"]["website"] = {"type": "string", "description": "Het webadres."}
    schema_file.write_text(json.dumps(schema, ensure_ascii=False, indent=2), encoding="utf-8")
    data_file = project / "data/initiatieven/proefhuis.yaml"
    data_file.write_text(data_file.read_text("utf-8") + "website: https://example.org/\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "macros.cli.check"], cwd=project, env=build_env(),
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "data/initiatieven/proefhuis.yaml" in result.stderr and "website: de site gebruikt dit veld niet" \
        in result.stderr, result.stderr


def test_modules_and_functions_stay_small() -> None:
    """Modules of at most 300 lines, functions of at most 50: each fits on a screen or two."""
    too_long = []
    for path in sorted((ROOT / "macros").rglob("*.py")):
        source = path.read_text("utf-8")
        name = path.relative_to(ROOT).as_posix()
        if source.count("\n") > 300:
            too_long.append(f"{name}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno >= 50:
                too_long.append(f"{name}:{node.lineno} {node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert not too_long, too_long
