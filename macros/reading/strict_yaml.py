"""A strict YAML reader for editors' data files.

Plain `yaml.safe_load` lets editors' mistakes through silently: duplicate keys
(the last one wins), YAML 1.1 guesses (`no` becomes False, `08` an octal-ish
string or int, `1_000` a thousand, `9.5` a binary float) and alias bombs. This
reader composes the YAML node tree with PyYAML and converts it itself, so that:

* every scalar is text, except plain `true`/`false`, `null` and whole numbers
  written as digits only, which become exact Python ints;
* duplicate keys, aliases, explicit tags and several documents are problems;
* the line and column of every value and key are kept, so a later check can
  name the exact place of a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from .data_file import read_text, text_for_checks
from .problems import Problem
from .text_safety import findings
from .yaml_syntax import syntax_problem

MAX_DEPTH = 50  # real files nest 5 deep; deeper input would exhaust the recursion limit

WHOLE_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)")
DEFAULT_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}

Path_ = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """A data file's content with the place of each value and key."""

    file: str
    data: Any
    first_line: str = ""
    value_at: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_at: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    raw_at: dict[Path_, str] = field(default_factory=dict)
    source: str = ""

    def place(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of a value, or of its key; the nearest parent if absent."""
        lookup = self.key_at if key else self.value_at
        while path:
            if path in lookup:
                return lookup[path]
            if path in self.value_at:
                return self.value_at[path]
            path = path[:-1]
        return self.value_at.get((), (1, 1))

    def raw(self, path: Path_) -> str | None:
        """The text of a scalar exactly as the editor typed it."""
        return self.raw_at.get(path)


class _NoImplicitResolver(BaseResolver):
    """Resolves nothing implicitly: all scalars arrive as text, we type them ourselves."""


class _StrictLoader(Reader, Scanner, Parser, Composer, _NoImplicitResolver):
    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _NoImplicitResolver.__init__(self)


# Both parsers compose an alias into the node it refers to, shared, not copied, so
# composing is cheap even for an alias bomb; `_convert` refuses any node it meets twice.
try:  # libyaml parses about ten times faster; the pure-Python parser is the fallback
    from yaml.cyaml import CParser

    class _FastStrictLoader(CParser, _NoImplicitResolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _NoImplicitResolver.__init__(self)

except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _FastStrictLoader = None  # type: ignore[assignment,misc]


class _AliasFound(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        self.mark = mark


def _pos(mark: yaml.Mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def load_yaml(path: Path, shown_as: str, *, partial: bool = False) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse one data file strictly; returns the document or the problems found (with
    partial=True also the document of a file whose text has problems but parses)."""
    text, problems = read_text(path, shown_as)
    if text is None:
        checkable = text_for_checks(path, shown_as) if partial and problems else None
        return (_parse(checkable, shown_as, partial=True)[0] if checkable else None), problems
    document, found = _parse(text, shown_as, partial=partial)
    problems += found
    return (document if partial or not problems else None), problems


def _parse(text: str, shown_as: str, *, partial: bool = False) -> tuple[YamlDocument | None, list[Problem]]:
    loader = (_FastStrictLoader or _StrictLoader)(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        return None, [syntax_problem(text, shown_as, error)]
    except RecursionError:
        return None, [Problem(shown_as, 1, 1, "", "het bestand is te diep genest", "maak de structuur vlakker")]
    except yaml.YAMLError as error:  # a reader error has no mark; the text checks should have caught it
        return None, [Problem(shown_as, 1, 1, "", f"het bestand kan niet gelezen worden als YAML ({error})",
                              "controleer of het gewone tekst is; typ verdachte tekens opnieuw")]
    finally:
        loader.dispose()
    if root is None:
        return None, [Problem(shown_as, 1, 1, "", "het bestand is leeg", "vul het bestand in of verwijder het")]
    document = YamlDocument(shown_as, None, text.split("\n", 1)[0].strip(), source=text)
    convert_problems: list[Problem] = []
    try:
        document.data = _convert(root, (), document, convert_problems, depth=0, seen=set())
    except _AliasFound as alias:
        line, column = _pos(alias.mark)
        return None, [Problem(
            shown_as, line, column, "", "verwijzingen met * (aliassen) zijn niet toegestaan",
            "schrijf de waarde voluit; '&naam' en '*naam' worden in deze bestanden niet gebruikt",
        )]
    if convert_problems:
        return (document if partial else None), convert_problems
    return document, []


def _convert(node: Node, path: Path_, doc: YamlDocument, problems: list[Problem], depth: int,
             seen: set[int], used_at: yaml.Mark | None = None) -> Any:
    # A node met twice is an alias (libyaml shares aliased nodes instead of raising);
    # report it where it is used, which is the place the editor must change.
    if id(node) in seen:
        raise _AliasFound(used_at or node.start_mark)
    seen.add(id(node))
    line, column = doc.value_at[path] = _pos(node.start_mark)
    if depth > MAX_DEPTH:
        problems.append(Problem(doc.file, line, column, "", "het bestand is te diep genest",
                                "maak de structuur vlakker"))
        return None
    if node.tag not in DEFAULT_TAGS:
        problems.append(Problem(
            doc.file, line, column, dotted(path), f"een expliciete YAML-tag ({node.tag}) is niet toegestaan",
            "verwijder de tag die met ! begint; schrijf alleen de waarde",
        ))
        return None
    if isinstance(node, ScalarNode):
        doc.raw_at[path] = node.value
        problems.extend(_escaped_value_problems(node, path, doc))
        return _scalar(node)
    if isinstance(node, SequenceNode):
        return [
            _convert(item, path + (index,), doc, problems, depth + 1, seen, node.start_mark)
            for index, item in enumerate(node.value)
        ]
    assert isinstance(node, MappingNode)
    result: dict[str, Any] = {}
    first_line: dict[str, int] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            kline, kcol = _pos(key_node.start_mark)
            problems.append(Problem(doc.file, kline, kcol, dotted(path), "een veldnaam moet gewone tekst zijn",
                                    "schrijf 'veldnaam: waarde'"))
            continue
        key = key_node.value
        kline, kcol = _pos(key_node.start_mark)
        if key in result:
            problems.append(Problem(
                doc.file, kline, kcol, dotted(path + (key,)),
                f"het veld '{key}' staat hier twee keer (ook op regel {first_line[key]})",
                "houd één van de twee over; YAML zou stilzwijgend alleen de laatste bewaren",
            ))
            continue
        first_line[key] = kline
        doc.key_at[path + (key,)] = (kline, kcol)
        result[key] = _convert(value_node, path + (key,), doc, problems, depth + 1, seen, key_node.start_mark)
    return result


def _escaped_value_problems(node: ScalarNode, path: Path_, doc: YamlDocument) -> list[Problem]:
    """The file's text passed text_safety, but an escape in double quotes ("\\u202e") can
    make a forbidden value out of harmless text, so such a value is checked as well."""
    if node.style != '"' or "\\" not in doc.source[node.start_mark.index:node.end_mark.index]:
        return []
    line, column = _pos(node.start_mark)
    return [Problem(doc.file, line, column, dotted(path), f"{message} (na omzetten van \\-codes)", hint)
            for _, message, hint in findings(node.value)]


def _scalar(node: ScalarNode) -> Any:
    """Type a scalar the YAML 1.2 way, but only where no surprise is possible."""
    if node.style in ('"', "'", "|", ">"):  # quoted or block text: always text ('' or None is plain)
        return node.value
    value = node.value
    if value in ("", "~", "null"):
        return None
    if value in ("true", "false"):
        return value == "true"
    if WHOLE_NUMBER.fullmatch(value):
        return int(value)
    return value


def dotted(path: Path_) -> str:
    """A path as editors read it: onderdelen[0].regels[2].bedrag."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


