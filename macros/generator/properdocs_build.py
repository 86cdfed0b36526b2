"""ProperDocs, the maintained continuation of MkDocs 1.x, with Material for MkDocs.

Runs in this process (a new Python for the generator alone cost a third of a second a
build). ProperDocs is imported with its `replacement` module first: Material imports
`mkdocs.*`, and that makes those imports use ProperDocs' modules. Material still installs
the `mkdocs` package as a library (its declared dependency); it is never run.

Every warning fails the build (strict, as mkdocs.yml says). The warnings are collected and
told in Dutch, with the page of content/ or data/ they come from where that is known.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import Started, Theme
from .config import GeneratorError, Job, write_config

# ProperDocs' words for a link to a page that does not exist, and for a missing anchor.
BROKEN_LINK = re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but the target '([^']+)' is not found")
BROKEN_ANCHOR = re.compile(r"Doc file '([^']+)' contains a link '([^']+)', but the doc '([^']+)' does not "
                           r"contain an anchor '#([^']+)'")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@dataclass
class Loaded:
    """The generator's configuration, read; its warnings, collected from then on; the settings
    of the search index the post-build step makes (`index_beside`)."""

    config: Any
    collect: _Collect
    search: dict | None


def prepare(job: Job) -> Loaded | None:
    """What can be done before the pre-rendered folder is written: import the generator and the
    theme, and read the configuration (the generator's process does this while the data is
    loaded; generator/process.py). A failure is met again, and told, when it builds
    (`generator.prepare` keeps it; `build` removes the collector with its own)."""
    return _load(job, _Collect())


def _load(job: Job, collect: _Collect) -> Loaded:
    import properdocs.replacement  # noqa: F401 - Material's `mkdocs.*` imports use ProperDocs
    from properdocs.config import load_config

    for logger in _loggers():
        logger.addHandler(collect)
        logger.propagate = False  # the messages are told in Dutch below, not as English log lines
    config = load_config(config_file=str(write_config(job)))
    quicker_theme(config.theme)  # before index_beside, which renders a template of the theme
    return Loaded(config, collect, index_beside(config))


def _loggers() -> list[logging.Logger]:
    return [logging.getLogger(name) for name in ("properdocs", "mkdocs")]


def _stop_collecting() -> None:
    for logger in _loggers():
        for handler in [h for h in logger.handlers if isinstance(h, _Collect)]:
            logger.removeHandler(handler)


def build(job: Job, started: Started, loaded: Loaded | None = None) -> Theme:
    """Build the pre-rendered folder; `loaded` is what `prepare` read, if it ran."""
    from properdocs.exceptions import Abort, ConfigurationError

    collect = loaded.collect if loaded else _Collect()
    try:
        loaded = loaded or _load(job, collect)
        config = loaded.config
        theme = Theme("properdocs", tuple(str(Path(d)) for d in config.theme.dirs), dict(config.extra),
                      loaded.search)
        started(theme)
        from properdocs.commands.build import build as properdocs_build

        from .markdown_blocks import plain_html_blocks
        from .properdocs_pages import quicker_pages
        with quicker_pages(), plain_html_blocks():
            properdocs_build(config)
    except (Abort, ConfigurationError) as error:
        raise GeneratorError(explain(collect.messages or [str(error)])) from None
    finally:
        _stop_collecting()
    return theme


def index_beside(config: Any) -> dict | None:
    """The settings of the theme's search plugin, which stays (the header shows the search,
    the theme's language gives the index's separator and pipeline), without its work: the
    index is made by the post-build step from the written pages, on the machine's second
    core (postbuild/zoekindex.py; at 5.000 initiatives the plugin took a quarter of the
    generator's time). `extra.zoekindex` tells the theme to mark each page's content for it
    (overrides/partials/content.html). None when the site has no search."""
    plugin = config.plugins.get("material/search")
    if plugin is None or not plugin.config.enabled:
        return None
    plugin.on_config(config)  # fills in what the build would; running it again in the build changes nothing
    for event in ("page_context", "post_build"):  # indexing each page, writing the index
        config.plugins.events[event] = [method for method in config.plugins.events[event]
                                        if getattr(method, "__self__", None) is not plugin]
    config.extra["zoekindex"] = True
    return {key: plugin.config[key] for key in ("lang", "separator", "pipeline", "fields")}


def quicker_theme(theme: Any) -> None:
    """The theme's Jinja environment without two costs that change nothing in the pages:
    - its templates compiled once per template text, not at every build (a third of a second
      of the real site's build);
    - the list of its files (ProperDocs copies the theme's static files) made without looking
      inside hidden folders: Material keeps 14.000 icons in `.icons`, which ProperDocs lists
      one by one and then leaves out, as it leaves out everything hidden (about 0,08 s of
      every build). A test compares the two lists;
    - the menu rendered once for all pages that show it alike (menu_once.py), anew each build."""
    from ..html.template_cache import TemplateTextCache
    from .menu_once import MenuOnce

    make_env = theme.get_env

    def get_env() -> Any:
        env = make_env()
        env.bytecode_cache = TemplateTextCache()
        env.loader.list_templates = functools.partial(visible_templates, env.loader)
        env.globals["menu_once"] = MenuOnce()
        return env

    theme.get_env = get_env


def visible_templates(loader: Any) -> list[str]:
    """What `jinja2.FileSystemLoader.list_templates` lists, without what lies in a hidden folder."""
    found = set()
    for searchpath in loader.searchpath:
        for folder, subfolders, names in os.walk(searchpath, followlinks=loader.followlinks):
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            for name in names:
                template = os.path.join(folder, name)[len(searchpath):].strip(os.path.sep).replace(os.path.sep, "/")
                found.add(template.removeprefix("./"))
    return sorted(found)


def explain(messages: list[str]) -> str:
    """The generator's warnings in Dutch, each with the page it is about."""
    lines = [_dutch(message) for message in messages]
    return "de generator vond " + (f"{len(lines)} problemen" if len(lines) != 1 else "een probleem") + \
        " in de pagina's:\n" + "\n".join(f"- {line}" for line in lines)


def _dutch(message: str) -> str:
    anchor = BROKEN_ANCHOR.search(message)
    if anchor:
        page, link, _, name = anchor.groups()
        return (f"content/{page}: de link '{link}' wijst naar een kop '#{name}' die op die pagina niet bestaat "
                "— kijk de naam na achter het #-teken")
    link = BROKEN_LINK.search(message)
    if link:
        page, target, _ = link.groups()
        return (f"content/{page}: de link '{target}' wijst naar een pagina die niet bestaat — kijk de naam "
                "van het bestand na (een pagina in content/, of initiatieven/<bestandsnaam>.md)")
    return f"{message.strip()} (melding van de generator)"
