"""A bare verdict at the brand that names nothing ("you lot are so bad", one vent word) is venting:
a complaint from a first-timer, listened to from a repeat complainer. Very short vents keep their
supported language even when the language model guesses an unsupported one."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "@Acme you lot are so bad",
        "@Acme vous êtes mauvais",
        "@Acme siete proprio scarsi",
        "@Acme vocês são muito ruins",
        "@Acme schrecklich",
    ],
)
def test_bare_verdict_is_venting(text: str) -> None:
    result = run(text)
    assert result.intent in ("complaint", "rant")
    assert result.intent == "rant" or "venting" in result.cues


@pytest.mark.parametrize(
    "text",
    [
        "@Acme my parcel never arrived",
        "@Acme is the app down?",
        "@Acme el pedido llegó frío y tarde otra vez",
        "@Acme still bad, you never learn, same every single week honestly mate",
        "@Acme great job today",
    ],
)
def test_named_problem_or_long_text_is_not_bare_venting(text: str) -> None:
    assert "venting" not in run(text).cues


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@Acme encore nul", "fr"),
        ("@Acme nul", "fr"),
        ("@Acme grauenhaft", "de"),
        ("@Acme lächerlich", "de"),
    ],
)
def test_short_vent_keeps_its_language(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_short_unsupported_text_without_vent_word_stays_unsupported() -> None:
    assert detect_language("@Acme buna ziua").code not in ("en", "es", "fr", "de", "it", "pt")


@pytest.mark.parametrize(
    "text",
    ["@Acme grauenhaft", "@Acme encore nulle", "@Acme encore nul", "@Acme schrecklich"],
)
def test_lone_vent_word_is_negative(text: str) -> None:
    assert run(text).intent in ("complaint", "rant")


def _mention(mid: str, at: int, text: str) -> dict[str, Any]:
    author = {"id": "grumpy_g", "handle": "grumpy_g", "followers": 80, "verified": False}
    text = text.replace("@Acme", "@ParceloHelp")  # a brand in the packaged catalog
    return {"id": mid, "at": at, "channel": "twitter", "author": author, "text": text}


def _final(texts: list[str]) -> dict[str, Any]:
    day = 86400
    scenario = {"id": "bare", "mentions": [_mention(f"m{i}", i * 2 * day, t) for i, t in enumerate(texts)]}
    run_ = run_scenario(core_factory_from_settings(), scenario)
    last = f"bare/m{len(texts) - 1}"
    return next(c for c in run_["cases"].values() if last in c["mention_ids"])


def test_repeat_complainer_bare_verdict_is_listened_to() -> None:
    case = _final(
        ["@Acme awful", "@Acme still awful", "@Acme grauenhaft", "@Acme schrecklich", "@Acme you lot are so bad"]
    )
    assert case["repeat_complainer"] is True
    assert case["recommended_action"]["code"] == "listen_only"
    assert case["priority"] == "P4"


def test_repeat_complainer_new_problem_is_answered() -> None:
    case = _final(
        ["@Acme awful", "@Acme still awful", "@Acme grauenhaft", "@Acme schrecklich", "@Acme my parcel never arrived"]
    )
    assert case["repeat_complainer"] is True
    assert case["recommended_action"]["code"] not in ("listen_only", "drop")
