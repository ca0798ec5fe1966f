"""SLA clock follow-ups: a "still waiting" in each language tightens the case, a polite follow-up
without a wait does not; a French "HS" (hors service) box or app is an outage; lateness on arrival
is measured against the case's own SLA."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise
from mentionflow.schema import decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-11-20T09:00:00Z")
RANK = {"P1": 1, "P2": 2, "P3": 3, "P4": 4}
SLA_S = {"P1": 900, "P2": 3600, "P3": 14400, "P4": 86400}


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _post(core: Pipeline, mention_id: str, text: str, at: float = 0, delay: float = 0, **extra: Any) -> dict[str, Any]:
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": mention_id,
                "channel": "twitter",
                "text": text,
                "created_at": utc_iso(T0 + at),
                "author": {"id": "c1", "handle": "c1"},
                **extra,
            }
        )
    )
    now = T0 + at + delay
    unique = core.dedup(core.score(core.enrich(raw, now)), now)
    out = [r for r in [core.route(unique, now), *core.escalations(unique, now)] if r is not None]
    assert out
    return dict(orjson.loads(encode(out[0])))


def _core(template: Pipeline) -> Pipeline:
    return Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp je suis toujours en attente d'un technicien",
        "@NimbusHelp encore en attente, personne ne rappelle",
        "@NimbusHelp continuo à espera do técnico desde sexta",
        "@NimbusHelp ainda à espera que alguém me ligue",
        "@NimbusHelp sigo esperando al técnico",
        "@NimbusHelp warte immer noch auf den Techniker",
        "@NimbusHelp sono ancora in attesa del tecnico",
        "@NimbusHelp still waiting on the engineer",
    ],
)
def test_still_waiting_in_every_language_is_a_waiting_signal(text: str) -> None:
    assert "waiting" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp ma commande est en attente de validation, c'est normal ?",
        "@NimbusHelp fico à espera da vossa resposta, obrigado",
        "@NimbusHelp merci, je vous envoie le numéro de contrat en privé",
    ],
)
def test_a_pending_status_or_polite_follow_up_is_no_wait(text: str) -> None:
    assert "waiting" not in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp ma box est HS depuis ce matin, voyant orange qui clignote",
        "@NimbusHelp réseau HS dans tout le quartier depuis midi",
        "@NimbusHelp l'appli est HS, impossible de me connecter",
    ],
)
def test_a_french_hs_box_or_service_is_an_outage(template: Pipeline, text: str) -> None:
    case = _post(_core(template), "m1", text)
    assert case["intent"] == "complaint" and case["category"] == "outage"


def test_hs_as_a_code_or_part_of_a_word_is_no_outage(template: Pipeline) -> None:
    texts = ("@NimbusHelp c'est quoi le code HS2024 sur ma facture ?", "@NimbusHelp le forfait HSX existe encore ?")
    for text in texts:
        assert _post(_core(template), "m1", text)["category"] != "outage"


def test_a_still_waiting_follow_up_to_an_outage_tightens_the_clock(template: Pipeline) -> None:
    core = _core(template)
    first = _post(core, "m1", "@NimbusHelp plus d'internet depuis hier soir, box HS, on télétravaille tous les deux")
    chase_text = "@NimbusHelp 3h après, toujours en attente, c'est sérieux ?"
    chase = _post(core, "m2", chase_text, at=3 * 3600, in_reply_to="m1")
    assert chase["case_id"] == first["case_id"]
    assert RANK[chase["priority"]] < RANK[first["priority"]]
    assert parse_time(chase["sla_due_at"]) <= parse_time(first["sla_due_at"])
    # The clock is the customer's: the first post's SLA, never loosened by the chase.
    assert parse_time(first["sla_due_at"]) == T0 + SLA_S[first["priority"]]


def test_a_polite_follow_up_without_a_wait_keeps_the_priority(template: Pipeline) -> None:
    core = _core(template)
    first = _post(core, "m1", "@NimbusHelp ma box est HS depuis ce matin, voyant rouge")
    calm = _post(core, "m2", "@NimbusHelp voici mon numéro de client : 4471", at=600, in_reply_to="m1")
    assert calm["case_id"] == first["case_id"]
    assert calm["priority"] == first["priority"] and calm["sla_due_at"] == first["sla_due_at"]


def test_late_on_arrival_is_past_the_cases_own_sla(template: Pipeline) -> None:
    text = "@NimbusHelp ma box est HS depuis ce matin, voyant rouge"
    fresh = _post(_core(template), "m1", text, delay=60)
    assert fresh["late_on_arrival"] is False  # a fresh mention is not late
    sla = SLA_S[fresh["priority"]]
    assert _post(_core(template), "m1", text, delay=sla - 60)["late_on_arrival"] is False
    assert _post(_core(template), "m1", text, delay=sla + 60)["late_on_arrival"] is True
