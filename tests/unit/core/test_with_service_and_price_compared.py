"""A span beside a service one is "with" ("llevo 3 días con fibra 👏", "da 3 giorni con la fibra")
measures a service newly had, not an outage for days (core/clap_states.py); a word for twice
that multiplies a price ("paid twice as much", "pagué dos veces más") is a price complaint, not
a double charge (core/charges.py, applied in core/pipeline.py). Charges counted twice and a
service gone for days stay major."""

from __future__ import annotations

import orjson
import pytest

from mentionflow.core.charges import price_compared
from mentionflow.core.clap_states import service_newly_had
from mentionflow.core.text import normalise
from mentionflow.schema import Analysis, decode_raw_mention
from mentionflow.tools.scenarios import core_factory_from_settings

_CORE = core_factory_from_settings()()


def scored(text: str) -> Analysis:
    """The score stage's analysis of one mention, as the pipeline makes it."""
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


WITH_SERVICE = [
    "Llevo tres días con fibra por fin 👏",
    "Llevo 3 días con la fibra nueva 👏",
    "Depuis 3 jours avec la fibre 👏",
    "Seit 3 Tagen mit Glasfaser 👏",
    "Da 3 giorni con la fibra 👏",
    "Há 3 dias com fibra nova 👏",
]
SERVICE_GONE = [
    "Llevo 3 días sin fibra 👏",
    "Llevo tres días con la fibra caída",
    "Depuis 3 jours avec la fibre coupée",
    "Seit 3 Tagen ohne Glasfaser",
    "Tre giorni con la rete che va e viene",
    "Há 3 dias com a fibra em baixo",
    "3 days with the wifi down 👏",
]


@pytest.mark.parametrize("text", WITH_SERVICE)
def test_a_span_with_a_service_had_is_no_major_complaint(text: str) -> None:
    assert service_newly_had(normalise(text).tokens), text
    a = scored(text)
    assert a.intent != "complaint" and a.severity is None, (text, a.intent, a.severity)


@pytest.mark.parametrize("text", SERVICE_GONE)
def test_a_service_gone_for_days_stays_major(text: str) -> None:
    assert not service_newly_had(normalise(text).tokens), text
    a = scored(text)
    assert a.intent == "complaint" and a.severity == "major", (text, a.intent, a.severity)


PRICE_COMPARED = [
    "@SkyLarkAir I paid twice as much as the guy next to me for the same seat",
    "@NimbusMobile me cobran dos veces más que a mi hermana por la misma tarifa",
    "@NimbusMobile j'ai payé deux fois plus cher que mon voisin pour le même forfait",
    "@NimbusMobile ich zahle zweimal so viel wie meine Schwester für denselben Tarif",
    "@NimbusMobile pago due volte di più di mia sorella per la stessa offerta",
    "@NimbusMobile pago duas vezes mais do que a minha irmã pelo mesmo plano",
]
CHARGED_TWICE = [
    "@SkyLarkAir you charged me twice for the same seat upgrade",
    "@NimbusMobile me cobrasteis dos veces la misma factura",
    "@NimbusMobile vous m'avez prélevé deux fois le même mois",
    "@NimbusMobile ihr habt die Rechnung zweimal abgebucht",
    "@NimbusMobile mi avete addebitato due volte la stessa bolletta",
    "@NimbusMobile cobraram duas vezes a mesma mensalidade",
    # a double charge and a price compared: the charge keeps it major
    "@SkyLarkAir charged twice for my bag, and twice as much as last year",
]


@pytest.mark.parametrize("text", PRICE_COMPARED)
def test_a_price_compared_is_a_minor_complaint(text: str) -> None:
    assert price_compared(normalise(text).tokens), text
    a = scored(text)
    assert a.intent == "complaint" and a.severity == "minor", (text, a.intent, a.severity)


@pytest.mark.parametrize("text", CHARGED_TWICE)
def test_a_charge_taken_twice_stays_major(text: str) -> None:
    a = scored(text)
    assert a.intent == "complaint" and a.severity == "major", (text, a.intent, a.severity)


def test_price_compared_reader() -> None:
    assert price_compared(normalise("paid twice the price").tokens)
    assert not price_compared(normalise("charged twice for one order").tokens)
    assert not price_compared(normalise("2x points on every payment as usual").tokens)
