"""MkDocs hook: one page per initiative, generated from data/initiatieven/.

An editor adds an initiative by adding one YAML file; its page appears without a
Markdown file. The page holds only macro calls, so everything on it comes from
the validated data. (Loaded by MkDocs by path, so no package imports here.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

PAGE = """---
initiatief: {id}
---

# {{{{ initiatief_naam('{id}') }}}}

{{{{ initiatief_pagina('{id}') }}}}
"""


def on_files(files: Files, config: Any) -> Files:
    data_dir = Path(config["config_file_path"]).parent / "data" / "initiatieven"
    for path in sorted(data_dir.glob("*.yaml")):
        # The data check has already refused file names that are not slugs.
        files.append(File.generated(config, f"initiatieven/{path.stem}.md", content=PAGE.format(id=path.stem)))
    return files
