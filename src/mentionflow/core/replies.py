"""Suggested first replies in the brand's voice, from the operator-edited ``data/replies.yaml``:
one text per recommended action (and per complaint category where it differs), per language,
filled with the case's help link. Nothing is generated at run time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from mentionflow.core.datafiles import Lazy, read_yaml

DEFAULT_REPLIES_PATH: Final = Path(__file__).resolve().parent.parent / "data" / "replies.yaml"
FALLBACK_LANGUAGE: Final = "en"


class RepliesError(ValueError):
    """The replies file is invalid; the message names the entry."""


class _Fill(dict[str, str]):
    def __missing__(self, key: str) -> str:  # an unknown placeholder stays as written
        return "{" + key + "}"


@dataclass(frozen=True, slots=True)
class ReplyBook:
    replies: Mapping[str, Mapping[str, str]]  # action -> language -> text
    by_category: Mapping[str, Mapping[str, Mapping[str, str]]]  # category -> action -> language -> text

    def suggest(
        self, action: str, category: str | None, language: str, handle: str, brand: str, link: str | None
    ) -> str | None:
        texts = (self.by_category.get(category or "") or {}).get(action) or self.replies.get(action)
        if not texts:
            return None
        text = texts.get(language) or texts.get(FALLBACK_LANGUAGE)
        if text is None or ("{link}" in text and not link):
            return None
        return text.format_map(_Fill(handle=handle, brand=brand, link=link or ""))


def _texts(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise RepliesError(f"{where}: expected language -> text")
    return dict(value)


def parse_replies(data: Any, source: str = "<replies>") -> ReplyBook:
    if not isinstance(data, Mapping) or not isinstance(data.get("replies"), Mapping):
        raise RepliesError(f"{source}: expected a mapping with 'replies'")
    replies = {str(a): _texts(t, f"{source}: replies.{a}") for a, t in data["replies"].items()}
    by_category: dict[str, dict[str, dict[str, str]]] = {}
    for category, actions in (data.get("by_category") or {}).items():
        if not isinstance(actions, Mapping):
            raise RepliesError(f"{source}: by_category.{category}: expected action -> language -> text")
        by_category[str(category)] = {
            str(a): _texts(t, f"{source}: by_category.{category}.{a}") for a, t in actions.items()
        }
    return ReplyBook(replies, by_category)


def load_replies(path: Path | None = None) -> ReplyBook:
    target = path or DEFAULT_REPLIES_PATH
    return parse_replies(read_yaml(target, RepliesError, "replies"), str(target))


_default = Lazy(load_replies)


def default_replies() -> ReplyBook:
    return _default.get()
