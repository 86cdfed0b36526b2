"""The mkdocs-macros module (mkdocs.yml: `module_name: macros`).

The code is cut by concept in subpackages: `reading` (strict YAML, schemas),
`facts` (one module per concept: model, loading, checks), `formatting` (money,
dates, slugs, addresses), `html` (fragments from Jinja2 templates), `output`
(downloads, feeds, security.txt) and `mkdocs_adapter` (macros and hooks). See
ARCHITECTURE.md. These wrappers import the adapter only when MkDocs calls them, so
importing any other subpackage never loads MkDocs.
"""

from __future__ import annotations

from typing import Any


def define_env(env: Any) -> None:
    from .mkdocs_adapter.entry import define_env as define

    define(env)


def on_pre_page_macros(env: Any) -> None:
    from .mkdocs_adapter.entry import on_pre_page_macros as pre_page

    pre_page(env)


def on_post_page_macros(env: Any) -> None:
    from .mkdocs_adapter.entry import on_post_page_macros as post_page

    post_page(env)


def on_post_build(env: Any) -> None:
    from .mkdocs_adapter.entry import on_post_build as post_build

    post_build(env)
