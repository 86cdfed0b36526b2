"""MkDocs hook: the theme's templates compiled once, not at every build.

Compiling the theme's Jinja templates was about a sixth of a build; the compiled code
is kept between builds (see macros/html/template_cache.py).
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    # Hooks are loaded by path, without their package; by the time the theme's environment
    # exists, mkdocs-macros has loaded the package `macros` (module_name in mkdocs.yml).
    from macros.html.template_cache import TemplateTextCache

    env.bytecode_cache = TemplateTextCache()
    return env
