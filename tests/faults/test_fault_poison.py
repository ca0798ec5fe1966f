"""Fault 4: poison messages interleaved with good ones.

Invalid records (bad bytes, bad JSON, wrong types, an unknown schema version, a 1 MB text, JSON
nested past the parser's limit, an empty record, a tombstone) each go to the dead-letter topic
with their reason and origin, and the worker keeps going. Hostile but valid mentions (control
characters, bidi overrides and other invisible format characters in the text and the handle, a
text of only emoji, right-to-left text, deeply nested unknown fields) become cases, with the
case text and handle sanitised.
"""

from __future__ import annotations

import random

import orjson

from harness import (
    _BASE_TIME,
    UNSAFE_CHARS,
    Collector,
    Dataset,
    Feeder,
    Item,
    Workers,
    build_dataset,
    final_accounting,
    mention_dict,
    observed,
    read_complete,
    record_row,
)

HOSTILE = (
    "\u202eevil\u202c \u2066iso\u2069 \u200fr\u200el \u061calm \x00nul\x07bel\x1b[31mansi\x7f\x85nel \u200bzw\ufeffbom"
)


def poison_items() -> list[Item]:
    def valid(mid: str, text: str, *, handle: str | None = None, **extra: object) -> Item:
        record = mention_dict(mid, mid, text, _BASE_TIME, **extra)
        if handle is not None:
            record["author"]["handle"] = handle
        sanitise = bool(UNSAFE_CHARS.search(text + (handle or "")))
        return Item(orjson.dumps(record), mid.encode(), f"valid:{mid}", mid, case_root=mid, sanitise=sanitise)

    def bad(label: str, payload: bytes | None, code: str) -> Item:
        key = b"p-tombstone" if payload is None else None  # a record needs a key or a value
        return Item(payload, key, f"invalid:{label}", dlq_code=code)

    nested = {"x": 1}
    for _ in range(200):
        nested = {"x": nested}
    huge_text = "a" * (1 << 20)
    return [
        bad("invalid_utf8", b'{"id": "p-utf8", "text": "\xc3\x28 \xff\xfe"}', "malformed_json"),
        bad("invalid_utf8_binary", bytes(range(256)) * 4, "malformed_json"),
        bad("invalid_json", b'{"id": "p-json", "text": "unterminated', "malformed_json"),
        bad("trailing_garbage", orjson.dumps(mention_dict("p-trail", "p", "hi", _BASE_TIME)) + b"}{", "malformed_json"),
        bad("empty_record", b"", "malformed_json"),
        bad("tombstone", None, "malformed_json"),
        bad(
            "wrong_type_followers",
            orjson.dumps(
                mention_dict("p-wt1", "p", "hi", _BASE_TIME)
                | {"author": {"id": "a", "handle": "h", "followers": "many"}}
            ),
            "invalid_field",
        ),
        bad(
            "wrong_type_id", orjson.dumps(mention_dict("p-wt2", "p", "hi", _BASE_TIME) | {"id": 12345}), "invalid_field"
        ),
        bad(
            "wrong_type_text",
            orjson.dumps(mention_dict("p-wt3", "p", "hi", _BASE_TIME) | {"text": ["a", "b"]}),
            "invalid_field",
        ),
        bad(
            "wrong_type_verified",
            orjson.dumps(
                mention_dict("p-wt4", "p", "hi", _BASE_TIME) | {"author": {"id": "a", "handle": "h", "verified": "yes"}}
            ),
            "invalid_field",
        ),
        bad(
            "bad_timestamp",
            orjson.dumps(mention_dict("p-ts", "p", "hi", _BASE_TIME) | {"created_at": "yesterday"}),
            "invalid_field",
        ),
        bad(
            "unknown_schema_version",
            orjson.dumps(mention_dict("p-v2", "p", "hi", _BASE_TIME, schema_version=2)),
            "unsupported_schema_version",
        ),
        bad("1MB_text", orjson.dumps(mention_dict("p-1mb", "p", huge_text, _BASE_TIME)), "payload_too_large"),
        bad("text_over_limit", orjson.dumps(mention_dict("p-20k", "p", "b" * 20_001, _BASE_TIME)), "invalid_field"),
        bad("deeply_nested_json", b'{"id": "p-deep", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "malformed_json"),
        valid("p-hostile", HOSTILE + " @SkyLarkAir flight ok", handle="\u202enuf\u202c_\u200fbidi\x00user"),
        # Texts that name no brand are comments read from the brand's own page: the producer says
        # whose (a mention with no brand at all is never a case).
        valid("p-bidi-only", "\u202e\u202d\u202c\u2066\u2067\u2068\u2069 ok", brand="brightbank"),
        valid("p-controls", "line1\nline2\ttab\r\x01\x02\x03\x1f end", brand="parcelo"),
        valid(
            "p-emoji",
            "😡😡😡🔥✈️💔👎🏽🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
            brand="skylark-air",
        ),
        valid("p-rtl", "שירות גרוע מאוד של @SkyLarkAir الرحلة تأخرت ثلاث ساعات"),
        valid("p-nested-extra", "@NimbusHelp signal fine today, thanks", extra=nested),
        valid("p-max-text", "c " * 9_999 + "d", brand="nimbus-mobile"),
        valid(
            "p-huge-followers",
            "@ParceloEats love the new menu",
            author={"id": "a-p-hf", "handle": "big", "followers": 10**18, "verified": True},
        ),
    ]


async def test_poison_messages_interleaved(kafka_bootstrap: str, topic_prefix: str, workers: Workers) -> None:
    good = build_dataset("px", 300, n_reposts=5, n_near_dups=5)
    poison = poison_items()
    items = list(good.items)
    rng = random.Random(4)
    for item in poison:  # spread the poison through the good stream
        items.insert(rng.randrange(len(items) + 1), item)
    ds = Dataset(items)
    await workers.start("worker")
    collector = await Collector(kafka_bootstrap, topic_prefix).start()
    feeder = Feeder(kafka_bootstrap, topic_prefix, ds, rate=200).start()
    async with observed(workers, collector):
        await feeder.wait()
        took = await collector.wait_covered(ds, timeout=120)
    acc = await final_accounting(kafka_bootstrap, topic_prefix, ds, feeder)

    # The hostile-but-valid mentions: cases, sanitised, visible text kept.
    cases, letters = await read_complete(kafka_bootstrap, topic_prefix)
    by_mention = {m: c for c in cases for m in c["mention_ids"]}
    hostile = by_mention["p-hostile"]
    assert not UNSAFE_CHARS.search(hostile["text"]) and not UNSAFE_CHARS.search(hostile["author"]["handle"])
    assert "evil" in hostile["text"] and "ansi" in hostile["text"] and "flight ok" in hostile["text"]
    assert hostile["author"]["handle"] == "nuf_bidiuser"
    assert by_mention["p-controls"]["text"].startswith("line1\nline2\ttab")
    assert by_mention["p-emoji"]["text"].startswith("😡😡😡")
    assert len(by_mention["p-max-text"]["text"]) == 5000  # case text is capped
    big = next(
        d
        for d in letters
        if d["source"]["offset"] == feeder.sent[ds.items.index(poison[12])][1]
        and d["source"]["partition"] == feeder.sent[ds.items.index(poison[12])][0]
    )
    assert big["payload_bytes"] > 1 << 20 and big["payload_truncated"] is True
    sanitised = sum(1 for i in ds.valid if i.sanitise)
    record_row(
        "poison records interleaved with good ones",
        acc,
        f"none needed (no stall; all done {took:.1f}s after the last record was sent)",
        f"{len(poison)} hostile records: {sum(1 for p in poison if not p.valid)} invalid kinds, "
        f"{sum(1 for p in poison if p.valid)} hostile-but-valid ({sanitised} with control/bidi characters, sanitised)",
    )
    acc.assert_ok()
