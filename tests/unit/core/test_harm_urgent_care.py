"""A rider's fall that ended at urgent care is harm; 'urgent' and 'care' apart are not."""

from __future__ import annotations

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def _harm(text: str) -> bool:
    return detect_harm(normalise(text), "en", brand_known=True).kind is not None


def test_urgent_care_visit_is_harm() -> None:
    assert _harm("@QuickEats your courier crashed into my gate and we drove him to urgent care")


def test_negative_controls() -> None:
    assert not _harm("@QuickEats I'm falling off my chair laughing at this ad")
    assert not _harm("@QuickEats the bike lane closed so my order is late, urgent please care more")
    assert not _harm("@QuickEats the app came off my phone's home screen after the update")
