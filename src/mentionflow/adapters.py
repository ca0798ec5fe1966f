"""Adapters: platform-native payloads and public data-set rows to raw mention v1 dicts.

An adapter never validates: it maps shapes, and ``schema.raw_mention_from_dict`` decides.
Rows it cannot map raise ``AdapterError`` with the reason, so a replay can report them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

import orjson


class AdapterError(ValueError):
    """A payload or row that no adapter can map."""


def _twitter_time(value: str) -> str:
    """'Tue Oct 31 22:10:47 +0000 2017' (v1.1 / TWCS) or '2015-02-24 11:35:52 -0800' to ISO-8601."""
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S %z", "%a %b %d %H:%M:%S %Z %Y"):
        try:
            return datetime.strptime(value.strip(), fmt).isoformat()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise AdapterError(f"unrecognised timestamp {value[:40]!r}") from None


def from_x_v2(payload: Mapping[str, Any]) -> dict[str, Any]:
    """An X/Twitter API v2 tweet (``{"data": {...}, "includes": {"users": [...]}}`` or the bare
    ``data`` object) to a raw mention."""
    data = payload.get("data", payload)
    if not isinstance(data, Mapping) or "id" not in data or "text" not in data:
        raise AdapterError("not an X v2 tweet: needs data.id and data.text")
    users = {u.get("id"): u for u in (payload.get("includes") or {}).get("users", []) if isinstance(u, Mapping)}
    author_id = str(data.get("author_id") or "")
    user = users.get(author_id, {})
    metrics = user.get("public_metrics") or {}
    tweet_metrics = data.get("public_metrics") or {}
    reposted = replied = None
    for ref in data.get("referenced_tweets") or []:
        if ref.get("type") == "retweeted":
            reposted = str(ref.get("id"))
        elif ref.get("type") == "replied_to":
            replied = str(ref.get("id"))
    handle = user.get("username") or author_id
    # The answered tweet's author: a reply to a brand's account is the brand's, on any partition.
    replied_user = users.get(str(data.get("in_reply_to_user_id") or ""), {}).get("username") if replied else None
    return {
        "schema_version": 1,
        "id": f"tw-{data['id']}",
        "channel": "twitter",
        "text": data["text"],
        "created_at": data.get("created_at"),
        "author": {
            "id": f"tw-{author_id}",
            "handle": handle,
            "followers": metrics.get("followers_count"),
            "verified": bool(user.get("verified", False)),
        },
        "url": f"https://x.com/{handle}/status/{data['id']}",
        "lang": data.get("lang") if data.get("lang") not in (None, "und", "qme", "zxx") else None,
        "in_reply_to": f"tw-{replied}" if replied else None,
        "in_reply_to_handle": replied_user,
        "reposted_id": f"tw-{reposted}" if reposted else None,
        "engagement": {
            "likes": tweet_metrics.get("like_count", 0),
            "reposts": tweet_metrics.get("retweet_count", 0),
            "replies": tweet_metrics.get("reply_count", 0),
        },
    }


def _airline(row: Mapping[str, str]) -> dict[str, Any]:
    handle = row.get("name") or "unknown"
    return {
        "id": f"tw-{row['tweet_id']}",
        "channel": "twitter",
        "text": row["text"],
        "created_at": _twitter_time(row["tweet_created"]),
        "author": {"id": f"tw-user-{handle}", "handle": handle},
        "brand": row.get("airline") or None,
    }


def _twcs(row: Mapping[str, str]) -> dict[str, Any]:
    reply_to = row.get("in_response_to_tweet_id") or ""
    return {
        "id": f"tw-{row['tweet_id']}",
        "channel": "twitter",
        "text": row["text"],
        "created_at": _twitter_time(row["created_at"]),
        "author": {"id": f"tw-{row['author_id']}", "handle": row["author_id"]},
        "in_reply_to": f"tw-{reply_to.split('.')[0]}" if reply_to else None,
    }


def _sentiment140(row: Mapping[str, str]) -> dict[str, Any]:
    return {
        "id": f"tw-{row['id']}",
        "channel": "twitter",
        "text": row["text"],
        "created_at": _twitter_time(row["date"].replace(" UTC ", " +0000 ")),
        "author": {"id": f"tw-user-{row['user']}", "handle": row["user"]},
        "brand": row.get("query") or None,
    }


# Each known CSV shape: the columns that identify it, and its mapper.
_CSV_SHAPES = (
    ({"tweet_id", "airline", "text", "tweet_created"}, _airline),
    ({"tweet_id", "author_id", "inbound", "created_at", "text"}, _twcs),
    ({"polarity", "id", "date", "query", "user", "text"}, _sentiment140),
)


def csv_mentions(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Rows of a known CSV export (airline sentiment, TWCS, Sentiment140) as raw mentions."""
    reader = csv.DictReader(lines)
    columns = set(reader.fieldnames or ())
    mapper = next((m for needed, m in _CSV_SHAPES if needed <= columns), None)
    if mapper is None:
        raise AdapterError(f"unknown CSV shape with columns {sorted(columns)}")
    for row in reader:
        if (row.get("inbound") or "True") == "False":
            continue  # TWCS: the brand's own replies are not mentions
        yield mapper(row)


def csv_text(data: str) -> Iterator[dict[str, Any]]:
    return csv_mentions(io.StringIO(data, newline=""))


def twitter_lines(lines: Iterable[bytes]) -> Iterator[dict[str, Any]]:
    for line in lines:
        if line.strip():
            yield from_x_v2(orjson.loads(line))
