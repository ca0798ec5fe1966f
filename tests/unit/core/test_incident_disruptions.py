"""Disruption incidents (cancellations, strikes) and the SLA clock on escalation, end to end.

A question naming the disruption joins the brand's open incident by its words; a strike or
cancellation report that its words filed as billing or account is delay-family material; an
escalation's deadline counts from the customer's post while that is still ahead. And what must
NOT happen: a how-to asked during the wave, or a money question with no disruption, joins nothing;
a question with no open incident opens none; a late escalation is never due in the past."""

from __future__ import annotations

from typing import Any

from mentionflow import schema
from mentionflow.core.dedup import incident_key
from mentionflow.core.pipeline import Pipeline
from mentionflow.schema import parse_time, raw_mention_from_dict
from mentionflow.settings import load_settings

START = parse_time("2026-11-20T09:00:00Z")


def raw(mid: str, text: str, author: str, at_s: float, followers: int = 150, reposted_id: str | None = None) -> Any:
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": mid,
        "channel": "twitter",
        "text": text,
        "created_at": schema.utc_iso(START + at_s),
        "author": {"id": author, "handle": author, "followers": followers, "verified": False},
        "reposted_id": reposted_id,
    }
    return raw_mention_from_dict(record)


def run_texts(texts: list[str], step_s: float = 20.0) -> list[tuple[schema.UniqueMention, schema.RoutedCase | None]]:
    """Each text from another customer, ``step_s`` apart."""
    core = Pipeline.from_settings(load_settings())
    wall = START  # processed as posted (a replay on the event clock)
    return [core.run(raw(f"x{i}", t, f"u{i}", i * step_s), wall + i * step_s) for i, t in enumerate(texts)]


CANCELLATIONS_IT = [
    "@SkyLarkAir volo FCO-MAD cancellato, nessuna info",
    "@SkyLarkHelp cancellazione a FCO, come mi riprenoto?",
    "@SkyLarkAir Fiumicino caos, voli cancellati e nessuno al banco",
    "@SkyLarkAir cancellati senza spiegazione a Roma, vergogna",
]


def test_a_question_naming_the_cancellations_joins_the_open_incident() -> None:
    *_, (unique, _) = run_texts([*CANCELLATIONS_IT, "@SkyLarkHelp FCO cancellazioni, rimborso o riprotezione?"])
    assert unique.analysis.intent == "question"
    assert unique.dedup.incident_id is not None


def test_a_how_to_during_the_cancellations_stays_apart() -> None:
    *_, (unique, _) = run_texts([*CANCELLATIONS_IT, "@SkyLarkHelp come cambio il posto a sedere nell'app?"])
    assert unique.dedup.incident_id is None


def test_a_question_about_a_cancellation_with_no_open_incident_opens_none() -> None:
    results = run_texts(["@SkyLarkHelp il mio volo FCO è cancellato?", "@SkyLarkHelp cancellazioni a Roma oggi?"])
    assert [u.dedup.incident_id for u, _ in results] == [None, None]


def scored(text: str, intent: str, category: str | None) -> schema.ScoredMention:
    mention = schema.RawMention(
        id="m1", channel="twitter", text=text, created_at="2026-11-20T09:00:00.000Z", author=schema.Author("u", "u")
    )
    enrichment = schema.Enrichment(
        text_clean=text,
        lang="fr",
        lang_confidence=0.9,
        lang_reliable=True,
        shouting=False,
        brand="skylark-air",
        entities=schema.Entities(),
        influence=schema.Influence("nano", 0.1),
        customer=schema.CustomerValue(),
    )
    analysis = schema.Analysis(-0.3, "negative", 0.8, intent, None, category, True)
    return schema.ScoredMention(mention, enrichment, analysis, schema.Trace(0.0))


def test_a_strike_report_read_as_money_or_account_is_delay_material() -> None:
    words = ["bloqué", "cdg", "cause", "grève", "hôtel", "remboursement"]
    assert incident_key(scored(" ".join(words), "complaint", "billing"), words) == "skylark-air|delay"
    words = ["annulation", "grève", "bloquée", "orly", "enfants"]
    assert incident_key(scored(" ".join(words), "complaint", "account"), words) == "skylark-air|delay"


def test_a_money_complaint_with_no_strike_keeps_its_family() -> None:
    words = ["remboursement", "reçu", "hôtel", "facturé", "deux", "fois"]
    assert incident_key(scored(" ".join(words), "complaint", "billing"), words) == "skylark-air|billing"
    # One cancelled flight and what it cost: a money matter, not a wave's report.
    words = ["vol", "annulé", "hier", "remboursement", "toujours", "rien"]
    assert incident_key(scored(" ".join(words), "complaint", "billing"), words) == "skylark-air|billing"


GREVE_FR = [
    "@SkyLarkAir vol Paris-Lisbonne annulé à cause de la grève, aucune solution proposée",
    "@SkyLarkAir grève = vol annulé et zéro info. merci",
    "@SkyLarkAir encore la grève, vol SL880 annulé, on fait quoi ?",
    "@SkyLarkAir grève : 3e vol annulé, aucun rebooking dans l'appli",
    "@SkyLarkAir annulation grève, je suis bloquée à Orly avec 2 enfants",
    "@SkyLarkAir bloqué à CDG à cause de la grève, hôtel ? remboursement ?",
]


def test_a_strike_wave_is_one_incident_at_crisis() -> None:
    results = run_texts(GREVE_FR)
    last, case = results[-1]
    # Every report counted in (the first two carry the id once the third opens it).
    assert last.dedup.incident_id is not None and last.dedup.incident_size == len(GREVE_FR)
    assert case is not None and (case.queue, case.priority) == ("crisis", "P1")


