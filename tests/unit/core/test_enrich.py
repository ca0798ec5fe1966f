"""Which brand a mention is about: the platform's word, a named brand, then a product word."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.catalog import Catalog, load_catalog
from mentionflow.core.enrich import enrich
from mentionflow.schema import RawMention, decode_raw_mention
from mentionflow.settings import Settings


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    settings = Settings()
    return load_catalog(settings.path_or_packaged(settings.catalog_file, "catalog.yaml"))


def mention(text: str, **extra: Any) -> RawMention:
    record = {
        "id": "m1",
        "created_at": "2026-11-24T10:00:00Z",
        "channel": "twitter",
        "text": text,
        "author": {"id": "a1", "handle": "someone"},
        **extra,
    }
    return decode_raw_mention(orjson.dumps(record))


def test_a_product_word_does_not_override_the_platforms_brand(catalog: Catalog) -> None:
    # The airline dataset tags each tweet with its airline; "flight" is also a SkyLark product alias.
    e = enrich(mention("@VirginAmerica left my headphones on flight 89", brand="Virgin America"), catalog, {}, 0.0)
    assert e.enrichment.brand == "Virgin America"
    assert e.enrichment.entities.brands == []
    assert e.enrichment.entities.products == ["flights"]


def test_a_named_brand_beats_a_product_word(catalog: Catalog) -> None:
    e = enrich(mention("my Nimbus bill is wrong and my flight was late"), catalog, {}, 0.0)
    assert e.enrichment.brand == "nimbus-mobile"
    assert e.enrichment.entities.brands == ["nimbus-mobile"]


def test_a_product_word_alone_still_attributes_the_mention(catalog: Catalog) -> None:
    e = enrich(mention("the Lark Rewards points never arrived"), catalog, {}, 0.0)
    assert e.enrichment.brand == "skylark-air"
    assert e.enrichment.entities.brands == ["skylark-air"]
    assert "lark-rewards" in e.enrichment.entities.products


def test_a_catalog_brand_given_by_the_platform_resolves_to_its_id(catalog: Catalog) -> None:
    e = enrich(mention("where is my bag", brand="SkyLark Air"), catalog, {}, 0.0)
    assert e.enrichment.brand == "skylark-air"


def test_a_short_text_keeps_a_confident_language_guess(catalog: Catalog) -> None:
    # Too short to be `lang_reliable`, but the detector is sure: scored as Spanish, not "und"
    # (which would send it to review_in_language or score it as English).
    short = enrich(mention("@ParceloHelp la hamburguesa fría"), catalog, {}, 0.0)
    assert short.enrichment.lang == "es" and not short.enrichment.lang_reliable
    unsure = enrich(mention("@NimbusHelp atendimento demorado"), catalog, {}, 0.0)
    assert unsure.enrichment.lang == "und"
