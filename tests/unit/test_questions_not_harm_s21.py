"""Questions about a policy, an ingredient, an eligibility or a service are questions, not harm
(core/asked_before.py); the same topics told as something that happened stay harm.

Every row of tests/data/questions_not_harm_s21.tsv (en/es/pt/fr/de/it; expected question|harm)
runs through the whole core: a question is intent "question", no harm flag, care-tier1 or
self-service; a harm is a harm flag in safety-escalations.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mentionflow.core.asked_before import asked_before
from mentionflow.core.harm import concept_groups, harm_tokens
from mentionflow.core.pipeline import Pipeline
from mentionflow.core.text import normalise
from mentionflow.schema import parse_time, raw_mention_from_dict
from mentionflow.settings import load_settings

_DATA = Path(__file__).resolve().parents[1] / "data" / "questions_not_harm_s21.tsv"
with _DATA.open(encoding="utf-8", newline="") as fh:
    _ROWS = [(r["lang"], r["text"], r["expected"]) for r in csv.DictReader(fh, delimiter="\t")]

# The bug reports themselves, and harm told round a question (a "why", an event, a plea).
_REPORTED = [
    ("pt", "@SkyLarkAir minha filha de 14 anos pode viajar sozinha?", "question"),
    ("es", "@ParceloEats ¿lleva cacahuete la salsa? pregunto por mi hija", "question"),
    ("en", "@SkyLarkAir does the chicken meal contain nuts? my son is allergic", "question"),
    ("en", "@SkyLarkAir can my 15 year old fly alone to see her dad?", "question"),
    (
        "en",
        "@SkyLarkAir my daughter (10) flying as an unaccompanied minor was left alone at the gate for an hour",
        "harm",
    ),
    ("en", "@ParceloEats the sauce had peanuts, my son is allergic and his lips are swelling, we are at A&E", "harm"),
    ("es", "@ParceloEats pedí sin cacahuete y mi hija está en urgencias", "harm"),
    ("en", "@SkyLarkAir my 8 year old is alone at the gate and nobody is with her, can someone go to her??", "harm"),
    ("en", "@ParceloEats can someone call me? my daughter ate your satay and she can't breathe", "harm"),
    ("fr", "@SkyLarkAir pourquoi mon fils de 8 ans a été laissé seul à la porte ?", "harm"),
    ("de", "@SkyLarkAir warum wurde meine 9-jährige Tochter allein am Gate gelassen?", "harm"),
    ("pt", "@ParceloEats por que tinha amendoim no molho? meu filho está no hospital", "harm"),
]


@pytest.fixture(scope="module")
def core() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _route(core: Pipeline, i: int, lang: str, text: str) -> tuple[str, str | None, str | None]:
    # A day apart each, one author each: no spike, no follow-up, no customer memory between rows.
    created = f"2026-{1 + i // 28:02d}-{1 + i % 28:02d}T10:00:00Z"
    raw = raw_mention_from_dict(
        {
            "schema_version": 1,
            "id": f"s21-{i}",
            "channel": "twitter",
            "text": text,
            "lang": lang,
            "created_at": created,
            "author": {"id": f"s21-u{i}", "handle": f"s21h{i}", "followers": 100},
        }
    )
    update, case = core.run(raw, parse_time(created) + 60)
    assert case is not None, text
    return update.analysis.intent, update.analysis.harm, case.queue


def test_probe_file_is_balanced_across_six_languages() -> None:
    langs = {lang for lang, _, _ in _ROWS}
    assert langs == {"en", "es", "pt", "fr", "de", "it"}
    questions = sum(1 for *_, e in _ROWS if e == "question")
    harms = sum(1 for *_, e in _ROWS if e == "harm")
    assert len(_ROWS) >= 48 and questions >= 24 and harms >= 24


@pytest.mark.parametrize(("i", "lang", "text", "expected"), [(i, *row) for i, row in enumerate(_ROWS + _REPORTED)])
def test_question_is_no_harm_and_harm_stays_harm(core: Pipeline, i: int, lang: str, text: str, expected: str) -> None:
    intent, harm, queue = _route(core, i, lang, text)
    if expected == "question":
        assert (intent, harm) == ("question", None), text
        assert queue in ("care-tier1", "self-service"), text
    else:
        assert harm is not None, text
        assert queue == "safety-escalations", text


@pytest.mark.parametrize(
    ("lang", "text", "asked"),
    [
        ("en", "@SkyLarkAir can my son fly alone?", True),
        ("it", "@ParceloEats la salsa contiene arachidi? mia figlia è allergica", True),
        ("de", "@SkyLarkAir darf ich Insulin im Handgepäck mitnehmen?", True),
        # no "?": a statement
        ("en", "@SkyLarkAir my son can fly alone", False),
        # a "why" is a complaint put as a question
        ("es", "@SkyLarkAir ¿por qué puede viajar solo un niño de 6 años?", False),
        # "alone" before the asking verb: told, not asked
        ("en", "@SkyLarkAir my son is alone at the gate, can you check?", False),
        ("es", "@SkyLarkAir mi hijo tiene 8 años y está solo en la puerta, ¿pueden ir a buscarlo?", False),
        # a plea for someone to act
        ("en", "@SkyLarkAir can someone go to the gate? my son is 8", False),
        # about nothing of this kind: left to the intent rules
        ("en", "@BrightbankCare 40 minutes on hold. is anyone actually working there?", False),
        ("it", "@ParceloEats ordine in ritardo di 20 min, c'è modo di sapere dove sta il rider?", False),
        # a pet is what it is about
        ("de", "@SkyLarkAir darf ich meinen Hund mit in die Kabine nehmen?", True),
        # something happened: a past tense, a participle, a reaction, a loss
        ("en", "@ParceloEats does the curry contain nuts? my son reacted to it", False),
        ("fr", "@SkyLarkAir peut-on voyager seul ? mon fils a été oublié à Nice", False),
        ("pt", "@SkyLarkAir posso levar insulina? vocês perderam a minha mala", False),
        ("it", "@SkyLarkAir mio figlio può volare da solo? l'hanno dimenticato a Roma", False),
        ("es", "@SkyLarkAir ¿mi hija puede viajar sola? la semana pasada viajaba sola y la dejaron en Madrid", False),
        # a harm cue that tells of an event (a hospital)
        ("en", "@ParceloEats is the satay nut free? my son is in hospital", False),
        # a long aside is a story, not who the question is for
        (
            "en",
            "@SkyLarkAir can kids fly alone? my niece flew to Paris last week on her own and your staff were great",
            False,
        ),
    ],
)
def test_asked_before(lang: str, text: str, asked: bool) -> None:
    norm = normalise(text)
    assert asked_before(norm, concept_groups(harm_tokens(norm, lang), lang)) is asked
