"""Compiled Jinja templates kept between builds, keyed by what a template says.

Compiling the site's templates cost a tenth of a second and more at every build, as much
as the real site's initiatives take to render. Jinja's own file cache keys a template by
its name and path, so every copy of the project (the tests make dozens) would add new
files to the cache folder without end. Keyed by the template's name, a checksum of its
text and the environment's settings that change the compiled code, the folder (Jinja's:
per user, in the system's temporary directory, refused when others can write to it) holds
one file per version of a template, and a changed template is compiled anew.
"""

from __future__ import annotations

from hashlib import sha1

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket


class TemplateTextCache(FileSystemBytecodeCache):
    """Jinja's file cache, keyed by template name, text and the environment's settings."""

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        checksum = self.get_source_checksum(source)
        settings = (environment.autoescape, environment.trim_blocks, environment.lstrip_blocks,
                    environment.keep_trailing_newline, environment.newline_sequence, environment.finalize is not None,
                    environment.block_start_string, environment.variable_start_string,
                    environment.comment_start_string, environment.line_statement_prefix, environment.optimized)
        key = sha1(f"{name}|{checksum}|{settings!r}".encode()).hexdigest()
        bucket = Bucket(environment, key, checksum)
        self.load_bytecode(bucket)
        return bucket


def compiled(environment: Environment, source: str, name: str) -> object:
    """The code of a template made from text rather than a file (a content page with its
    macros), from the environment's cache (a TemplateTextCache, which it must have): Jinja's
    `from_string` compiles anew at every build."""
    cache = environment.bytecode_cache
    bucket = cache.get_bucket(environment, name, name, source)
    if bucket.code is None:
        bucket.code = environment.compile(source, name, name)
        cache.set_bucket(bucket)
    return bucket.code
