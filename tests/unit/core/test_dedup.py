"""Dedup and incidents, on plain dict stores (no Kafka)."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow import schema
from mentionflow.core import similarity
from mentionflow.core.dedup import DedupConfig, Deduper, case_id_for, dedup_key
from mentionflow.core.signals import detect_signals
from mentionflow.core.text import normalise


def scored(
    mention_id: str,
    text: str,
    author: str = "u1",
    minute: int = 0,
    intent: str = "complaint",
    category: str | None = "outage",
    **raw: Any,
) -> schema.ScoredMention:
    mention = schema.RawMention(
        id=mention_id,
        channel="twitter",
        text=text,
        created_at=f"2026-11-20T09:{minute:02d}:00.000Z",
        author=schema.Author(author, author),
        **raw,
    )
    enrichment = schema.Enrichment(
        text_clean=text,
        lang="en",
        lang_confidence=0.9,
        lang_reliable=True,
        shouting=False,
        brand="nimbus",
        entities=schema.Entities(),
        influence=schema.Influence("nano", 0.1),
        customer=schema.CustomerValue(),
    )
    signals = ["new_topic"] if text.startswith(("separate thing", "totally different")) else []
    analysis = schema.Analysis(-0.6, "negative", 0.8, intent, "major", category, True, signals=signals)
    return schema.ScoredMention(mention, enrichment, analysis, schema.Trace(0.0))


def deduper(**config: Any) -> Deduper:
    return Deduper({}, {}, {}, DedupConfig(**config))


def test_exact_replay_returns_the_same_case() -> None:
    d = deduper()
    first = d.decide(scored("m1", "network down in leeds"), now=100)
    again = d.decide(scored("m1", "network down in leeds"), now=200)
    assert first.action == "new_case" and first.case_id == case_id_for("brand:nimbus", "m1")
    assert again.action == "replay" and again.case_id == first.case_id


def test_repost_attaches_to_the_original_case_even_before_the_original() -> None:
    d = deduper()
    repost = d.decide(scored("m2", "RT @jo: network down", author="u9", reposted_id="m1"), now=1)
    original = d.decide(scored("m1", "network down"), now=2)
    assert repost.action == "repost"
    assert repost.case_id == original.case_id == case_id_for("brand:nimbus", "m1")


def test_same_author_near_duplicate_folds_into_the_first_case() -> None:
    d = deduper()
    a = d.decide(scored("m1", "my broadband has been down since 9am and nobody answers the phone"), now=1)
    b = d.decide(scored("m2", "my broadband has been down since 9am and nobody answers the phone!!", minute=3), now=2)
    c = d.decide(scored("m3", "totally different: the bill charged me twice", minute=4, category="billing"), now=3)
    assert b.action == "near_duplicate" and b.case_id == a.case_id and b.duplicate_of == "m1"
    # Said to be another problem ("totally different", a new_topic signal): its own case.
    assert c.action == "new_case" and c.case_id != a.case_id


def test_same_author_follow_up_on_the_same_problem_joins_their_case() -> None:
    d = deduper()
    a = d.decide(scored("m1", "my broadband has been down since 9am and nobody answers the phone"), now=1)
    b = d.decide(scored("m2", "still nothing, engineer never showed up either", minute=40), now=2)
    assert b.action == "followup" and b.followup_kind == "author" and b.case_id == a.case_id


def test_within_the_hour_the_same_customer_is_one_conversation() -> None:
    d = deduper()
    a = d.decide(scored("m1", "app wont show my boarding pass, flight at 14:10", category="defect"), now=1)
    b = d.decide(scored("m2", "gate closes in 25 mins, going to miss this flight", minute=18, category="delay"), now=2)
    assert b.action == "followup" and b.case_id == a.case_id
    # Said to be another matter ("separate thing", a new_topic signal): its own case.
    c = d.decide(scored("m3", "separate thing: the bill charged me twice", minute=30, category="billing"), now=3)
    assert c.action == "new_case" and c.case_id != a.case_id


def test_after_the_hour_another_category_is_another_case() -> None:
    d = deduper(followup_close_s=600)
    a = d.decide(scored("m1", "app wont show my boarding pass, flight at 14:10", category="defect"), now=1)
    b = d.decide(scored("m2", "and you charged my card twice for the seat", minute=30, category="billing"), now=2)
    assert b.action == "new_case" and b.case_id != a.case_id


def test_a_follow_up_after_the_window_opens_a_new_case() -> None:
    d = deduper(followup_window_s=600)
    a = d.decide(scored("m1", "my broadband has been down since 9am and nobody answers the phone"), now=1)
    b = d.decide(scored("m2", "broadband down again today, second time this week", minute=40), now=2)
    assert b.action == "new_case" and b.case_id != a.case_id


def test_near_duplicate_window_is_event_time() -> None:
    d = deduper(near_dup_window_s=60, followup_window_s=60)
    a = d.decide(scored("m1", "my broadband has been down since 9am, nobody answers"), now=1)
    b = d.decide(scored("m2", "my broadband has been down since 9am, nobody answers", minute=5), now=2)
    assert b.action == "new_case" and b.case_id != a.case_id


def test_many_authors_reporting_one_outage_become_one_incident() -> None:
    d = deduper(incident_min_authors=3)
    texts = [
        "is nimbus network down? no signal at all in leeds",
        "no signal leeds nimbus network down again",
        "nimbus network down, can't call anyone, no signal",
        "anyone else got no signal? network down in leeds",
        "network outage leeds no signal since 9",
    ]
    decisions = [d.decide(scored(f"m{i}", t, author=f"u{i}", minute=i), now=i) for i, t in enumerate(texts)]
    assert decisions[0].incident_id is None and decisions[1].incident_id is None
    incident_ids = {x.incident_id for x in decisions[2:]}
    assert len(incident_ids) == 1 and None not in incident_ids
    assert decisions[-1].incident_size == 5
    # The reporters up to the one that opened the incident keep their own cases; every later
    # customer's report of the open incident folds into the incident's case (its first report's).
    assert len({x.case_id for x in decisions[:3]}) == 3
    assert [(x.action, x.case_id) for x in decisions[3:]] == [("incident_report", decisions[0].case_id)] * 2
    assert d.open_incidents() == 1


def test_a_report_with_a_matter_of_its_own_keeps_its_case_in_an_open_incident() -> None:
    d = deduper(incident_min_authors=3)
    for i, text in enumerate(["network down in leeds", "leeds network down", "network down leeds again"]):
        d.decide(scored(f"m{i}", text, author=f"u{i}"), now=i)
    first = case_id_for("brand:nimbus", "m0")
    plain = d.decide(scored("p", "network down here too leeds", author="p"), now=4)
    harm = scored("h", "network down leeds, can't call 999", author="h")
    harm.analysis.harm, harm.analysis.harm_severity = "physical_safety", "severe"
    hurt = d.decide(harm, now=5)
    legal = scored("l", "network down leeds, my lawyer will hear of it", author="l")
    legal.analysis.signals = ["legal"]
    sued = d.decide(legal, now=6)
    assert (plain.action, plain.case_id) == ("incident_report", first)
    # Both still count into the incident (its size, its crisis), each on a case of its own.
    assert hurt.action == sued.action == "new_case"
    assert len({first, hurt.case_id, sued.case_id}) == 3
    assert hurt.incident_id == sued.incident_id == plain.incident_id is not None
    # The folded report is the incident case's in the author's memory: their "still down" follows it up.
    again = d.decide(scored("p2", "still down", author="p", minute=3), now=7)
    assert (again.action, again.case_id) == ("followup", first)


def test_a_report_that_joins_an_older_seed_to_an_open_incident_keeps_the_incidents_id() -> None:
    d = deduper(incident_min_authors=3)
    d.decide(scored("s1", "app crashes on the login screen", author="u0"), now=1)  # a seed: one author
    outage = [
        d.decide(scored(f"m{i}", text, author=f"u{i}", minute=i), now=1 + i)
        for i, text in enumerate(
            ["network down no signal leeds", "no signal leeds network down", "leeds network down again no signal"],
            start=1,
        )
    ]
    incident_id = outage[-1].incident_id
    assert incident_id is not None
    both = d.decide(scored("m9", "app crashes and the network is down, no signal", author="u9", minute=9), now=9)
    # Both clusters match: merged into the open incident, not into the older seed, so the
    # cases that already carry the incident's id keep it.
    assert both.incident_id == incident_id and both.incident_size == 5


def test_other_brands_and_categories_do_not_join_the_incident() -> None:
    d = deduper(incident_min_authors=2)
    # Words naming no failure ("down", "error", "declined" would make either a service report).
    d.decide(scored("m1", "network no signal leeds", author="u1"), now=1)
    other = d.decide(scored("m2", "network no signal leeds", author="u2", category="delivery"), now=2)
    assert other.incident_id is None


def test_one_service_failure_reported_as_outage_or_defect_is_one_incident() -> None:
    # "app down", "app keeps crashing": filed under outage or defect by wording; the shared
    # words make them one incident. A billing report that names no failure stays apart; one that
    # reports the failure too ("charged and the app is down") is a report of it (see
    # test_incidents_multilingual).
    d = deduper(incident_min_authors=3)
    d.decide(scored("m1", "card payments failing everywhere app down", author="u1", category="defect"), now=1)
    d.decide(scored("m2", "app down card payments failing", author="u2", category="outage"), now=2)
    billing = d.decide(scored("b1", "card payments charged twice app", author="u9", category="billing"), now=2)
    assert billing.incident_id is None
    third = d.decide(scored("m3", "payments failing app down again", author="u3", category="defect"), now=3)
    assert third.incident_id is not None and third.incident_size == 3


def _open_outage(d: Deduper) -> str:
    texts = ["sem rede em lisboa", "lisboa sem rede nenhuma", "zero rede lisboa centro", "sem rede desde as 9h"]
    decisions = [d.decide(scored(f"o{i}", t, author=f"r{i}", minute=i), now=i) for i, t in enumerate(texts)]
    assert decisions[-1].incident_id is not None
    return str(decisions[-1].incident_id)


def test_a_status_question_naming_no_category_joins_the_open_incident() -> None:
    d = deduper(incident_min_authors=3)
    incident_id = _open_outage(d)
    when = d.decide(scored("q1", "quando volta a rede??", author="q", minute=5, intent="question", category=None), 5)
    assert when.incident_id == incident_id
    # A how-to asked during the outage is its own matter, whatever words it shares.
    howto = scored("q2", "como mudo o tarifario de rede", author="h", minute=6, intent="question", category=None)
    assert d.decide(howto, 6).incident_id is None


def test_a_negative_complaint_naming_no_category_joins_by_a_word_most_reports_use() -> None:
    d = deduper(incident_min_authors=3)
    incident_id = _open_outage(d)
    joined = d.decide(scored("c1", "ninguem tem rede no escritorio", author="c", minute=5, category="other"), 5)
    assert joined.incident_id == incident_id
    # A word only one report used ("centro") is no evidence of the same problem.
    lone = d.decide(scored("c2", "loja do centro fechada", author="d", minute=6, category="other"), 6)
    assert lone.incident_id is None


def test_a_named_other_problem_does_not_join_an_open_incident_of_another_family() -> None:
    d = deduper(incident_min_authors=3)
    _open_outage(d)
    billing = d.decide(scored("b1", "cobrado duas vezes sem rede", author="b", minute=5, category="billing"), 5)
    assert billing.incident_id is None


def test_dedup_key_brings_what_must_meet_together() -> None:
    complaint = scored("m1", "down", author="u1")
    praise = scored("m2", "love it", author="u1", intent="praise", category=None)
    assert dedup_key(complaint) == "brand:nimbus"
    assert dedup_key(praise) == "brand:nimbus"


def test_state_is_bounded_and_expires() -> None:
    d = deduper(seen_ttl_s=100, near_dup_window_s=60, incident_window_s=60)
    for i in range(50):
        d.decide(scored(f"m{i}", f"network down number {i} leeds", author="u1", minute=i % 60), now=i)
    assert all(len(v) <= 5 for v in d.authors.values())
    assert all(len(v) <= 16 for v in d.incidents.values())
    removed = d.expire(now=10_000)
    assert removed > 0 and not d.seen


def test_fingerprint_switches_to_minhash_for_long_texts() -> None:
    short = similarity.fingerprint(["the", "network", "is", "down", "again"])
    long_words = [f"word{i}" for i in range(200)]
    sketch = similarity.fingerprint(long_words)
    assert sketch[0] == "#minhash" and len(sketch) == similarity.MINHASH_PERM + 1
    assert similarity.similarity(sketch, similarity.fingerprint(long_words)) == 1.0
    assert similarity.similarity(short, sketch) == 0.0
    near = similarity.fingerprint([*long_words[:190], *(f"other{i}" for i in range(10))])
    assert 0.7 < similarity.similarity(sketch, near) < 1.0


def test_a_reworded_repost_of_ones_own_complaint_is_a_near_duplicate() -> None:
    d = deduper()
    first = "my bag didn't arrive on SL 412 from Madrid, ref MADSL18832, nobody picks up"
    second = "correction: my bag didn't arrive on SL 412 from Madrid last night. Ref MADSL18832, nobody picks up at all"
    a = d.decide(scored("m1", first), now=1)
    b = d.decide(scored("m2", second, minute=4), now=2)
    assert b.action == "near_duplicate" and b.case_id == a.case_id


def test_tiny_texts_need_more_than_one_shared_word() -> None:
    assert similarity.similarity(["refund", "please"], ["refund", "now"]) < 0.8
    assert similarity.similarity(["refund"], ["refund"]) == 1.0


def test_a_lone_early_report_does_not_seed_a_later_incident() -> None:
    d = deduper(incident_min_authors=3, incident_seed_window_s=600)
    early = d.decide(scored("m0", "nimbus network down no signal in bristol", author="u0", minute=0), now=0)
    later = [
        d.decide(scored(f"m{i}", "nimbus network down no signal in manchester", author=f"u{i}", minute=20 + i), now=i)
        for i in range(1, 5)
    ]
    assert early.incident_id is None
    incident = later[-1].incident_id
    assert incident is not None and all(x.incident_id in (None, incident) for x in later)
    assert case_id_for("brand:nimbus", "m0") not in d.incidents["nimbus|service"][0]["cases"]


def test_reposts_do_not_count_as_independent_reports() -> None:
    d = deduper(incident_min_authors=3)
    d.decide(scored("m1", "nimbus network down no signal", author="u1"), now=1)
    for i in range(2, 6):
        d.decide(scored(f"r{i}", "RT nimbus network down no signal", author=f"u{i}", reposted_id="m1"), now=i)
    assert d.incidents["nimbus|service"][0]["author_count"] == 1


# --------------------------------------------------------------------------- hostile event times (issue 15)


def dated(mention_id: str, text: str, created_at: str, author: str = "u1") -> schema.ScoredMention:
    s = scored(mention_id, text, author=author)
    s.mention.created_at = created_at
    return s


WALL = schema.parse_time("2026-11-20T10:00:00Z")


def test_a_mention_dated_9999_does_not_wipe_dedup_state() -> None:
    d = deduper(event_time_max_skew_s=600)
    d.wall_clock = lambda: WALL
    text = "my broadband has been down since 9am and nobody answers the phone"
    first = d.decide(dated("m1", text, "2026-11-20T09:50:00Z"), now=WALL)
    for i, author in enumerate(["u2", "u3", "u4"]):
        d.decide(dated(f"o{i}", "broadband down in leeds since 9am", "2026-11-20T09:51:00Z", author), now=WALL)
    assert d.open_incidents() == 1
    d.decide(dated("far", "unrelated: the bill charged me twice", "9999-12-31T23:59:59Z", author="u9"), now=WALL)
    assert d.watermark == WALL + 600  # clamped to the wall clock + the allowed skew
    d.expire(WALL)
    assert d.open_incidents() == 1  # the incident and the near-duplicate memory survived
    again = d.decide(dated("m2", text + "!!", "2026-11-20T09:55:00Z"), now=WALL)
    assert again.action == "near_duplicate" and again.case_id == first.case_id


def test_near_duplicate_window_looks_both_ways() -> None:
    d = deduper(event_time_max_skew_s=3600)
    d.wall_clock = lambda: WALL
    text = "my broadband has been down since 9am and nobody answers the phone"
    late = d.decide(dated("m1", text, "9999-12-31T00:00:00Z"), now=WALL)
    early = d.decide(dated("m2", text, "1900-01-01T00:00:00Z"), now=WALL)
    assert early.action == "new_case" and early.case_id != late.case_id
    # Out of order but within the window (an earlier mention arrives second): still one case.
    a = d.decide(
        dated("m3", "the router keeps dropping wifi every evening since monday", "2026-11-20T09:40:00Z"), now=WALL
    )
    b = d.decide(
        dated("m4", "the router keeps dropping wifi every evening since monday", "2026-11-20T09:10:00Z"), now=WALL
    )
    assert b.action == "near_duplicate" and b.case_id == a.case_id


def test_a_known_id_with_other_text_is_a_conflict_not_a_replay() -> None:
    d = deduper()
    first = d.decide(scored("m1", "network down in leeds"), now=100)
    assert d.decide(scored("m1", "network down in leeds"), now=150).action == "replay"
    with pytest.raises(schema.IdConflictError) as info:
        d.decide(scored("m1", "totally different text under a reused id"), now=200)
    assert info.value.code == "id_conflict" and info.value.field == "id"
    assert d.decide(scored("m1", "network down in leeds"), now=250).case_id == first.case_id  # still a replay


def test_seen_entries_from_before_the_text_hash_are_replays() -> None:
    d = deduper()
    d.seen["m1"] = ("case-old", 100.0)  # restored from a changelog written by an older version
    again = d.decide(scored("m1", "any text at all"), now=200)
    assert again.action == "replay" and again.case_id == "case-old"


def test_expiry_reads_an_authors_newest_entry_not_the_last_one() -> None:
    d = deduper()
    d.authors["brand:nimbus#u1"] = ((5000.0, "m2", "c2", ("new",)), (10.0, "m1", "c1", ("old",)))
    d.watermark = 5000.0 + 60
    d.expire(now=5060.0)
    assert "brand:nimbus#u1" in d.authors  # the entry at 5000 is inside the hour


def test_an_event_clock_ahead_of_the_machine_keeps_its_own_time() -> None:
    # A replay on an event clock (`process --clock event`, the scenarios) may run ahead of the
    # machine's clock: its mentions are clamped against processing time, not the wall clock, so
    # memory windows still see the real gaps between them.
    d = deduper(event_time_max_skew_s=600)
    d.wall_clock = lambda: WALL
    later = WALL + 40 * 86400
    d.decide(dated("m1", "my order arrived cold again", "2026-11-20T10:00:00Z"), now=WALL)
    d.decide(dated("m2", "promo code not applying at checkout", "2026-12-30T10:00:00Z"), now=later)
    assert d.watermark == later


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp separate thing - why was I charged twice?",
        "@ParceloHelp otra cosa: el cupón no funciona",
        "@SkyLarkHelp autre chose, ma carte de fidélité a disparu",
        "@BrightbankCare andere Sache: die App stürzt ab",
        "@ParceloHelp altra cosa, il codice sconto non va",
        "@NimbusHelp outra coisa: a fatura veio errada",
        "@BrightbankCare ganz anderes Thema: meine Ersatzkarte ist nie angekommen",
        "@NimbusHelp und übrigens: die Rechnung wurde zweimal abgebucht",
        "@ParceloHelp otro asunto, me cobrasteis dos veces",
        "@SkyLarkHelp autre sujet : mes miles ont disparu",
        "@NimbusHelp different topic, my bill doubled",
    ],
)
def test_a_customer_saying_it_is_another_matter_raises_new_topic(text: str) -> None:
    assert "new_topic" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("dopo 4 reclami ho presentato ricorso all'AGCOM", "regulator"),
        ("j'ai saisi l\u2019ARCEP hier", "regulator"),
        ("chiudo tutto e porto i conti da un'altra banca", "churn"),
        ("tô pensando em abrir conta com vcs", "purchase"),
        ("2 horas después sigo sin señal y nadie me contesta", "waiting"),
    ],
)
def test_signals_in_five_languages(text: str, signal: str) -> None:
    assert signal in detect_signals(normalise(text))


def test_a_plain_repost_of_the_brands_own_post_is_no_case_and_stays_none_on_redelivery() -> None:
    d = deduper()
    own = scored("own1", "free nougat with every order today", category=None, intent="praise")
    own.enrichment.own_account = True
    assert d.decide(own, 1).action == "own_post"
    native = scored("r1", "free nougat with every order today", author="fan", category=None, intent="praise")
    native.mention.reposted_id = "own1"
    assert d.decide(native, 2).action == "own_post"
    manual = scored(
        "r2", "RT <user>: free nougat with every order today", author="fan2", category=None, intent="praise"
    )
    assert d.decide(manual, 3).action == "own_post"
    assert d.decide(manual, 4).action == "own_post"  # a re-delivery decides the same
    # With the fan's own words in front it is the fan's say: a case like any other.
    commented = scored("r3", "this is a lie RT <user>: free nougat with every order today", author="fan3")
    assert d.decide(commented, 5).action == "new_case"


@pytest.mark.parametrize(
    ("text", "churn"),
    [
        ("@ParceloEats ordino da voi 4 volte a settimana, sto pensando di cancellare il Plus e passare a Glovo", True),
        ("temos 45 linhas com a Nimbus Mobile, estamos a pedir propostas e vamos mudar se não houver resposta", True),
        ("@NimbusMobile estoy pensando en cambiarme a Nimbus Fibre, ¿tenéis 1 Gb en Triana?", False),
        ("@NimbusMobile vorrei passare a Premium, quanto costa?", False),
    ],
)
def test_churn_is_read_from_the_verb_not_from_a_brand_after_a_preposition(text: str, churn: bool) -> None:
    # "ordino da voi" (I order from you) or "com a Nimbus" says nothing about switching to the
    # brand; only "switching to Nimbus"-style phrases cancel a churn signal.
    assert ("churn" in detect_signals(normalise(text))) is churn


def test_latin_american_consumer_regulators_are_regulators() -> None:
    text = "@Brightbank si no me devuelven el cargo duplicado hoy, mañana pongo la queja en PROFECO y en CONDUSEF"
    assert "regulator" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    ("text", "signal", "present"),
    [
        ("@NimbusMobile sou produtora do Jornal da Noite, vamos falar da queda de sinal amanhã", "press", True),
        ("@SkyLarkAir soy periodista y preparo un reportaje sobre los retrasos", "press", True),
        ("@SkyLarkAir how much is SkyLark Plus for a year? thinking of upgrading before Jan", "purchase", True),
        ("@NimbusHelp come attivo il roaming per il Brasile? parto domani", "purchase", False),
    ],
)
def test_press_and_purchase_in_more_words(text: str, signal: str, present: bool) -> None:
    assert (signal in detect_signals(normalise(text))) is present


def test_only_a_service_failure_or_a_strike_folds_later_reports_into_one_case() -> None:
    # Many customers' late orders are one incident to watch, but each order is its own matter:
    # only an outage (one failing service) or a strike is answered once for everyone.
    d = deduper(incident_min_authors=3)
    texts = ["order late again tonight", "my order is late tonight", "late order again tonight", "order late tonight"]
    late = [
        d.decide(scored(f"d{i}", t, author=f"d{i}", category="delivery", minute=i), now=i) for i, t in enumerate(texts)
    ]
    assert late[-1].incident_id is not None and late[-1].action == "new_case"
    assert len({x.case_id for x in late}) == 4
    s = deduper(incident_min_authors=3)
    strikes = ["flight cancelled strike", "strike flight cancelled today", "cancelled flight strike", "strike again"]
    grounded = [
        s.decide(scored(f"s{i}", t, author=f"s{i}", category="delay", minute=i), now=i) for i, t in enumerate(strikes)
    ]
    assert (grounded[-1].action, grounded[-1].case_id) == ("incident_report", grounded[0].case_id)
