"""Incidents and near-duplicates across languages, end to end (enrich, analyse, dedup): a
Spanish, French, German, Italian or Portuguese report of an outage joins the English incident."""

from __future__ import annotations

import time
from typing import Any

import pytest

from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import RawMention, raw_mention_from_dict
from mentionflow.settings import load_settings

ENGLISH = [
    "@NimbusHelp no signal since this morning, is the network down?",
    "@NimbusHelp my phone has had no signal for hours, network down again",
    "@NimbusHelp network outage? no signal, can't call anyone",
]
# No place name, number or product in common with the English reports: only the meaning.
REPORTS = {
    "es": [
        "@NimbusHelp sin señal desde esta mañana, ¿la red está caída?",
        "@NimbusHelp ¿hay una avería? no puedo llamar a nadie, sin señal",
    ],
    "fr": [
        "@NimbusHelp pas de réseau depuis ce matin, c'est une panne ?",
        "@NimbusHelp impossible d'appeler qui que ce soit, panne réseau ?",
    ],
    "de": [
        "@NimbusHelp kein Netz seit heute Morgen, gibt es eine Störung?",
        "@NimbusHelp Netzausfall? Ich kann niemanden anrufen",
    ],
    "it": [
        "@NimbusHelp niente rete da stamattina, c'è un guasto?",
        "@NimbusHelp disservizio? non riesco a chiamare nessuno",
    ],
    "pt": [
        "@NimbusHelp sem sinal desde hoje de manhã, a rede caiu?",
        "@NimbusHelp a rede está fora do ar? não consigo ligar para ninguém",
    ],
}


def raw(i: int, text: str, author: str | None = None) -> RawMention:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": f"x{i}",
        "channel": "twitter",
        "text": text,
        "created_at": f"2026-11-20T09:{i:02d}:00Z",
        "author": {"id": author or f"u{i}", "handle": f"h{i}", "followers": 10, "verified": False},
    }
    return raw_mention_from_dict(record)


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_report_in_another_language_joins_the_english_incident(lang: str) -> None:
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    for i, text in enumerate(ENGLISH):
        unique, _ = core.run(raw(i, text), now + i)
    incident = unique.dedup.incident_id
    assert incident is not None
    for j, text in enumerate(REPORTS[lang], start=10):
        unique, _ = core.run(raw(j, text), now + j)
        assert unique.enrichment.lang == lang
        assert unique.dedup.incident_id == incident, text


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_reports_in_one_other_language_open_an_incident_of_their_own(lang: str) -> None:
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    first, second = REPORTS[lang]
    decisions = [core.run(raw(i, text), now + i)[0].dedup for i, text in enumerate([first, second, first], start=1)]
    assert decisions[-1].incident_id is not None and decisions[-1].incident_size == 3


@pytest.mark.parametrize(
    ("first", "again", "other"),
    [
        (
            "@NimbusHelp no funciona la app desde ayer, no puedo pagar nada",
            "@NimbusHelp la app no funciona desde ayer y no puedo pagar nada!!",
            "@NimbusHelp y además me cobraron dos veces la factura de este mes",
        ),
        (
            "@NimbusHelp l'appli ne marche plus depuis hier, impossible de payer",
            "@NimbusHelp depuis hier l'appli ne marche plus, impossible de payer !!",
            "@NimbusHelp et en plus vous m'avez facturé deux fois ce mois-ci",
        ),
        (
            "@NimbusHelp die App funktioniert seit gestern nicht, ich kann nicht bezahlen",
            "@NimbusHelp seit gestern funktioniert die App nicht, ich kann nicht bezahlen!!",
            "@NimbusHelp und außerdem wurde mir die Rechnung doppelt abgebucht",
        ),
        (
            "@NimbusHelp l'app non funziona da ieri, non riesco a pagare",
            "@NimbusHelp da ieri l'app non funziona e non riesco a pagare!!",
            "@NimbusHelp e in più mi avete addebitato la bolletta due volte",
        ),
        (
            "@NimbusHelp o aplicativo não funciona desde ontem, não consigo pagar",
            "@NimbusHelp desde ontem o aplicativo não funciona e não consigo pagar!!",
            "@NimbusHelp e ainda me cobraram a fatura duas vezes este mês",
        ),
    ],
)
def test_near_duplicates_in_other_languages(first: str, again: str, other: str) -> None:
    core = Pipeline.from_settings(load_settings())
    now = time.time()
    a = core.run(raw(1, first, author="c1"), now)[0].dedup
    b = core.run(raw(2, again, author="c1"), now + 60)[0].dedup
    assert b.action == "near_duplicate" and b.case_id == a.case_id
    # Another problem of the same author shares function words, not content: not a duplicate.
    c = core.run(raw(3, other, author="c1"), now + 120)[0].dedup
    assert c.action != "near_duplicate"
