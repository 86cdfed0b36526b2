"""MkDocs hook: one page per initiative, generated from data/initiatieven/.

An editor adds an initiative by adding one YAML file; its page appears without a
Markdown file. Its body is filled by the macros module (`on_pre_page_macros`) with
the same render code as the `initiatief_pagina` macro, but without compiling a Jinja
template per page (`render_macros: false`): with thousands of initiatives that
compile was a large part of the build (see BENCHMARKS.md). (Loaded by MkDocs by
path, so no package imports here.)
"""

from __future__ import annotations

import json
import re
from typing import Any

from mkdocs.structure.files import File, Files

PAGE = """---
title: {title}
description: {description}
initiatief: {id}
render_macros: false
kruimelpad: [{{titel: Initiatieven, url: initiatieven/}}]
---
"""


SOURCE_PAGE = """---
title: {title}
description: {description}
bron: {id}
render_macros: false
kruimelpad: [{{titel: Bronnen, url: bronnen/}}]
search: {{exclude: true}}
---
"""

BLOCK = re.compile(r'<div data-blok="(b[0-9]+)"></div>')


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Put back the HTML that the macros set aside from Markdown (see mkdocs_adapter.entry.as_block)."""
    blocks = config["plugins"]["macros"].variables["_blocks"]
    return BLOCK.sub(lambda match: blocks[match.group(1)], html)


def error_pages(files: Files, config: Any, page: str) -> Files:
    """The preview with wrong data: every page shows the problems (see entry.show_error),
    so whichever page the browser is on reloads into them; images and styles stay."""
    kept = Files([file for file in files if not file.is_documentation_page()])
    for file in files.documentation_pages():
        kept.append(File.generated(config, file.src_uri, content=page))
    return kept


def on_files(files: Files, config: Any) -> Files:
    # The macros plugin loaded and checked the data on config, before this event.
    variables = config["plugins"]["macros"].variables
    if variables.get("_fout"):
        return error_pages(files, config, variables["_fout"])
    gegevens = variables["_gegevens"]
    for initiatief_id, initiatief in sorted(gegevens.initiatieven.items()):
        description = " ".join(initiatief.omschrijving.split())[:155]
        page = PAGE.format(title=json.dumps(initiatief.naam), description=json.dumps(description), id=initiatief_id)
        files.append(File.generated(config, f"initiatieven/{initiatief_id}.md", content=page))
    for bron_id, bron in sorted(gegevens.bronnen.items()):
        page = SOURCE_PAGE.format(title=json.dumps(bron.titel), id=bron_id,
                                  description=json.dumps(f"{bron.kort}: wat de site uit deze bron haalt, in de "
                                                         "woorden van de bron, met het adres van het document."))
        files.append(File.generated(config, f"bronnen/{bron_id}.md", content=page))
    return files