def test_a_double_charge_during_the_strike_stays_apart() -> None:
    *_, (unique, _) = run_texts([*GREVE_FR[:4], "@SkyLarkAir vous m'avez facturé deux fois mon bagage en soute"])
    assert unique.dedup.incident_id is None


# --------------------------------------------------------------------------- SLA on escalation

POST = "@NimbusHelp In ganz Berlin kein Mobilfunk - auch Notrufe betroffen? #nimbusdown"


def _cascade(first_repost_s: float, followers: int = 120_000) -> schema.RoutedCase:
    """A complaint, then ten reposts 20 s apart from ``first_repost_s``."""
    core = Pipeline.from_settings(load_settings())
    wall = START  # processed as posted (a replay on the event clock)
    core.run(raw("m1", POST, "news", 0.0, followers=followers), wall)
    case = None
    for i in range(10):
        at = first_repost_s + 20 * i
        _, routed = core.run(raw(f"r{i}", POST, f"fan{i}", at, followers=1500, reposted_id="m1"), wall + at)
        case = routed or case
    assert case is not None
    return case


def test_an_escalation_is_due_by_the_new_sla_from_the_customers_post() -> None:
    case = _cascade(20.0)  # P1 about 3 minutes after the post: due 15 minutes after the post
    assert case.priority == "P1"
    assert parse_time(case.sla_due_at) - parse_time(case.created_at) <= 15 * 60 + 1e-6


def test_a_late_escalation_is_never_due_in_the_past() -> None:
    # A small account's complaint (P3, hours to answer) cascades an hour later: 15 minutes from
    # the escalation, not from the post (that would be a breach already).
    case = _cascade(3600.0, followers=150)
    assert case.priority == "P1"
    due = parse_time(case.sla_due_at)
    assert due > START + 3600.0 and due <= START + 3600.0 + 180.0 + 15 * 60 + 1e-6


# --------------------------------------------------------------------------- amplifiers

COMPLAINT = "@BrightbankCare meu cartão foi bloqueado sem aviso e to sem acesso ao salário. ninguém responde no chat"


def _amplified(reposters: list[tuple[str, int]]) -> schema.RoutedCase:
    """A small account's everyday complaint, then reposts by (author, followers), 15 min apart."""
    core = Pipeline.from_settings(load_settings())
    _, case = core.run(raw("m1", COMPLAINT, "owner", 0.0), START)
    for i, (author, followers) in enumerate(reposters, 1):
        at = 900.0 * i
        _, routed = core.run(raw(f"r{i}", COMPLAINT, author, at, followers, reposted_id="m1"), START + at)
        case = routed or case
    assert case is not None
    return case


def test_five_people_amplifying_a_complaint_raise_it() -> None:
    case = _amplified([(f"fan{i}", 200) for i in range(5)])
    assert (case.rule, case.priority, case.amplification_count) == ("amplified-complaint", "P2", 5)


def test_one_large_amplifier_raises_it() -> None:
    case = _amplified([("journalist", 64_000)])
    assert (case.rule, case.priority) == ("amplified-complaint", "P2")


def test_a_few_small_amplifiers_do_not() -> None:
    case = _amplified([(f"fan{i}", 300) for i in range(3)])
    assert case.priority == "P3" and case.rule != "amplified-complaint"


def test_one_persons_reposts_are_no_amplification() -> None:
    # The same fan five times, and the author reposting their own complaint: one amplifier.
    case = _amplified([("fan", 300)] * 5 + [("owner", 300)])
    assert case.amplification_count == 1 and case.priority == "P3"


# --------------------------------------------------------------------------- bumped passengers


def _fast_cascade(text: str) -> schema.RoutedCase:
    """A post by a mid-size account and twelve reposts 30 s apart."""
    core = Pipeline.from_settings(load_settings())
    _, case = core.run(raw("m1", text, "poster", 0.0, followers=8000), START)
    for i in range(1, 13):
        _, routed = core.run(raw(f"r{i}", text, f"fan{i}", 30.0 * i, 2000, reposted_id="m1"), START + 30.0 * i)
        case = routed or case
    assert case is not None
    return case


def test_passengers_left_behind_by_overbooking_spreading_fast_is_a_crisis() -> None:
    post = (
        "@SkyLarkAir hanno lasciato 200 tifosi a terra a Malpensa la sera della finale, overbooking su 2 voli! #SkyLark"
    )
    case = _fast_cascade(post)
    assert (case.queue, case.recommended_action.code, case.priority) == ("crisis", "crisis_playbook", "P1")


def test_good_news_spreading_fast_is_no_crisis() -> None:
    case = _fast_cascade("@SkyLarkAir new route Malpensa to Bali from June, cannot wait! #SkyLark")
    assert case.queue != "crisis"


def test_bumped_passengers_are_a_complaint_in_every_language() -> None:
    texts = [
        "@SkyLarkAir overbooked again, they bumped off 30 of us at Gatwick",
        "@SkyLarkAir nos dejaron en tierra en Barajas, overbooking en 2 vuelos",
        "@SkyLarkAir deixados em terra no Porto por overbooking",
        "@SkyLarkAir Flug überbucht, 20 Leute durften nicht mit",
        "@SkyLarkAir rimasti a terra a Fiumicino per overbooking",
    ]
    core = Pipeline.from_settings(load_settings())
    intents = [
        core.run(raw(f"x{i}", t, f"u{i}", 60.0 * i), START + 60.0 * i)[0].analysis.intent for i, t in enumerate(texts)
    ]
    assert intents == ["complaint"] * len(texts)
