"""Data that remembers which of its fields were read.

A field the schema allows but no loader reads would vanish without a word: `check`
passes and the value never appears. The loaders get their YAML wrapped in `Tracked`
mappings; afterwards `unread` lists every field nobody looked at, and the loader
refuses them (unless a concept module marks a field as deliberately not shown).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .strict_yaml import Path_


class Tracked(dict):
    """A dict that records the keys read through `[]` and `get`."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__({key: track(value) for key, value in data.items()})
        self.read: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)


def track(value: Any) -> Any:
    if isinstance(value, dict):
        return Tracked(value)
    if isinstance(value, list):
        return [track(item) for item in value]
    return value


def unread(value: Any, path: Path_ = ()) -> Iterator[Path_]:
    """The path of every field that was never read, parents before children."""
    if isinstance(value, Tracked):
        for key, item in dict.items(value):
            if key not in value.read:
                yield path + (key,)
            else:
                yield from unread(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from unread(item, path + (index,))
