"""A content page's Markdown with its macros rendered by plain Jinja2.

Editors put figures in Markdown as macro calls, `{{ bedrag('jeugd') }}`. Each call is a
method of the macro groups, bound to the page being rendered (`PageContext`). An inline
macro (an amount, a citation) returns HTML that stays inside its paragraph; a block macro
(a table, a chart, a list) returns an HTML block set apart by blank lines, which Markdown
passes through as it is. A mistake in a call is a Problem at the line of the page where
the editor typed it.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from typing import Any

import jinja2

from ..html.template_cache import TemplateTextCache, compiled
from ..reading.front_matter import ContentPage
from ..reading.problems import DataError, Problem
from .budget_macros import BudgetMacros
from .context import PageContext
from .geld_macros import GeldMacros
from .site_macros import SiteMacros
from .story_macros import StoryMacros

# One environment for all pages: it knows no macros itself; each page gets them as globals.
ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False,
                         bytecode_cache=TemplateTextCache())


def macros_for(ctx: PageContext) -> dict[str, Callable[..., str]]:
    """Every macro an editor may use, bound to the page being rendered."""
    table: dict[str, Callable[..., str]] = {}
    for group in (BudgetMacros(ctx), StoryMacros(ctx), SiteMacros(ctx), GeldMacros(ctx)):
        table.update({name: getattr(group, name) for name in group.INLINE})
        table.update({name: as_block(getattr(group, name)) for name in group.BLOCKS})
    return table


def as_block(function: Callable[..., str]) -> Callable[..., str]:
    """A block macro's HTML as a block of its own: Markdown leaves an HTML block alone when
    blank lines set it apart from the text around it."""

    @functools.wraps(function)
    def block(*args: Any, **kwargs: Any) -> str:
        return "\n\n" + function(*args, **kwargs).strip("\n") + "\n\n"

    return block


def render_content(ctx: PageContext, page: ContentPage) -> str:
    """The page's Markdown body with every macro call replaced by its output."""
    try:
        template = ENV.template_class.from_code(ENV, compiled(ENV, page.body, page.file), ENV.globals)
        return template.render(macros_for(ctx))
    except jinja2.TemplateSyntaxError as error:
        raise _error(page, error.lineno or 1, f"de macro-aanroep is niet af: {error.message}",
                     "schrijf een macro als {{ naam('id') }}, met twee accolades aan elke kant") from None
    except jinja2.UndefinedError as error:
        raise _error(page, _template_line(page.file), f"onbekende macro of waarde: {error.message}",
                     "kijk de naam van de macro na; de andere pagina's in content/ tonen welke er zijn") from None
    except (KeyError, ValueError, TypeError) as error:
        message = error.args[0] if isinstance(error, KeyError) and error.args else str(error)
        raise _error(page, _template_line(page.file), f"een macro-aanroep gaat mis: {message}",
                     "kijk het id tussen de aanhalingstekens na; het moet precies zo in data/ staan") from None


def _template_line(file: str) -> int:
    """The line of the page (counted from its body) where the failing call stands."""
    frames = [f for f in traceback.extract_tb(sys.exc_info()[2]) if f.filename == file]
    return frames[-1].lineno if frames and frames[-1].lineno else 1


def _error(page: ContentPage, body_line: int, message: str, hint: str) -> DataError:
    return DataError([Problem(page.file, page.body_line + body_line - 1, 1, "", message, hint)])
