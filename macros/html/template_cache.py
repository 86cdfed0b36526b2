"""Compiled Jinja templates kept between builds, keyed by what a template says.

Jinja's own file cache keys a template by its name and path, so every copy of the
project (the tests make dozens) added new files to the shared cache folder without end,
and a copy never found the compiled code of the same template elsewhere. Keyed by the
template's name and a checksum of its text instead, the folder holds one file per
version of a template, and a changed template is compiled anew.
"""

from __future__ import annotations

from hashlib import sha1

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket


class TemplateTextCache(FileSystemBytecodeCache):
    """Jinja's file cache (a per-user folder in the system's temporary directory), keyed
    by template name and text."""

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        checksum = self.get_source_checksum(source)
        bucket = Bucket(environment, sha1(f"{name}|{checksum}".encode()).hexdigest(), checksum)
        self.load_bytecode(bucket)
        return bucket
