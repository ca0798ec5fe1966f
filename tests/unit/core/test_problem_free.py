"""A negated problem noun with nothing else wrong ("seit Jahren kein Problem", "todo llegó sin
ningún problema", "jamais eu de problème", "mai avuto un problema", "nunca tive problema") is no
complaint: praise with a track record or thanks, else a neutral remark (core/negated_problem.py,
applied in core/pipeline.py). A text that turns ("... bis gestern"), negates something else ("no
signal") or names another problem stays a complaint."""

from __future__ import annotations

import orjson
import pytest

from mentionflow.schema import Analysis, decode_raw_mention
from mentionflow.tools.scenarios import core_factory_from_settings

_CORE = core_factory_from_settings()()


def scored(text: str) -> Analysis:
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "schema_version": 1,
                "id": "t/1",
                "channel": "twitter",
                "text": text,
                "created_at": "2026-03-02T09:00:00Z",
                "author": {"id": "u1", "handle": "u1", "followers": 120, "verified": False},
            }
        )
    )
    return _CORE.score(_CORE.enrich(raw, 1772442000.0)).analysis


TRACK_RECORD = [
    "never had a single problem in four years with you guys",
    "nunca he tenido ni un problema en tres años",
    "client depuis 5 ans, jamais un problème",
    "seit drei Jahren nie ein Problem gehabt",
    "nessun problema da tre anni",
    "há quatro anos sem nenhum problema",
]
PLAIN = [
    "never had any issues with the app",
    "sin problema alguno",
    "jamais eu de soucis avec la livraison",
    "keinerlei Probleme mit der Lieferung",
    "nessun intoppo con la consegna",
    "chegou tudo sem problema nenhum",
]
STILL_A_COMPLAINT = [
    "never had an issue until today, now the app won't open",
    "ningún problema con la app pero me cobraron dos veces la factura",
    "jamais eu de problème avant, maintenant plus rien ne marche",
    "kein Problem bis gestern, seitdem kein Netz",
    "mai avuto un problema finché non è arrivata la bolletta sbagliata",
    "nunca tive problema até hoje, a internet caiu",
    "no problem with the delivery, no refund either",
    "el problema es que nadie contesta",
]


@pytest.mark.parametrize("text", TRACK_RECORD)
def test_a_track_record_without_problems_is_no_complaint(text: str) -> None:
    a = scored(text)
    assert a.intent in ("praise", "other") and a.label != "negative", (text, a.intent, a.label)


@pytest.mark.parametrize("text", PLAIN)
def test_a_negated_problem_alone_is_no_complaint(text: str) -> None:
    a = scored(text)
    assert a.intent in ("other", "praise") and a.severity is None, (text, a.intent, a.severity)


@pytest.mark.parametrize("text", STILL_A_COMPLAINT)
def test_a_turn_or_another_problem_stays_a_complaint(text: str) -> None:
    assert scored(text).intent == "complaint", text
