"""Triage through the whole core (issue 13): own accounts, noise, conversations, customer memory,
reach, teams, the SLA clock and Ranter -> Raver; each a behaviour a care lead relies on."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.lifecycle import AuthorBook, CaseLedger, case_view
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.schema import CodecError, decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-11-20T09:00:00Z")


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


class Desk:
    """Runs mentions through a fresh core and keeps every published revision."""

    def __init__(self, template: Pipeline, customers: dict[str, Any] | None = None) -> None:
        self.core = Pipeline(
            template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
        )
        self.core.stores.customers = customers or {}
        self.revisions: list[dict[str, Any]] = []

    def post(self, mention_id: str, text: str, at: float = 0, author: str = "c1", delay: float = 0, **extra: Any):
        raw = decode_raw_mention(
            orjson.dumps(
                {
                    "id": mention_id,
                    "channel": extra.pop("channel", "twitter"),
                    "text": text,
                    "created_at": utc_iso(T0 + at),
                    "author": {"id": author, "handle": extra.pop("handle", author), **extra.pop("who", {})},
                    **extra,
                }
            )
        )
        now = T0 + at + delay
        unique = self.core.dedup(self.core.score(self.core.enrich(raw, now)), now)
        out = [r for r in [self.core.route(unique, now), *self.core.escalations(unique, now)] if r is not None]
        records = [orjson.loads(encode(r)) for r in out]
        self.revisions += records
        return records[0] if records else None

    def case_of(self, mention_id: str) -> dict[str, Any] | None:
        latest: dict[str, dict[str, Any]] = {}
        for r in self.revisions:
            latest[r["case_id"]] = r
        return next((c for c in latest.values() if mention_id in c["mention_ids"]), None)


def test_the_brands_own_posts_are_never_cases_and_its_replies_are_first_responses(template: Pipeline) -> None:
    desk = Desk(template)
    assert (
        desk.post("b1", "We're aware some customers have no signal in Leeds, engineers are on it", handle="NimbusHelp")
        is None
    )
    desk.post("m1", "@NimbusHelp no signal at all since 9, can't call anyone", at=60)
    reply = desk.post("b2", "@c1 so sorry, please DM us your postcode", at=300, handle="NimbusHelp", in_reply_to="m1")
    assert reply is not None and reply["update"] == "responded" and reply["mention_ids"] == ["m1"]
    assert reply["first_response_at"] == utc_iso(T0 + 300)
    assert desk.case_of("b1") is None and desk.case_of("b2") is None
    # A customer's reply to the brand's reply is the same conversation.
    later = desk.post("m2", "@NimbusHelp done, still nothing though", at=900, in_reply_to="b2")
    assert later is not None and later["case_id"] == reply["case_id"]


@pytest.mark.parametrize(
    ("handle", "complaint", "first", "answer", "second"),
    [
        (
            "ParceloHelp",
            "@ParceloHelp il rider ha lasciato la spesa al vicino sbagliato, mancano le uova",
            "@c1 ci scusi, ci manda il numero d'ordine in privato?",
            "@ParceloHelp fatto, ordine inviato",
            "@c1 grazie, rimborso delle uova emesso sul suo conto",
        ),
        (
            "BrightbankCare",
            "@BrightbankCare la transferencia de ayer sigue sin llegar y el dinero ya no está en mi cuenta",
            "@c1 lo miramos ahora, ¿nos escribes por privado?",
            "@BrightbankCare enviado por privado",
            "@c1 gracias, la transferencia ya está en camino",
        ),
        (
            "SkyLarkHelp",
            "@SkyLarkHelp a minha mala não chegou a Lisboa e ninguém me diz nada",
            "@c1 lamentamos, envie-nos a referência da reserva por mensagem privada",
            "@SkyLarkHelp já enviei",
            "@c1 obrigado, a mala chega amanhã de manhã à sua morada",
        ),
    ],
)
def test_each_reply_of_the_brand_in_a_thread_marks_the_case_responded(
    template: Pipeline, handle: str, complaint: str, first: str, answer: str, second: str
) -> None:
    desk = Desk(template)
    desk.post("m1", complaint)
    one = desk.post("b1", first, at=600, handle=handle, author="brand", in_reply_to="m1")
    assert one is not None and one["update"] == "responded"
    back = desk.post("m2", answer, at=900, in_reply_to="b1")
    assert back is not None and back["case_id"] == one["case_id"] and back["update"] != "responded"
    # The brand's second reply, to the customer's answer: responded again, the first reply's time kept.
    two = desk.post("b2", second, at=1500, handle=handle, author="brand", in_reply_to="m2")
    assert two is not None and two["case_id"] == one["case_id"] and two["update"] == "responded"
    assert two["first_response_at"] == utc_iso(T0 + 600) and two["mention_ids"] == ["m1", "m2"]
    assert desk.case_of("b1") is None and desk.case_of("b2") is None
    # A re-delivered reply publishes nothing new.
    assert desk.post("b2", second, at=1500, handle=handle, author="brand", in_reply_to="m2", delay=60) is None


def test_noise_never_becomes_agent_work(template: Pipeline) -> None:
    desk = Desk(template)
    assert desk.post("n1", "Beautiful sunset over the pier tonight") is None
    assert desk.post("n2", "My Nimbus 2000 broom replica just arrived!!") is None
    assert desk.post("n3", "I'm running late for work again, the trains are a mess") is None  # "late": a product word
    assert desk.post("n4", "nimbus no signal again in Leeds") is not None  # the context makes it the brand
    # "parcelo" is a verb in Spanish and Portuguese: there the bare name needs context ...
    assert desk.post("n5", "Si parcelo la finca en cuatro lotes, ¿necesito licencia o basta con el notario?") is None
    assert desk.post("n6", "vou comprar o portátil novo e parcelo em 10x sem juros no cartão, compensa?") is None
    # ... which a delivery complaint has; in English the name alone is the brand.
    assert desk.post("n7", "Parcelo me trajo el pedido frío otra vez, qué vergüenza", author="c7") is not None
    assert desk.post("n8", "Parcelo is the worst, never again", author="c8") is not None
    with pytest.raises(CodecError):
        decode_raw_mention(
            b'{"id":"e","channel":"twitter","text":"  ","created_at":"2026-11-20T09:00:00Z",'
            b'"author":{"id":"a","handle":"a"}}'
        )


def test_praise_after_a_but_is_praise_and_a_problem_after_it_is_a_complaint(template: Pipeline) -> None:
    desk = Desk(template)
    praise = desk.post("p1", "didn't expect much from a chatbot but @ParceloHelp sorted my refund in 5 mins. Impressed")
    assert praise is not None and praise["intent"] == "praise"
    problem = desk.post("p2", "@ParceloEats can't fault the food but the rider was 40 mins late", author="c2")
    assert problem is not None and problem["intent"] == "complaint"
    rating = desk.post(
        "p3", "Nimbus Fibre installer on time, polite and tidy. Speeds as promised. 5 stars", author="c3"
    )
    assert rating is not None and rating["intent"] == "praise"


def test_thanks_for_an_upgrade_is_praise_and_asking_to_buy_one_is_a_lead(template: Pipeline) -> None:
    desk = Desk(template)
    thanks = desk.post("u1", "Danke @SkyLarkAir für das Upgrade auf SkyLark Plus heute, die Crew war grandios")
    assert thanks is not None and thanks["queue"] == "marketing-advocacy"
    lead = desk.post("u2", "@SkyLarkAir quiero pasarme a SkyLark Plus, ¿incluye maleta? ¿cómo lo compro?", author="c2")
    assert lead is not None and lead["queue"] == "sales"
    # "con vosotros" (with you) in a churn threat is the customer's history, not a switch to us.
    churn = desk.post(
        "u3", "@NimbusMobile tengo la fibra con vosotros y el roaming no funcionó. Pienso irme a otra", author="c3"
    )
    assert churn is not None and churn["queue"] == "retention"


def test_an_update_naming_the_brand_only_ambiguously_joins_the_authors_open_case(template: Pipeline) -> None:
    desk = Desk(template)
    complaint = desk.post("r1", "SkyLark Air, my wheelchair was damaged on the flight to Vienna, the armrest broke off")
    update = desk.post(
        "r2", "Update: SkyLark paid for the repair and apologised. All sorted, thanks to the team!", at=86000
    )
    assert complaint is not None and update is not None
    assert update["case_id"] == complaint["case_id"] and update["update"] == "positive_followup"
    # The same words from someone with no open case are no case at all.
    assert desk.post("r3", "Update: SkyLark paid for the repair and apologised. All sorted!", author="c9") is None


def test_after_the_customers_thanks_the_action_is_a_thank_you_not_more_work(template: Pipeline) -> None:
    desk = Desk(template)
    lost = desk.post("b1", "@SkyLarkHelp my suitcase has been lost since my Cancun flight, nothing to wear all week")
    found = desk.post("b2", "@SkyLarkHelp the suitcase just arrived at home! huge thanks to the baggage team", at=50000)
    assert lost is not None and found is not None and found["case_id"] == lost["case_id"]
    assert found["update"] == "positive_followup"
    assert found["recommended_action"]["code"] == "thank_directly"


def test_reports_in_different_inflections_make_one_incident(template: Pipeline) -> None:
    desk = Desk(template)
    texts = [  # they share no word, only the stem of "cancel"
        "@SkyLarkAir cancelaron el SL 150 a Bariloche",
        "@SkyLarkHelp todos los vuelos cancelados hoy",
        "@SkyLarkHelp canceló todo, qué vergüenza",
        "@SkyLarkAir SL 162 cancelado, me pierdo la boda",
        "#SkyLark cancelaciones masivas, nadie explica nada",
    ]
    cases = [desk.post(f"m{i}", text, at=120 * i, author=f"c{i}") for i, text in enumerate(texts)]
    assert all(cases)
    incident = cases[-1]["incident_id"]  # type: ignore[index]
    assert incident is not None
    assert sum(desk.case_of(f"m{i}")["incident_id"] == incident for i in range(5)) >= 4  # type: ignore[index]


def test_a_chasing_customer_is_one_case_with_rising_urgency(template: Pipeline) -> None:
    desk = Desk(template)
    first = desk.post("m1", "@NimbusHelp my mobile data hasn't worked since this morning, restarted twice")
    chase = desk.post("m2", "@NimbusHelp hello?? 30 mins and no reply", at=1800)
    again = desk.post("m3", "@NimbusHelp answer me", at=2700)
    assert first and chase and again
    assert chase["case_id"] == again["case_id"] == first["case_id"]
    assert chase["update"] == again["update"] == "followup_attached"
    rank = {"P1": 1, "P2": 2, "P3": 3, "P4": 4}
    assert rank[chase["priority"]] < rank[first["priority"]]
    assert again["recommended_action"]["code"] not in ("listen_only", "point_to_self_service", "drop")


def test_a_thank_you_after_a_problem_is_a_positive_update_and_a_raver(template: Pipeline) -> None:
    desk = Desk(template)
    desk.post("m1", "@BrightbankCare card declined again at Tesco, 3rd time this week, I have money in the account!!")
    desk.post(
        "b1", "@c1 sorry Sam, we've fixed the flag on your card", at=600, handle="BrightbankCare", in_reply_to="m1"
    )
    thanks = desk.post("m2", "@BrightbankCare card no longer declined, thanks!", at=5400)
    assert thanks is not None and thanks["update"] == "positive_followup"
    assert thanks["queue"] != "marketing-advocacy"
    # The lifecycle stage reads the revisions alone: first response and the conversion.
    ledger, book = CaseLedger({}), AuthorBook({}, 7 * 86400)
    kinds = []
    for revision in desk.revisions:
        for act in ledger.on_case(case_view(revision), T0).activities:
            kinds += [c.kind for c in book.on_activity(act, T0)]
    assert kinds == ["ranter", "raver"]


def test_spam_is_never_a_ranter(template: Pipeline) -> None:
    desk = Desk(template)
    spam = desk.post(
        "s1", "@ParceloEats 🔥 FREE vouchers!!! click bit.ly/fr33 now, only today, DM me 🔥 #free #win #promo #deal"
    )
    assert spam is not None and spam["intent"] == "spam"
    ledger = CaseLedger({})
    assert not ledger.on_case(case_view(spam), T0).activities


def test_customer_memory_flags_a_repeat_complainer_and_answers_a_new_problem(template: Pipeline) -> None:
    desk = Desk(template)
    texts = ["wrong order again", "drinks missing again", "food arrived cold", "rider was rude at the door"]
    for i, text in enumerate(texts):
        desk.post(f"m{i}", f"@ParceloHelp {text}", at=i * 90_000)  # a day and a bit apart: separate cases
    new = desk.post("m9", "@ParceloHelp charged twice for order PX-1, £27 both times, need one refunded", at=5 * 90_000)
    assert new is not None and new["repeat_complainer"] and new["author_complaints_30d"] >= 3
    assert new["recommended_action"]["code"] not in ("listen_only", "drop")


@pytest.mark.parametrize(
    ("reports", "vent"),
    [
        (
            ["livraison en retard de 40 min", "frites molles, comme d'hab", "sauce oubliée. encore."],
            "vous êtes nuls. vraiment nuls. pire appli du monde.",
        ),
        (["comida fria de novo", "taxa absurda", "app travando"], "vcs são um lixo, um LIXO"),
    ],
)
def test_terse_reports_count_in_memory_and_repeated_venting_is_heard_not_fed(
    template: Pipeline, reports: list[str], vent: str
) -> None:
    # Short gripes in other languages are complaints, so they count towards a repeat complainer;
    # the verdict that follows, with no problem named, is listened to.
    desk = Desk(template)
    for i, text in enumerate(reports):
        desk.post(f"m{i}", f"@ParceloEats {text}", at=i * 90_000)
    case = desk.post("m9", f"@ParceloEats {vent}", at=4 * 90_000)
    assert case is not None and case["repeat_complainer"]
    assert case["recommended_action"]["code"] == "listen_only"
    fresh = Desk(template).post("m9", f"@ParceloEats {vent}")
    assert fresh is not None and not fresh["repeat_complainer"]


@pytest.mark.parametrize(
    ("vents", "brand"),
    [
        (["schlechteste Bank", "immer noch die schlechteste", "unfassbar schlecht", "einfach mies"], "Brightbank"),
        (["your app is a joke", "still a joke", "lol what a bank", "pathetic"], "BrightbankCare"),
    ],
)
def test_daily_venting_joined_to_one_case_still_counts_each_day(
    template: Pipeline, vents: list[str], brand: str
) -> None:
    # A vent a day that follows up the same open case is still one more gripe a day: the author
    # becomes a repeat complainer and the next vent is listened to, not fed.
    desk = Desk(template)
    for i, text in enumerate(vents):
        desk.post(f"m{i}", f"@{brand} {text}", at=i * 86_400)
    case = desk.post("m9", f"@{brand} lol mies wie immer", at=len(vents) * 86_400)
    assert case is not None and case["repeat_complainer"] and case["author_complaints_30d"] >= 3
    assert case["recommended_action"]["code"] == "listen_only"
    # Chasing one problem within hours is one complaint, not a pattern.
    chaser = Desk(template)
    chaser.post("m1", "@ParceloHelp order PX-9 never arrived")
    last = None
    for i in range(2, 6):
        last = chaser.post(f"m{i}", "@ParceloHelp hello?? still no answer about my order", at=i * 1_800)
    assert last is not None and not last["repeat_complainer"]


def test_a_concrete_problem_after_a_vent_is_its_own_case(template: Pipeline) -> None:
    desk = Desk(template)
    vent = desk.post("m1", "@NimbusHelp vergogna")
    problem = desk.post("m2", "@NimbusHelp mi avete disattivato la SIM per errore, non posso chiamare", at=3_600)
    assert vent and problem and problem["case_id"] != vent["case_id"]
    assert problem["recommended_action"]["code"] not in ("listen_only", "drop")
    # More venting worded as one ("still the worst #nimbusdown") stays with the vent.
    again = Desk(template)
    first = again.post("m1", "@NimbusHelp vergogna")
    more = again.post("m3", "@NimbusHelp yep. still the worst. #nimbusdown", at=7_200)
    assert first and more and more["case_id"] == first["case_id"]


def test_customer_value_tightens_the_sla(template: Pipeline) -> None:
    text = "@SkyLarkHelp the seat map in the app won't load, minor but annoying"
    unknown = Desk(template).post("m1", text)
    platinum = Desk(template, {"c1": {"author_id": "c1", "brand": "skylark-air", "tier": "platinum"}}).post("m1", text)
    assert unknown and platinum
    assert parse_time(platinum["sla_due_at"]) < parse_time(unknown["sla_due_at"])


def test_reach_folds_copies_and_escalates(template: Pipeline) -> None:
    desk = Desk(template)
    first = desk.post("m1", "@NimbusHelp no broadband for 5 days and the engineer never came, nobody answers")
    copy = desk.post(
        "r0",
        "RT @c1: @NimbusHelp no broadband for 5 days and the engineer never came, nobody answers",
        at=30,
        author="fan",
    )
    assert first and copy and copy["case_id"] == first["case_id"] and copy["update"] == "repost_attached"
    last = copy
    for i in range(1, 13):
        last = desk.post(f"r{i}", "", at=60 + i, author=f"amp{i}", reposted_id="m1") or last
    assert last["amplification_count"] >= 12 and last["priority"] in ("P1", "P2")
    assert last["recommended_action"]["code"] != "point_to_self_service"


def test_a_manual_copy_with_a_comment_in_front_is_a_repost(template: Pipeline) -> None:
    desk = Desk(template)
    text = "@SkyLarkAir flight to Paris cancelled at the gate, no refund and no alternative offered"
    first = desk.post("m1", text)
    copy = desk.post("m2", "Unbelievable 👇 RT @c1: " + text, at=30, author="fan")
    other = desk.post(
        "m3", "Unbelievable 👇 @SkyLarkAir my flight to Rome cancelled at the gate too", at=40, author="fan2"
    )
    assert first and copy and copy["case_id"] == first["case_id"] and copy["update"] == "repost_attached"
    assert other and other["case_id"] != first["case_id"]


def test_a_shared_outage_hashtag_makes_terse_reports_one_incident(template: Pipeline) -> None:
    # "#nimbusdown Campanar también": the place names differ, the tag is the report.
    desk = Desk(template)
    places = ["Ruzafa", "Benimaclet", "Campanar", "El Carmen", "Patraix", "Algirós", "Russafa", "Malvarrosa"]
    last = None
    for i, place in enumerate(places):
        last = desk.post(f"m{i}", f"#nimbusdown {place} también", at=30 * i, author=f"c{i}") or last
    assert last and last["incident_size"] >= 8 and last["queue"] == "crisis"
    spam = desk.post("s1", "#nimbusdown en tendencia 🔥 1000 followers = 4,99€ compra ya", at=300, author="bot")
    assert spam is None or spam["queue"] != "crisis"


def test_a_regulator_after_an_elided_article_is_a_signal(template: Pipeline) -> None:
    case = Desk(template).post("m1", "@NimbusMobile ho appena fatto esposto all'AGCOM per i costi di disattivazione")
    assert case and case["queue"] == "legal-regulatory" and "regulator" in case["signals"]


@pytest.mark.parametrize(
    "thanks_for_nothing",
    ["merci pour rien, vraiment. 5 jours.", "gracias por nada, 5 días ya", "grazie per niente, 5 giorni"],
)
def test_thanks_for_nothing_is_no_positive_close(template: Pipeline, thanks_for_nothing: str) -> None:
    desk = Desk(template)
    first = desk.post("m1", "@SkyLarkHelp valise perdue depuis 5 jours, personne ne répond au numéro")
    again = desk.post("m2", "@SkyLarkHelp " + thanks_for_nothing, at=600)
    assert first and again and again["case_id"] == first["case_id"]
    assert again["update"] != "positive_followup"
    assert again["recommended_action"]["code"] not in ("thank_directly", "thank_and_amplify")


def test_a_resolved_safety_case_ends_with_a_personal_thank_you(template: Pipeline) -> None:
    desk = Desk(template)
    fraud = desk.post("m1", "@BrightbankCare someone emptied my account with my card last night, 900 quid gone")
    done = desk.post(
        "m2", "@BrightbankCare all sorted, refunded and a new card on its way. thank you so much!", at=3600
    )
    assert fraud and fraud["queue"] == "safety-escalations"
    assert done and done["case_id"] == fraud["case_id"] and done["update"] == "positive_followup"
    assert done["recommended_action"]["code"] == "thank_directly"


def test_teams_beyond_care(template: Pipeline) -> None:
    cases = {
        "pr-media": "Hi @Brightbank I'm a journalist at the Herald writing a story about the outage, any comment?",
        "legal-regulatory": "@Brightbank I've passed this to my solicitor and I'm going to the Financial Ombudsman",
        "retention": "@NimbusMobile cancelling my contract and switching to Vodafone, 3rd outage this month",
        "product-feedback": "@ParceloEats would be great if the app let me save a favourite order",
        "sales": "@NimbusMobile thinking of switching to you when my contract's up, do you do eSIM?",
    }
    for queue, text in cases.items():
        case = Desk(template).post("m1", text)
        assert case is not None and case["queue"] == queue and case["team"], (queue, case and case["queue"])


def test_the_sla_clock_starts_at_posting_and_never_breaches_backwards(template: Pipeline) -> None:
    desk = Desk(template)
    late = desk.post("m1", "@ParceloHelp my order is 40 minutes late and the rider isn't moving", delay=5 * 3600)
    assert late is not None and late["late_on_arrival"] is True
    assert late["sla_due_at"] == utc_iso(T0 + {"P1": 900, "P2": 3600, "P3": 14400, "P4": 86400}[late["priority"]])
    desk = Desk(template)
    opened = desk.post("m1", "@SkyLarkHelp flight SL312 delayed 2 hours, will I still make my connection?")
    worse = desk.post("m2", "@SkyLarkHelp NOW it's 4 hours, missed my connection, stranded with no hotel", at=18 * 60)
    assert opened and worse and worse["case_id"] == opened["case_id"]
    assert parse_time(worse["sla_due_at"]) >= T0 + 18 * 60  # never a deadline in the past
    assert parse_time(worse["sla_due_at"]) <= parse_time(opened["sla_due_at"])


def test_harm_is_never_deflected(template: Pipeline) -> None:
    case = Desk(template).post(
        "m1", "@ParceloEats ordered the 'nut free' brownie and my son had an allergic reaction, we're in A&E"
    )
    assert case is not None and case["queue"] == "safety-escalations" and case["priority"] == "P1"
    assert case["recommended_action"]["code"] == "acknowledge_then_private" and case["harm"]["kind"] == "health"


def test_deflection_links_somewhere_and_the_reply_is_in_the_authors_language(template: Pipeline) -> None:
    case = Desk(template).post("m1", "@ParceloHelp my order says delivered but nothing arrived, any idea?")
    assert case is not None and case["recommended_action"]["code"] == "point_to_self_service"
    assert case["help_link"] == {"kind": "help_article", "url": "https://help.parcelo.example/missing-or-late-orders"}
    assert case["help_link"]["url"] in case["suggested_reply"]
    outage = Desk(template).post("m1", "@NimbusHelp no signal at all since this morning, is the network down?")
    assert outage is not None and outage["help_link"]["kind"] == "status_page"
    es = Desk(template).post("m1", "@ParceloHelp me doy de baja de Parcelo Plus, otro pedido frío", lang="es")
    assert es is not None and es["suggested_reply"] and es["suggested_reply"].startswith("Hola")


def test_actions_follow_the_channel(template: Pipeline) -> None:
    text = "@BrightbankCare my card was charged twice for the same payment, £240, need it reversed today"
    public = Desk(template).post("m1", text)
    private = Desk(template).post("m1", text.replace("@BrightbankCare ", ""), channel="email", brand="brightbank")
    instagram = Desk(template).post("m1", text, channel="instagram")  # a public comment
    review = Desk(template).post("m1", text.replace("@BrightbankCare ", ""), channel="review", brand="brightbank")
    assert public and private and instagram and review
    assert public["recommended_action"]["code"] == "acknowledge_then_private"
    # The code is the contract's (what desks count); the guidance and reply are the private kind.
    assert private["recommended_action"]["code"] == "acknowledge_then_private"
    assert private["recommended_action"]["text"] != public["recommended_action"]["text"]
    assert "directly" in private["recommended_action"]["text"]
    assert instagram["recommended_action"]["code"] == "acknowledge_then_private"
    assert review["recommended_action"]["code"] == "acknowledge_then_private"
    assert "@" not in (private["suggested_reply"] or "@")  # no public @-reply in a private channel


def test_every_deflected_case_of_a_catalog_brand_links_somewhere(template: Pipeline) -> None:
    from mentionflow.settings import packaged_data

    desk = Desk(template)
    for line in packaged_data("sample_mentions.jsonl").read_bytes().splitlines():
        raw = decode_raw_mention(line)
        now = parse_time(raw.created_at) + 5
        unique = desk.core.dedup(desk.core.score(desk.core.enrich(raw, now)), now)
        desk.revisions += [orjson.loads(encode(r)) for r in [desk.core.route(unique, now)] if r is not None]
    deflected = [
        r
        for r in desk.revisions
        if r["recommended_action"]["code"] in ("point_to_self_service", "answer_question") and r["brand"]
    ]
    assert len(deflected) >= 10
    for case in deflected:
        assert case["help_link"] and case["help_link"]["url"].startswith("https://"), case["case_id"]
        assert case["suggested_reply"] and case["help_link"]["url"] in case["suggested_reply"], case["case_id"]


def test_a_follow_up_never_makes_its_case_less_urgent(template: Pipeline) -> None:
    desk = Desk(template)
    first = desk.post("m1", "@NimbusHelp sin cobertura en casa desde esta mañana, ni llamadas ni datos. Zona Ruzafa")
    calmer = desk.post("m2", "@NimbusHelp os paso el código postal: 46006", at=1800)
    assert first is not None and calmer is not None
    assert calmer["case_id"] == first["case_id"] and calmer["update"] == "followup_attached"
    assert calmer["priority"] <= first["priority"]  # "P1" < "P2" < ...: never a later band


def test_a_neutral_reply_is_no_conversion(template: Pipeline) -> None:
    desk = Desk(template)
    desk.post("m1", "@ParceloHelp me ha llegado el pedido de otra persona y mi burger??")
    reply = desk.post(
        "m2", "@ParceloHelp vale, os he contestado por DM con el número de pedido", at=1500, in_reply_to="m1"
    )
    assert reply is not None and reply["update"] == "followup_attached"
    thanks = desk.post("m3", "@ParceloHelp ya me ha llegado, muchas gracias!", at=4000)
    assert thanks is not None and thanks["update"] == "positive_followup"


@pytest.mark.parametrize(
    "text",
    [
        # Scare quotes round the brand's claim: the "fix" in them is none.
        "Love how @SkyLarkAir's 'on time' apparently means 4 hours late with zero updates. Stellar work as always",
        # A slow clap after something that does not work, in German.
        "Super App, @Brightbank, wirklich. Seit 3 Tagen Wartungsarbeiten, Überweisung geht nicht. Bravo. 👏",
        # Accents dropped ("sans internet" is an outage however it is spelt).
        "Bravo @NimbusMobile, 3 jours sans internet a la maison, quel service exceptionnel 👏",
    ],
)
def test_sarcastic_praise_of_a_failure_is_never_thanked(template: Pipeline, text: str) -> None:
    case = Desk(template).post("m1", text)
    assert case is not None
    assert case["intent"] in ("complaint", "rant")
    assert case["recommended_action"]["code"] not in ("thank_and_amplify", "thank_directly")


@pytest.mark.parametrize(
    "text",
    [
        "Great job @ParceloEats, 'peanut free' chicken satay 👌 my boyfriend's EpiPen and the A&E nurses say thanks",
        "Toll @ParceloEats, 'nussfrei' stand dran und meine Tochter hat jetzt Nesselsucht. Danke für nix 👏",
    ],
)
def test_sarcasm_round_a_harm_is_a_safety_case_not_handled_harm_praise(template: Pipeline, text: str) -> None:
    case = Desk(template).post("m1", text)
    assert case is not None and case["queue"] == "safety-escalations"
    assert case["recommended_action"]["code"] == "acknowledge_then_private"


def test_quotes_in_a_sincere_story_of_a_handled_harm_are_not_sarcasm(template: Pipeline) -> None:
    case = Desk(template).post(
        "m1",
        "Huge shout out to the @SkyLarkAir crew today. My autistic son had a meltdown at boarding and "
        "Joana sat with him, let him 'help' with the safety demo. Thank you!",
    )
    assert case is not None and case["queue"] == "marketing-advocacy"


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("The Nimbus 2000 replica finally arrived and my 8yo has not put it down since ⚡🧹 worth every penny", None),
        (
            "The Quidditch set is fine but the Nimbus in this one feels flimsy, the bristle piece keeps falling off. "
            "6/10 for the price",
            None,
        ),
        ("Nimbus down again in Leeds, no calls since 8", "nimbus-mobile"),
        ("Quelqu'un d'autre a l'appli My Nimbus qui plante dès qu'on ouvre la facture du mois ?", "nimbus-mobile"),
    ],
)
def test_an_ambiguous_names_context_must_be_near_it(template: Pipeline, text: str, brand: str | None) -> None:
    from mentionflow.core.text import normalise

    n = normalise(text)
    brands, _, _, _ = template.catalog.match(n.tokens, n.handles, n.hashtags, "en")
    assert (brands[0] if brands else None) == brand


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("SkyLark Air's black friday fares are the bomb, just booked Lisbon", "skylark-air"),
        ("Brightbank's new savings pot is actually decent", "brightbank"),
        ("Nimbus's clouds over the hill", None),  # an ambiguous name has no possessive shortcut
    ],
)
def test_a_brands_possessive_names_it(template: Pipeline, text: str, brand: str | None) -> None:
    from mentionflow.core.text import normalise

    n = normalise(text)
    brands, _, _, _ = template.catalog.match(n.tokens, n.handles, n.hashtags, "en")
    assert (brands[0] if brands else None) == brand


@pytest.mark.parametrize(
    ("problem", "reply", "positive"),
    [
        (
            "@BrightbankCare new card won't activate in the app",
            "@BrightbankCare thanks, card works now, BUT I've just been charged the £5 replacement fee",
            False,
        ),
        (
            "@SkyLarkHelp no han llegado ni la maleta ni la silla de ruedas de mi madre",
            "@SkyLarkHelp gracias, la maleta ya ha llegado, pero la silla de mi madre sigue sin aparecer",
            False,
        ),
        (
            "@BrightbankCare Karte wird beim Tanken abgelehnt, Konto ist gedeckt. Was soll das?",
            "@BrightbankCare Hat sich erledigt, geht wieder. Danke trotzdem!",
            True,
        ),
        (
            "@ParceloHelp app says delivered 20 mins ago, no food, no rider, no nothing",
            "@ParceloHelp he'd gone to the wrong block, got it now and it's still hot 🙌 thanks for sorting so fast",
            True,
        ),
        (
            "@ParceloHelp app says delivered 20 mins ago, no food, no rider",
            "@ParceloHelp thanks for the refund, still no food though",
            False,
        ),
        (
            "@SkyLarkHelp valise perdue sur le Lyon-Lisbonne, dossier LISSL55821, j'ai rien pour demain",
            "@SkyLarkHelp valise livrée à l'hôtel ce matin, merci à l'équipe 🙏",
            True,
        ),
        (
            "@SkyLarkHelp valise perdue sur le Lyon-Lisbonne, dossier LISSL55821",
            "@SkyLarkHelp merci pour la réponse, toujours pas de valise",
            False,
        ),
        (
            "@SkyLarkHelp vol Bordeaux-Porto annulé ce matin, aucun mail, aucune info",
            "@SkyLarkHelp c'est fait, réf K7P2QX. merci de faire vite svp",
            False,
        ),
        (
            "@ParceloHelp rimborso promesso 10 giorni fa, ancora niente",
            "@ParceloHelp grazie eh, 'tutto risolto' mi avete scritto. Come no. Sul conto zero euro. Bravi 👏🙃",
            False,
        ),
        (
            "@SkyLarkHelp vol Bordeaux-Porto annulé ce matin, aucun mail, aucune info",
            "@SkyLarkHelp merci d'avoir réglé ça si vite, nouveau vol confirmé 👍",
            True,
        ),
        # Half a fix: thanks for the part that works, a "but" and what is still missing.
        (
            "@BrightbankCare Karte gesperrt und Miete doppelt abgebucht. Toll.",
            "@BrightbankCare Karte geht wieder, danke. Aber die 500€ fehlen immer noch!",
            False,
        ),
        (
            "@BrightbankCare tarjeta bloqueada y cobro doble del alquiler",
            "@BrightbankCare ya funciona la tarjeta, gracias. Pero el cobro doble sigue sin devolverse",
            False,
        ),
        # Negative twin: a "but" about how it went, then the fix, is a fix.
        (
            "@NimbusHelp no data roaming in Porto since landing, help",
            "@NimbusHelp took a while but it works now, thanks so much! 🙌",
            True,
        ),
        # Our "it's fixed" asked back in disbelief is no fix; stated with thanks, it is.
        (
            "@BrightbankCare salário não caiu na conta, empresa já pagou ontem",
            "@BrightbankCare resolvido? kkkkk só se for na cabeça de vcs",
            False,
        ),
        (
            "@NimbusHelp no signal in Leeds since 8am",
            "@NimbusHelp fixed?? lol it's been down all day",
            False,
        ),
        (
            "@NimbusHelp no signal in Leeds since 8am",
            "@NimbusHelp all fixed now, thanks!",
            True,
        ),
        # Informal Spanish spelling ("grasias", "funsiona") thanks as well as the dictionary's.
        (
            "@BrightbankCare no me funsiona la tarjeta en el cajero",
            "@BrightbankCare muchas grasias a la señorita q me atendio ya funsiona la tarjeta",
            True,
        ),
        (
            "@BrightbankCare no me funsiona la tarjeta en el cajero",
            "@BrightbankCare sigue sin funsionar, grasias por nada",
            False,
        ),
    ],
)
def test_fixed_but_another_problem_is_no_positive_followup(
    template: Pipeline, problem: str, reply: str, positive: bool
) -> None:
    desk = Desk(template)
    desk.post("m1", problem)
    update = desk.post("m2", reply, at=600, in_reply_to="m1")
    assert update is not None and (update["update"] == "positive_followup") is positive


@pytest.mark.parametrize(
    ("problem", "reply"),
    [
        (
            "@NimbusHelp no data roaming in Porto since landing, help",
            "@NimbusHelp ignore me, it's working now after the restart. thanks!",
        ),
        (
            "@SkyLarkAir remboursement du vol annulé du 12 toujours pas reçu, 3 semaines !",
            "@SkyLarkAir reçu ce matin, merci à votre équipe 🙂",
        ),
    ],
)
def test_a_stated_fix_with_thanks_is_a_positive_followup(template: Pipeline, problem: str, reply: str) -> None:
    desk = Desk(template)
    desk.post("m1", problem)
    update = desk.post("m2", reply, at=3600)
    assert update is not None and update["update"] == "positive_followup"


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile überlege zu euch zu wechseln. Gibt es Nimbus Fibre schon in Leipzig und was kostet 500 Mbit?",
        "Buongiorno @ParceloEats, siamo uno studio di 40 persone e vorremmo attivare Parcelo Plus. Piani aziendali?",
        "@NimbusMobile do you have a business account for a team of 12? for our staff phones",
    ],
)
def test_switching_to_the_brand_and_company_plans_go_to_sales(template: Pipeline, text: str) -> None:
    case = Desk(template).post("m1", text)
    assert case is not None and (case["queue"], case["recommended_action"]["code"]) == ("sales", "sales_lead")


@pytest.mark.parametrize(
    ("text", "failed"),
    [
        (
            "@ParceloHelp wrong order delivered, reported it in the app and got an automatic message: claim declined",
            True,
        ),
        ("@ParceloHelp pedido errado, o chatbot só repete a mesma coisa, já tentei tudo", True),
        ("@ParceloHelp wrong order delivered tonight, fries missing too", False),
    ],
)
def test_a_complaint_self_service_already_failed_goes_to_a_person(template: Pipeline, text: str, failed: bool) -> None:
    case = Desk(template).post("m1", text)
    assert case is not None
    assert (case["recommended_action"]["code"] != "point_to_self_service") is failed
