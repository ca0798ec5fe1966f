"""A harm report followed by a plea put as a question is still a harm report.

The harm model reads any "?" as a question and a question as rarely harm: "my daughter (8) was left
alone at the gate by your staff" is severe harm (p 0.97), the same text with ", can someone call
me?" was none (p 0.03). Now the report before a plea (help, a call, where someone is, a check) is
read on its own (core/asked_before.py ``report_before_plea``). Reading the whole text without its
question feature instead raised harm on mundane pleas ("my mum's broadband stopped working
yesterday, can someone help?"): those stay no harm.
"""

from __future__ import annotations

import time

import pytest

from mentionflow.core.asked_before import report_before_plea
from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import Analysis, raw_mention_from_dict
from mentionflow.settings import load_settings

_CORE = Pipeline.from_settings(load_settings())


def analysis_of(text: str) -> Analysis:
    record = {
        "schema_version": 1,
        "id": "m1",
        "channel": "twitter",
        "text": text,
        "created_at": "2026-12-07T10:00:00Z",
        "author": {"id": "a1", "handle": "someone", "followers": 120},
    }
    now = time.time()
    return _CORE.score(_CORE.enrich(raw_mention_from_dict(record), now)).analysis


@pytest.mark.parametrize(
    "text",
    [
        # Missed before (no harm, care-tier1 P3):
        "@SkyLarkAir mia figlia di 9 anni è stata lasciata da sola, potete aiutarmi?",
        "@SkyLarkAir my son (9) flew alone today and isn't answering, can you check he landed?",
        "@SkyLarkAir my daughter (8) was left alone at the gate by your staff, can someone call me?",
        # The same in the other languages:
        "@SkyLarkAir mi hija de 8 años se quedó sola en la puerta de embarque, ¿alguien me puede llamar?",
        "@SkyLarkAir meine Tochter (7) wurde am Gate allein gelassen, wo ist sie jetzt?",
        "@SkyLarkAir ma fille de 8 ans a été laissée seule à la porte, vous pouvez m'appeler ?",
        "@SkyLarkAir a minha filha de 8 anos ficou sozinha no portão, alguém me pode ligar?",
    ],
)
def test_a_report_with_a_plea_is_harm(text: str) -> None:
    analysis = analysis_of(text)
    assert (analysis.harm, analysis.harm_severity) == ("vulnerable_person", "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp my daughter's phone screen is cracked, can you help?",
        "@Brightbank my daughter's card was declined at the shop, can you help?",
        "@SkyLarkAir my husband's flight was cancelled, where do we go now?",
        "@ParceloEats my son's order was wrong again, can someone call me?",
        "@NimbusHelp my mum's broadband stopped working yesterday, can someone help?",
        "@Brightbank my grandad got locked out of his app, can you help him?",
        "@NimbusHelp mi hijo rompió la pantalla del móvil, ¿me podéis ayudar?",
        "@SkyLarkAir mein Sohn hat seinen Koffer verloren, wo kann ich mich melden?",
        "@ParceloHelp a minha mãe recebeu a encomenda errada, podem ajudar?",
    ],
)
def test_a_mundane_report_with_a_plea_is_no_harm(text: str) -> None:
    assert analysis_of(text).harm is None


@pytest.mark.parametrize(
    ("clean", "report"),
    [
        ("my son was left alone at the gate, can someone call me?", "my son was left alone at the gate"),
        ("if my son was sick, could someone help him on board?", None),  # a condition
        ("my son is flying alone tomorrow, can you help him at the gate?", None),  # nothing done yet
        ("my son was left alone at the gate, is that your policy?", None),  # no plea
        ("where is my son?", None),  # nothing told before it
    ],
)
def test_report_before_plea(clean: str, report: str | None) -> None:
    assert report_before_plea(clean) == report
