"""Reading a fact sheet safely, keeping the line of every fact.

A fact sheet comes from a newsroom's repository or a colleague's e-mail, so
it is read as untrusted YAML: safe loading only (no tags that build Python
objects), no aliases (a "billion laughs" alias bomb expands a few hundred
bytes into gigabytes), a nesting depth cap (deep nesting exhausts the stack)
and a size cap.  The YAML is composed into a node tree first so every key and
list item keeps its line: the errors a journalist sees read
``facts.yaml:7: people[0].age: ...`` and each fact's evidence is its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import ValidationError
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from reportcheck.errors import ReportcheckError
from reportcheck.facts.schema import (
    CountFact,
    DateFact,
    DistanceFact,
    FactSheet,
    MagnitudeFact,
    Person,
    TextFact,
    TimeFact,
)
from reportcheck.load.decode import decode_report_bytes, read_report_bytes

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

#: a fact sheet is a page of YAML; anything bigger is a mistake or an attack
MAX_FACTSHEET_BYTES = 1_000_000
#: a sheet nests three levels (people -> person -> age); deeper is refused
MAX_DEPTH = 20
#: the standard YAML tags a sheet may use; any other tag is refused
YAML_TAG = "tag:yaml.org,2002:"
ALLOWED_TAGS = {
    YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
#: how many validation problems one error line lists
MAX_PROBLEMS = 5

Location = tuple[str | int, ...]


class SheetProblem(Exception):
    """A problem at one line of the sheet, before it becomes a ReportcheckError."""

    def __init__(self, code: str, line: int, problem: str, where: str = ""):
        super().__init__(problem)
        self.code, self.line, self.problem, self.where = code, line, problem, where


@dataclass(frozen=True)
class LoadedFactSheet:
    """A validated sheet, its text, and the line of every key and list item."""

    path: str
    text: str
    sheet: FactSheet
    lines: dict[Location, int] = field(repr=False)

    def line_of(self, location: Location) -> int:
        """The line of ``location``, or of its nearest enclosing key."""
        return line_of(self.lines, location)

    def line_text(self, line: int) -> tuple[int, int, str]:
        """(start, end, text) of a 1-based line, offsets into ``text``."""
        return line_span(self.text, line)


def line_of(lines: dict[Location, int], location: Location) -> int:
    for end in range(len(location), 0, -1):
        if location[:end] in lines:
            return lines[location[:end]]
    return 1


def line_span(text: str, line: int) -> tuple[int, int, str]:
    start = 0
    for _ in range(line - 1):
        found = text.find("\n", start)
        if found < 0:
            break
        start = found + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return start, end, text[start:end].rstrip("\r")


def field_name(location: Location) -> str:
    """``("people", 0, "age")`` -> ``people[0].age``."""
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _SheetLoader(yaml.SafeLoader):
    """SafeLoader's composer, refusing aliases and nesting deeper than MAX_DEPTH."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise SheetProblem(
                "facts-unsafe",
                event.start_mark.line + 1,
                f"YAML aliases (*{event.anchor}) are not allowed in a fact sheet; write the value out",
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise SheetProblem(
                    "facts-unsafe", mark.line + 1, f"nested more than {MAX_DEPTH} levels deep; refused"
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _shown_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(YAML_TAG) if tag.startswith(YAML_TAG) else tag


def _scalar(node: ScalarNode, loader: _SheetLoader) -> Any:
    """A scalar as YAML types it, except where YAML 1.1 surprises a writer:
    ``12:00`` is not the base-60 number 720 and a timestamp stays as written."""
    if node.tag == YAML_TAG + "timestamp" or (":" in node.value and node.tag != YAML_TAG + "str"):
        return node.value
    return loader.construct_object(node)


def _to_data(node: Node, location: Location, lines: dict[Location, int], loader: _SheetLoader) -> Any:
    """Plain data from a node tree, recording the line of every key and item."""
    if node.tag not in ALLOWED_TAGS:
        raise SheetProblem(
            "facts-unsafe",
            node.start_mark.line + 1,
            f"the tag {_shown_tag(node.tag)} is not allowed; a fact sheet is plain YAML",
            field_name(location),
        )
    if isinstance(node, MappingNode):
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode) or key_node.tag != YAML_TAG + "str":
                raise SheetProblem("facts-invalid", line, "keys must be words", field_name(location))
            key = key_node.value
            if key in data:
                first = lines[(*location, key)]
                raise SheetProblem(
                    "facts-invalid",
                    line,
                    f"given twice (first on line {first})",
                    field_name((*location, key)),
                )
            lines[(*location, key)] = line
            data[key] = _to_data(value_node, (*location, key), lines, loader)
        return data
    if isinstance(node, SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            lines[(*location, index)] = item.start_mark.line + 1
            items.append(_to_data(item, (*location, index), lines, loader))
        return items
    assert isinstance(node, ScalarNode)
    return _scalar(node, loader)


def parse_sheet_yaml(text: str) -> tuple[Any, dict[Location, int]]:
    """The data of a sheet's YAML and the line of each key; SheetProblem if refused."""
    loader = _SheetLoader(text)
    try:
        root = loader.get_single_node()
        lines: dict[Location, int] = {}
        return (None if root is None else _to_data(root, (), lines, loader)), lines
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problem = " ".join(str(error.problem or error.context or "invalid YAML").split())
        raise SheetProblem("facts-invalid", line, f"not valid YAML: {problem}") from None
    finally:
        loader.dispose()


#: the model of each field's mapping, to list the keys it allows
FIELD_MODELS = {
    "place": TextFact,
    "date": DateFact,
    "time": TimeFact,
    "killed": CountFact,
    "injured": CountFact,
    "missing": CountFact,
    "arrested": CountFact,
    "people": Person,
    "distances": DistanceFact,
    "height": TextFact,
    "depth": TextFact,
    "magnitude": MagnitudeFact,
    "weapon": TextFact,
}


def _keys_of(model) -> str:
    """The keys a mapping of ``model`` takes, its value first."""
    keys = [f.alias or name for name, f in model.model_fields.items()]
    return ", ".join(sorted(keys, key=lambda key: key != "value"))


def _allowed_keys(location: Location) -> str:
    if len(location) == 1:
        return _keys_of(FactSheet)
    model = FIELD_MODELS.get(str(location[0]))
    return _keys_of(model) if model else ""


def _data_location(location: tuple, data: Any, error_type: str) -> Location:
    """The part of a pydantic error location that indexes the data; the rest
    names union members ("str", "TimeFact") and is left out."""
    out: list[str | int] = []
    node = data
    for position, part in enumerate(location):
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
        elif error_type == "missing" and position == len(location) - 1:
            pass
        else:
            continue
        out.append(part)
    return tuple(out)


def _problem_text(error: ErrorDetails, location: Location) -> tuple[Location, str]:
    """(where, what) for one pydantic error, in a journalist's words."""
    kind = error["type"]
    if kind == "missing":
        return location[:-1], f"'{location[-1]}' is required"
    if kind == "extra_forbidden":
        allowed = _allowed_keys(location)
        return location, "unknown key" + (f"; expected one of: {allowed}" if allowed else "")
    message = str(error["msg"]).removeprefix("Value error, ")
    return location, message[:1].lower() + message[1:]


def validation_problems(error: ValidationError, data: Any, lines: dict[Location, int]) -> list[SheetProblem]:
    """One problem per place in the sheet, in line order."""
    found: dict[Location, SheetProblem] = {}
    for item in error.errors():
        location = _data_location(item["loc"], data, item["type"])
        where, what = _problem_text(item, location)
        line = line_of(lines, location)
        found.setdefault(location, SheetProblem("facts-invalid", line, what, field_name(where)))
    return sorted(found.values(), key=lambda p: p.line)


def sheet_error(path: str, problems: list[SheetProblem]) -> ReportcheckError:
    """One ReportcheckError (one line) for one or more problems: ``file:line: field: problem``."""
    first, rest = problems[0], problems[1:]
    message = f"{first.where}: {first.problem}" if first.where else first.problem
    extra = [f"line {p.line}: {p.where}: {p.problem}" if p.where else p.problem for p in rest[:MAX_PROBLEMS]]
    if extra:
        message += "; also " + "; ".join(extra)
    if len(rest) > MAX_PROBLEMS:
        message += f" (and {len(rest) - MAX_PROBLEMS} more)"
    return ReportcheckError(first.code, message, f"{path}:{first.line}")


def validate_sheet(text: str, path: str) -> LoadedFactSheet:
    """Parse and validate a sheet's text; raise one ReportcheckError naming the line and field."""
    try:
        data, lines = parse_sheet_yaml(text)
    except SheetProblem as problem:
        raise sheet_error(path, [problem]) from None
    if data is None:
        raise ReportcheckError("facts-invalid", "holds no facts", path)
    if not isinstance(data, dict):
        what = "a list" if isinstance(data, list) else "a single value"
        raise ReportcheckError(
            "facts-invalid",
            f"a fact sheet is a mapping of facts (place:, time:, injured: ...), not {what}",
            path,
        )
    try:
        sheet = FactSheet.model_validate(data)
    except ValidationError as error:
        raise sheet_error(path, validation_problems(error, data, lines)) from None
    if not sheet.model_dump(exclude={"incident"}, exclude_defaults=True):
        raise ReportcheckError("facts-invalid", "holds no facts to check (place:, time:, injured: ...)", path)
    return LoadedFactSheet(path, text, sheet, lines)


def load_factsheet(path: str | Path) -> LoadedFactSheet:
    """Read, decode, parse and validate the fact sheet at ``path``."""
    shown = str(path)
    data = read_report_bytes(Path(path), max_bytes=MAX_FACTSHEET_BYTES)
    text = decode_report_bytes(data, shown).text
    return validate_sheet(text, shown)
