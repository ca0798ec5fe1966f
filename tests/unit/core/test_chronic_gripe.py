"""Customer memory against chasing (core.chronic_gripe, core.cases, core.dedup): a repeat
complainer's daily gripe about the same chronic problem is listened to (no-response / listen_only,
P4), not raised as a chaser; their new problem, their harm and their real chase for a reply are
still answered and raised. And an angrier follow-up soon after a concrete complaint ("15 minutes
and NOTHING") joins that case and raises it. Sequences in en es fr de it pt, with negative twins."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from mentionflow.core.chronic_gripe import (
    is_chronic_gripe,
    nothing_since,
    retold,
    same_kind,
    subjects,
    waits_for_the_brand,
)
from mentionflow.core.pipeline import Pipeline, Stores
from mentionflow.schema import Analysis, decode_raw_mention, encode, parse_time, utc_iso
from mentionflow.settings import load_settings

T0 = parse_time("2026-11-20T09:00:00Z")
DAY = 86_400

# Five days of the same chronic problem, one gripe a day (the memory flags the author on the fourth).
GRIPES: dict[str, list[str]] = {
    "en": [
        "@NimbusHelp router dropping out again tonight",
        "@NimbusHelp router dropped out twice again",
        "@NimbusHelp router keeps dropping out, every evening",
        "@NimbusHelp router dropping out. every. night.",
        "@NimbusHelp and the router drops out again, shocker",
    ],
    "es": [
        "@ParceloEats el pedido otra vez llegó frío",
        "@ParceloEats comida fría de nuevo",
        "@ParceloEats otra vez fría la comida, increíble",
        "@ParceloEats cena fría, como siempre",
        "@ParceloEats comida fría. otra vez.",
    ],
    "fr": [
        "@BrightbankCare appli qui plante encore",
        "@BrightbankCare l'appli plante, encore",
        "@BrightbankCare encore planté l'appli ce matin",
        "@BrightbankCare appli plantée comme tous les jours",
        "@BrightbankCare et l'appli plante. évidemment.",
    ],
    "de": [
        "@NimbusMobile Internet schon wieder langsam",
        "@NimbusMobile Internet wieder lahm heute",
        "@NimbusMobile lahmes Internet wie jeden Abend",
        "@NimbusMobile Internet langsam. wie immer.",
        "@NimbusMobile Internet schon wieder langsam. wie immer.",
    ],
    "it": [
        "@ParceloEats consegna di nuovo in ritardo",
        "@ParceloEats ancora in ritardo la consegna",
        "@ParceloEats consegna in ritardo, come sempre",
        "@ParceloEats sempre in ritardo voi",
        "@ParceloEats consegna in ritardo anche stasera, che novità",
    ],
    "pt": [
        "@NimbusHelp sinal fraco outra vez em casa",
        "@NimbusHelp sem sinal em casa de novo",
        "@NimbusHelp sinal péssimo em casa, como sempre",
        "@NimbusHelp sinal fraco em casa, que novidade",
        "@NimbusHelp sinal fraco em casa, como sempre",
    ],
}


@pytest.fixture(scope="module")
def template() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def _desk(template: Pipeline) -> Pipeline:
    core = Pipeline(
        template.catalog, template.rules, Stores(), template.deduper.config, template.signals, template.replies
    )
    core.stores.customers = {}
    return core


def _post(core: Pipeline, mention_id: str, text: str, at: float, author: str = "c1") -> dict[str, Any]:
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": mention_id,
                "channel": "twitter",
                "text": text,
                "created_at": utc_iso(T0 + at),
                "author": {"id": author, "handle": author, "followers": 150},
            }
        )
    )
    now = T0 + at
    record = core.route(core.dedup(core.score(core.enrich(raw, now)), now), now)
    assert record is not None
    out: dict[str, Any] = orjson.loads(encode(record))
    return out


def _days(core: Pipeline, texts: list[str]) -> list[dict[str, Any]]:
    return [_post(core, f"m{i}", text, i * DAY) for i, text in enumerate(texts)]


# --- 1. the daily gripe about the same problem is listened to -----------------------------------


@pytest.mark.parametrize("lang", sorted(GRIPES))
def test_a_repeat_complainers_daily_gripe_is_listened_to(template: Pipeline, lang: str) -> None:
    last = _days(_desk(template), GRIPES[lang])[-1]
    assert last["repeat_complainer"] is True
    assert last["priority"] == "P4"
    assert last["recommended_action"]["code"] == "listen_only"
    assert last["queue"] == "no-response"


# --- 2. negative twins: what a frequent complainer still gets answered ---------------------------

NEW_PROBLEM: dict[str, str] = {
    "en": "@NimbusHelp you billed me £45 for a roaming pack I never bought",
    "de": "@NimbusMobile ihr habt mir 60 Euro für einen Vertrag abgebucht, den ich gekündigt habe",
}
HARM: dict[str, str] = {
    "es": "@ParceloEats pedí el curry sin frutos secos y mi hijo tiene una reacción alérgica, se le hincha la cara",
    "pt": "@NimbusHelp sem sinal em casa e a minha mãe de 88 anos usa a teleassistência, se ela cair ninguém sabe",
}
CHASE: dict[str, str] = {
    "fr": "@BrightbankCare trois jours que j'attends une réponse à ma réclamation sur l'appli, personne ne répond",
    "it": "@ParceloEats ho scritto tre giorni fa e nessuna risposta, ci siete?",
    "en": "@NimbusHelp hello? nobody has answered me about the router",
    "es": "@ParceloEats ¿alguien me va a responder lo de la comida fría?",
    "de": "@NimbusMobile warte immer noch auf eine Antwort wegen dem Internet",
    "pt": "@NimbusHelp ainda sem resposta sobre o sinal, alguém?",
}


@pytest.mark.parametrize(("lang", "text"), sorted(NEW_PROBLEM.items()))
def test_a_repeat_complainers_new_problem_is_answered(template: Pipeline, lang: str, text: str) -> None:
    last = _days(_desk(template), [*GRIPES[lang][:4], text])[-1]
    assert last["repeat_complainer"] is True
    assert last["recommended_action"]["code"] not in ("listen_only", "drop")
    assert last["priority"] != "P4"


@pytest.mark.parametrize(("lang", "text"), sorted(HARM.items()))
def test_harm_from_a_frequent_complainer_reaches_safety(template: Pipeline, lang: str, text: str) -> None:
    last = _days(_desk(template), [*GRIPES[lang][:4], text])[-1]
    assert last["queue"] == "safety-escalations"
    assert last["priority"] in ("P1", "P2")


@pytest.mark.parametrize(("lang", "text"), sorted(CHASE.items()))
def test_a_repeat_complainer_chasing_an_unanswered_case_is_raised(template: Pipeline, lang: str, text: str) -> None:
    # After four days of gripes (the fourth listened to), the case still had no reply from the brand.
    seq = _days(_desk(template), [*GRIPES[lang][:4], text])
    assert seq[3]["recommended_action"]["code"] == "listen_only"
    last = seq[-1]
    assert last["case_id"] == seq[3]["case_id"]
    assert last["recommended_action"]["code"] == "acknowledge_then_private"
    assert last["priority"] in ("P1", "P2")


@pytest.mark.parametrize("lang", ["de", "en", "es"])
def test_a_first_time_customers_still_broken_is_not_silenced(template: Pipeline, lang: str) -> None:
    seq = _days(_desk(template), GRIPES[lang][:2])
    assert seq[-1]["repeat_complainer"] is False
    assert seq[-1]["recommended_action"]["code"] not in ("listen_only", "drop")


# --- 3. an angrier follow-up soon after a concrete complaint joins and raises it ------------------

ANGRIER: dict[str, tuple[str, str]] = {
    "en": (
        "@ParceloHelp the rider left my order at the wrong house",
        "@ParceloHelp 15 minutes and NOTHING. paying for Plus for this?! disgrace",
    ),
    "es": (
        "@ParceloHelp el repartidor dejó mi pedido en la casa equivocada",
        "@ParceloHelp 15 minutos y NADA. ¿pago Plus para esto?! vergüenza",
    ),
    "fr": (
        "@ParceloHelp le livreur a laissé ma commande à la mauvaise adresse",
        "@ParceloHelp 15 minutes et RIEN. je paie Plus pour ça ?! honteux",
    ),
    "de": (
        "@ParceloHelp der Fahrer hat meine Bestellung beim falschen Haus abgeliefert, jetzt ist sie weg",
        "@ParceloHelp 15 Minuten und NICHTS. dafür zahle ich Plus?! Frechheit",
    ),
    "it": (
        "@ParceloHelp il rider ha lasciato il mio ordine alla casa sbagliata",
        "@ParceloHelp 15 minuti e NIENTE. pago Plus per questo?! vergogna",
    ),
    "pt": (
        "@ParceloHelp o estafeta deixou a minha encomenda na casa errada",
        "@ParceloHelp 15 minutos e NADA. pago o Plus para isto?! uma vergonha",
    ),
}
_RANK = {"P1": 0, "P2": 1, "P3": 2, "P4": 3}


@pytest.mark.parametrize("lang", sorted(ANGRIER))
def test_an_angrier_follow_up_minutes_later_joins_and_raises_the_case(template: Pipeline, lang: str) -> None:
    core = _desk(template)
    first = _post(core, "m1", ANGRIER[lang][0], 0)
    second = _post(core, "m2", ANGRIER[lang][1], 900)
    assert second["case_id"] == first["case_id"]
    assert second["update"] == "followup_attached"
    assert _RANK[second["priority"]] < _RANK[first["priority"]]


def test_bare_venting_after_venting_or_a_day_later_stays_its_own_case(template: Pipeline) -> None:
    core = _desk(template)
    a = _post(core, "m1", "@ParceloHelp you lot are a joke", 0)
    b = _post(core, "m2", "@ParceloHelp honestly the worst app ever", 900)
    assert b["case_id"] != a["case_id"]  # rant after rant: the repeat-ranter rule listens
    core = _desk(template)
    c = _post(core, "m1", ANGRIER["en"][0], 0)
    d = _post(core, "m2", "@ParceloHelp worst company ever, disgrace", DAY + 3600)
    assert d["case_id"] != c["case_id"]  # a day later, naming nothing: not this conversation


# --- 4. the pure parts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3 days and still no reply",
        "¿alguien me va a contestar?",
        "toujours pas de réponse, personne ne répond",
        "ich warte seit Tagen auf eine Antwort",
        "nessuna risposta, ci siete?",
        "ainda sem resposta, alguém?",
        "20 minutos e nada",
        "2 hours and nothing",
        "hello?? anyone there?",
        "des nouvelles ?",
        "hallo? jemand da?",
        "qualcuno?",
    ],
)
def test_waiting_for_the_brand(text: str) -> None:
    assert waits_for_the_brand(text)


@pytest.mark.parametrize(
    "text",
    [
        "app slow again, as usual",
        "sigo sin cobertura en casa, como siempre",
        "encore planté l'appli ce matin",
        "Internet schon wieder langsam",
        "consegna in ritardo, come sempre",
        "sinal fraco em casa, que novidade",
        # a greeting or someone named, not asked for
        "hola, otra vez la app lenta",
        "someone at your depot took my parcel again",
        "update: still slow",
        "hallo, schon wieder kein Netz",
    ],
)
def test_the_problem_still_there_is_no_wait_for_the_brand(text: str) -> None:
    assert not waits_for_the_brand(text)


@pytest.mark.parametrize(
    "text",
    [
        "30 mins and NOTHING",
        "2 horas y nada",
        "une heure et rien",
        "45 Minuten und nichts",
        "20 minuti e niente",
        "3 dias e nada",
    ],
)
def test_nothing_since(text: str) -> None:
    assert nothing_since(text)


def test_nothing_since_needs_a_time_gone_by() -> None:
    assert not nothing_since("the app and nothing else")
    assert not nothing_since("pizza y nada más")


def test_same_kind_of_problem() -> None:
    assert same_kind("delay", "delivery") and same_kind("defect", "outage")
    assert same_kind(None, "billing") and same_kind("other", "billing")
    assert not same_kind("billing", "defect") and not same_kind("defect", None)


def _analysis(**kw: Any) -> Analysis:
    base: dict[str, Any] = {
        "score": -0.5,
        "label": "negative",
        "confidence": 0.9,
        "intent": "complaint",
        "severity": "minor",
        "category": "defect",
        "supported": True,
    }
    base.update(kw)
    return Analysis(**base)


def test_is_chronic_gripe_needs_memory_a_day_and_the_same_problem() -> None:
    case = {"repeat_complainer": True, "category": "defect"}
    gripe = _analysis()
    assert is_chronic_gripe(gripe, "app slow again", case, DAY)
    assert not is_chronic_gripe(gripe, "app slow again", {**case, "repeat_complainer": False}, DAY)
    assert not is_chronic_gripe(gripe, "app slow again", case, 3600)  # the same day: the conversation
    assert not is_chronic_gripe(_analysis(category="billing"), "charged twice", case, DAY)
    assert not is_chronic_gripe(_analysis(severity="major"), "app down for days", case, DAY)
    assert not is_chronic_gripe(_analysis(harm="fraud"), "app slow and a payment I never made", case, DAY)
    assert not is_chronic_gripe(_analysis(signals=["churn"]), "app slow, I'm leaving", case, DAY)
    assert not is_chronic_gripe(gripe, "app slow again, order 55120 lost", case, DAY)  # a reference
    assert not is_chronic_gripe(gripe, "app slow again and still no reply", case, DAY)
    assert not is_chronic_gripe(_analysis(intent="question"), "when will the app be fixed?", case, DAY)


# --- 5. the same gripe on days far apart opens cases of its own: still listened to ---------------


@pytest.mark.parametrize("lang", sorted(GRIPES))
def test_the_same_gripe_days_apart_is_listened_to_on_its_own_case(template: Pipeline, lang: str) -> None:
    core = _desk(template)
    seq = [_post(core, f"m{i}", text, i * 2.5 * DAY) for i, text in enumerate(GRIPES[lang])]
    listened = [s for s in seq if s["recommended_action"]["code"] == "listen_only"]
    assert listened, "a repeat complainer's retold gripe is listened to"
    assert all(s["repeat_complainer"] and s["priority"] == "P4" for s in listened)
    assert not seq[0]["repeat_complainer"] and seq[0]["recommended_action"]["code"] != "listen_only"


FAR_NEW: dict[str, str] = {
    "en": "@NimbusHelp my new SIM never arrived and the tracking says delivered to a flat that doesn't exist",
    "es": "@ParceloEats el repartidor me ha cobrado en efectivo un pedido que ya había pagado con tarjeta",
    "fr": "@BrightbankCare mon virement vers le notaire est bloqué depuis lundi, la signature est vendredi",
    "it": "@ParceloEats il ristorante ha annullato l'ordine ma il pagamento con PayPal è rimasto addebitato",
}


@pytest.mark.parametrize(("lang", "text"), sorted(FAR_NEW.items()))
def test_a_new_problem_days_apart_in_its_own_words_is_answered(template: Pipeline, lang: str, text: str) -> None:
    core = _desk(template)
    texts = [*GRIPES[lang][:4], text]
    last = [_post(core, f"m{i}", t, i * 2.5 * DAY) for i, t in enumerate(texts)][-1]
    assert last["repeat_complainer"] is True
    assert last["recommended_action"]["code"] not in ("listen_only", "drop")


def test_retold_needs_half_of_what_it_is_about_said_before() -> None:
    known = subjects(["comid", "fría", "pedid", "llegó", "frío"])
    assert retold(("cena", "fría", "siemp"), known)  # "cena fría, como siempre"
    assert not retold(("repar", "cobra", "efect", "pedid", "pagad", "tarje"), known)
    assert not retold(("again", "siemp"), known)  # only words of time: nothing said about what


def test_still_no_refund_waits_for_the_brand() -> None:
    assert waits_for_the_brand("toujours pas de remboursement")
    assert waits_for_the_brand("rimborso mai arrivato")
    assert not waits_for_the_brand("comida fría. otra vez.")


# --- 6. a short retelling read as nothing in particular still counts in the 30-day memory ---------

SHORT_RETOLD: dict[str, list[str]] = {
    "es": [
        "@NimbusMobile otra vez sin cobertura en casa",
        "@NimbusMobile cobertura de risa",
        "@NimbusMobile sin cobertura en casa otra vez",
        "@NimbusMobile sin cobertura en casa, como siempre",
    ],
    "pt": [
        "@NimbusHelp internet lenta outra vez",
        "@NimbusHelp internet de tartaruga",
        "@NimbusHelp internet lenta de novo",
        "@NimbusHelp internet lenta, como sempre",
    ],
    "fr": [
        "@BrightbankCare l'appli plante encore",
        "@BrightbankCare appli en carton",
        "@BrightbankCare l'appli plante, encore",
        "@BrightbankCare l'appli plante. évidemment.",
    ],
}


@pytest.mark.parametrize("lang", sorted(SHORT_RETOLD))
def test_a_short_retelling_counts_as_a_complaint_in_the_memory(template: Pipeline, lang: str) -> None:
    core = _desk(template)
    seq = [_post(core, f"m{i}", t, i * 2.5 * DAY) for i, t in enumerate(SHORT_RETOLD[lang])]
    assert seq[1]["intent"] != "complaint"  # read as nothing in particular on its own
    assert seq[-1]["repeat_complainer"] is True  # yet the third complaint before the fourth


def test_neutral_mentions_about_something_else_do_not_count(template: Pipeline) -> None:
    core = _desk(template)
    texts = [
        "@ParceloEats app is slow again",
        "@ParceloEats ordering pizza tonight with the lads",
        "@ParceloEats new menu looks interesting",
        "@ParceloEats app slow again tonight",
    ]
    seq = [_post(core, f"m{i}", t, i * 2.5 * DAY) for i, t in enumerate(texts)]
    assert seq[-1]["repeat_complainer"] is False
    assert seq[-1]["recommended_action"]["code"] != "listen_only"


@pytest.mark.parametrize(
    ("lang", "first", "later"),
    [
        (
            "en",
            "@ParceloHelp my order never showed up, app says delivered",
            "@ParceloHelp absolute clowns, the lot of you",
        ),
        (
            "it",
            "@ParceloHelp il mio ordine non è mai arrivato, l'app dice consegnato",
            "@ParceloHelp siete dei buffoni",
        ),
    ],
)
def test_anger_hours_later_within_the_day_joins_the_open_complaint(
    template: Pipeline, lang: str, first: str, later: str
) -> None:
    core = _desk(template)
    a = _post(core, "m1", first, 0)
    b = _post(core, "m2", later, 6 * 3600)
    assert b["case_id"] == a["case_id"]
    assert _RANK[b["priority"]] <= _RANK[a["priority"]]


# --- 7. silence said in other words: "45 minutes and not a word", "nobody says anything" ----------

SILENCE: dict[str, tuple[str, str]] = {
    "en": (
        "@BrightbankCare my card payment at the pharmacy was declined twice, money is there",
        "@BrightbankCare 45 minutes later and still not a word. unbelievable",
    ),
    "es": (
        "@NimbusHelp sin internet en casa desde esta mañana",
        "@NimbusHelp dos horas después sigo igual y nadie dice nada, estoy harto",
    ),
    "fr": (
        "@NimbusHelp plus d'internet depuis ce matin",
        "@NimbusHelp deux heures plus tard, toujours rien, j'en ai ras le bol",
    ),
    "de": (
        "@BrightbankCare meine Karte wurde in der Apotheke zweimal abgelehnt",
        "@BrightbankCare 45 Minuten und kein Wort. unglaublich",
    ),
    "it": ("@NimbusHelp senza internet da stamattina", "@NimbusHelp due ore dopo ancora niente, sono stufo"),
    "pt": (
        "@NimbusHelp sem internet em casa desde manhã",
        "@NimbusHelp duas horas depois continua igual e ninguém diz nada, estou farto",
    ),
}


@pytest.mark.parametrize("lang", sorted(SILENCE))
def test_silence_since_the_complaint_raises_the_case(template: Pipeline, lang: str) -> None:
    core = _desk(template)
    first = _post(core, "m1", SILENCE[lang][0], 0)
    second = _post(core, "m2", SILENCE[lang][1], 7200)
    assert second["case_id"] == first["case_id"]
    assert _RANK[second["priority"]] < _RANK[first["priority"]]


@pytest.mark.parametrize(
    "text",
    [
        "45 minutos y ni una palabra",
        "45 minutes et toujours pas un mot",
        "45 minuti e neanche una parola",
        "45 minutos e nem uma palavra",
        "personne ne dit rien",
        "niemand sagt mir was",
    ],
)
def test_no_word_since(text: str) -> None:
    assert nothing_since(text)


@pytest.mark.parametrize(
    "text", ["pizza y nada más", "my 2 kids and nothing to eat in the house", "deux enfants et rien à manger"]
)
def test_nothing_without_a_time_gone_by_is_no_wait(text: str) -> None:
    assert not nothing_since(text)
