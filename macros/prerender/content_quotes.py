"""The quotes editors write in the pages of content/: `{{ bron('id', 'vindplaats', citaat='…') }}`.

A citation in a page links to the words of its source, like every citation in data/. So the
source's page must show those words, with their anchor, before the page that cites them is
built: the pages of content/ are read once for their `bron` calls (Jinja's own parser, not a
pattern), and each quote is checked against the stored text of its source like a quote in
data/ (`facts.quotes`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import jinja2
from jinja2 import nodes

from ..facts import quotes
from ..facts.provenance import Bronverwijzing, Herkomst, Reporter
from ..reading.front_matter import split_front_matter

ENV = jinja2.Environment()


def content_citations(content_dir: Path) -> list[Bronverwijzing]:
    """Every `bron` call with a quote in the pages of content/, in page order."""
    return list(_calls(content_dir))


def _calls(content_dir: Path) -> Iterator[Bronverwijzing]:
    for path in sorted(content_dir.rglob("*.md")):
        file = f"content/{path.relative_to(content_dir).as_posix()}"
        page, _ = split_front_matter(path.read_text("utf-8", errors="replace"), file)
        try:
            tree = ENV.parse(page.body)
        except jinja2.TemplateSyntaxError:
            continue  # reported at its line when the page is rendered
        for call in tree.find_all(nodes.Call):
            citation = _citation(call, file)
            if citation is not None:
                yield citation


def _citation(call: nodes.Call, file: str) -> Bronverwijzing | None:
    if not (isinstance(call.node, nodes.Name) and call.node.name == "bron"):
        return None
    values = [arg.value if isinstance(arg, nodes.Const) else None for arg in call.args]
    named = {kw.key: kw.value.value for kw in call.kwargs if isinstance(kw.value, nodes.Const)}
    document, vindplaats, citaat = (values + [None, None, None])[:3]
    citaat = named.get("citaat", citaat)
    if not isinstance(document, str) or not isinstance(citaat, str):
        return None
    return Bronverwijzing(document, named.get("vindplaats", vindplaats), Herkomst(file), " ".join(citaat.split()),
                          afgebroken=named.get("afgebroken"))


@functools.cache
def _stored_texts(data_dir: Path) -> dict[str, tuple[str, ...]]:
    known = {f"bronnen/{path.stem}" for path in (data_dir / "bronnen").glob("*.yaml")}
    texts, _, _ = quotes.load_bronteksten(data_dir, known)
    return texts


def quote_problem(citation: Bronverwijzing, data_dir: Path) -> str | None:
    """Why a quote in a page is not its source's words (as `check` says of one in data/), or None."""
    problems = quotes.check_quotes([citation], _stored_texts(data_dir), Reporter({}))
    return f"{problems[0].message} — {problems[0].hint}" if problems else None
