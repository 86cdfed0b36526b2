"""The front matter of a content page: the YAML block between two `---` lines at its top.

Content pages are written by editors: a broken block is a Problem with file and line,
never a traceback. The body keeps its line numbers known (`body_line`), so an error in
a macro call can name the line of the page where the editor typed it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import Problem


@dataclass(frozen=True)
class ContentPage:
    """A page of content/ split in its front matter and its Markdown body."""

    file: str  # as shown in messages: 'content/begroting.md'
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1  # the line of the file on which the body starts


def split_front_matter(text: str, file: str) -> tuple[ContentPage, list[Problem]]:
    """The page's meta data and body; a block that is not a YAML mapping is a problem."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return ContentPage(file, {}, text, 1), []
    end = next((n for n, line in enumerate(lines[1:], start=1) if line.rstrip() == "---"), None)
    if end is None:
        return ContentPage(file, {}, text, 1), [Problem(
            file, 1, 1, "", "het kopblok met '---' bovenaan wordt nergens gesloten",
            "zet een regel met alleen '---' onder de regels met title en description")]
    try:
        meta = yaml.safe_load("".join(lines[1:end])) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 2
        return ContentPage(file, {}, "".join(lines[end + 1:]), end + 2), [Problem(
            file, line, 1, "", "het kopblok bovenaan is geen geldige YAML",
            "schrijf elke regel als 'naam: waarde'; zet een waarde met een dubbele punt tussen aanhalingstekens")]
    if not isinstance(meta, dict):
        return ContentPage(file, {}, "".join(lines[end + 1:]), end + 2), [Problem(
            file, 2, 1, "", "het kopblok bovenaan is geen lijst van 'naam: waarde'",
            "schrijf bijvoorbeeld 'title: Begroting' en 'description: …'")]
    return ContentPage(file, meta, "".join(lines[end + 1:]), end + 2), []


def read_content_page(path_text: str, file: str) -> ContentPage:
    """The page without its problems, for callers that already checked the content."""
    return split_front_matter(path_text, file)[0]
