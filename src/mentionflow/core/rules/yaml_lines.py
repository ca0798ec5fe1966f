"""YAML with line numbers: plain values, plus where every mapping entry and list item was.

Only the safe YAML tags; no merge keys, no complex keys, no duplicate keys; a cap on nesting
and on the values aliases expand to, so a typo or a hostile file stays one error line.
"""

from __future__ import annotations

from typing import Any, Final

import yaml

from mentionflow.core.rules.errors import ErrorContext

MAX_YAML_NODES: Final = 200_000  # aliases can multiply nodes ("billion laughs")
MAX_YAML_DEPTH: Final = 64


class YamlMap(dict[str, Any]):
    """A YAML mapping that remembers where it and each of its entries are."""

    line: int
    lines: dict[str, tuple[int, int]]  # key -> (key line, value line)


class YamlSeq(list[Any]):
    """A YAML list that remembers where it and each of its items are."""

    line: int
    item_lines: list[int]


def compose(ctx: ErrorContext, text: str) -> Any:
    """Parse YAML into plain values, keeping the line of every mapping entry and list item."""
    try:
        # The constructor already reads the text: a ReaderError (a form feed in a comment)
        # comes from here, not from get_single_node.
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1 if isinstance(exc.position, int) else None
        raise ctx.fail(line, f"YAML syntax error: {exc.reason} (character #x{exc.character:04x})") from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise ctx.fail(None, "the file is empty")
        budget = [MAX_YAML_NODES]
        return _convert(ctx, loader, node, 0, budget)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        what = "YAML value not allowed" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error"
        raise ctx.fail(mark.line + 1 if mark else None, f"{what}: {problem}") from None
    except yaml.YAMLError as exc:
        raise ctx.fail(None, f"YAML syntax error: {exc}") from None
    except RecursionError:  # PyYAML's composer recurses per level, before _convert can count them
        raise ctx.fail(None, f"nested deeper than {MAX_YAML_DEPTH} levels") from None
    finally:
        loader.dispose()


def _convert(ctx: ErrorContext, loader: yaml.SafeLoader, node: yaml.Node, depth: int, budget: list[int]) -> Any:
    line = node.start_mark.line + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise ctx.fail(line, "the file expands to too many values (aliases?)")
    if depth > MAX_YAML_DEPTH:
        raise ctx.fail(line, f"nested deeper than {MAX_YAML_DEPTH} levels")
    if isinstance(node, yaml.MappingNode):
        mapping = YamlMap()
        mapping.line, mapping.lines = line, {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise ctx.fail(key_line, "keys must be plain names (no complex keys, no '<<' merges)")
            key = key_node.value  # the text as written: 'on'/'no' stay names, not booleans
            if key in mapping:
                raise ctx.fail(key_line, f"duplicate key '{key}' (first on line {mapping.lines[key][0]})")
            mapping[key] = _convert(ctx, loader, value_node, depth + 1, budget)
            mapping.lines[key] = (key_line, value_node.start_mark.line + 1)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        seq = YamlSeq()
        seq.line, seq.item_lines = line, []
        for item in node.value:
            seq.append(_convert(ctx, loader, item, depth + 1, budget))
            seq.item_lines.append(item.start_mark.line + 1)
        return seq
    return loader.construct_object(node)  # scalars: null, bool, int, float, str (safe tags only)
