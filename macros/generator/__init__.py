"""Step (b) of the build: the site generator, and the only code that knows one.

It builds the folder the pre-render step wrote (Markdown with front matter) with the theme
and nothing else: no hooks, no plugins of ours. Each generator has a small adapter here
with one function, `build(job, started, prepared) -> Theme`; it calls `started(theme)` once its
configuration is read, before it writes the first page, so the post-build step can take each
page as it is written. It may have a `prepare(job)` for what can be done before the
pre-rendered folder is written (imports, reading its configuration), whose result `build`
gets. Which one runs is one setting: `generator:` under `extra:` in mkdocs.yml, or the
environment variable SITE_GENERATOR.

What passes to the post-build step is files: the built site, and `theme.json` with the
folders of the templates the pages were made from (the post-build step allows exactly the
inline scripts of those templates, and nothing it finds in the output) and the settings of
the search index, when the post-build step makes it.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .config import GeneratorError, Job, generator_config, project_config

GENERATORS = {"properdocs": "properdocs_build", "zensical": "zensical_build"}
DEFAULT = "properdocs"
THEME_FILE = "theme.json"


@dataclass(frozen=True)
class Theme:
    """Where the built pages' templates come from, for the post-build step."""

    generator: str
    template_dirs: tuple[str, ...]  # searched in this order, as the generator does
    extra: dict  # the config's `extra`, which inline scripts may read (config.extra.scope)
    # The settings of the search index the post-build step makes from the written pages (the
    # theme's: lang, separator, pipeline, fields); None when the generator makes its own or
    # the site has no search.
    search: dict | None = None


def chosen(project_dir: Path, environ: dict[str, str] | None = None) -> str:
    """The generator this build uses: SITE_GENERATOR, else `extra.generator` in mkdocs.yml."""
    environ = dict(os.environ) if environ is None else environ
    name = environ.get("SITE_GENERATOR") or project_config(project_dir).get("extra", {}).get("generator") or DEFAULT
    if name not in GENERATORS:
        raise GeneratorError(f"onbekende generator '{name}' (in SITE_GENERATOR of extra.generator van mkdocs.yml); "
                             f"kies uit: {', '.join(GENERATORS)}")
    return name


Started = Callable[["Theme"], None]


def build(name: str, job: Job, started: Started | None = None, prepared: Any = None) -> Theme:
    """Build job.docs into job.site_dir with the named generator; writes theme.json beside it.
    `started` hears the theme before the first page is written; `prepared` is what the
    adapter's `prepare(job)` did before the folder was ready (generator/process.py), if any."""
    module = importlib.import_module(f".{GENERATORS[name]}", __name__)
    theme: Theme = module.build(job, started or (lambda _theme: None), prepared)
    (job.build_dir / THEME_FILE).write_text(json.dumps(asdict(theme), indent=1), "utf-8")
    return theme


def prepare(name: str, job: Job) -> Any:
    """What the named generator can do before the pre-rendered folder is ready (import itself,
    read its configuration): its adapter's `prepare(job)`, if it has one. Never raises: a
    failure here is met again, and told, when it builds."""
    try:
        module = importlib.import_module(f".{GENERATORS[name]}", __name__)
        return getattr(module, "prepare", lambda _job: None)(job)
    except Exception:  # noqa: BLE001 - build() raises it again, in the build's own words
        return None


def read_theme(build_dir: Path) -> Theme:
    raw = json.loads((build_dir / THEME_FILE).read_text("utf-8"))
    return Theme(raw["generator"], tuple(raw["template_dirs"]), raw["extra"], raw.get("search"))


__all__ = ["DEFAULT", "GENERATORS", "GeneratorError", "Job", "Started", "Theme", "build", "chosen",
           "generator_config", "prepare", "read_theme"]
