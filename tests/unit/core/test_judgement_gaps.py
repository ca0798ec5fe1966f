"""Judgement gaps closed in one pass, each with its negative twin in several languages: failed
payments, emoji praise, "can't find the option" how-tos, venting about the world, promotions,
ambiguous brand hashtags, and routine card precautions and delivery dates."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.tools import scenarios


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def _cases(texts: list[str], brand_handle: str = "@BrightbankCare") -> dict[str, Any]:
    """Each text from its own author, a minute apart: the final cases of the run."""
    mentions = [
        {"id": f"m{i}", "at": 60 * i, "author": {"id": f"c{i}", "handle": f"c{i}", "followers": 100}, "text": t}
        for i, t in enumerate(texts)
    ]
    run_ = scenarios.run_scenario(scenarios.core_factory_from_settings(), {"id": "gap", "mentions": mentions})
    return dict(run_["cases"])


# --- 1. a failed payment ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare my card got declined at Tesco and I have money in the account",
        "@BrightbankCare payment failed twice at the till",
        "@BrightbankCare tarjeta denegada en el súper, tengo saldo!!",
        "@BrightbankCare pagos rechazados desde hace 10 min",
        "@ParceloHelp paiement refusé à chaque fois",
        "@BrightbankCare keine Kartenzahlung möglich, stehe an der Tankstelle",
        "@BrightbankCare Zahlung abgelehnt, schon wieder",
        "@ParceloEats pagamento rifiutato, ho fame",
        "@ParceloEats pagamento recusado no checkout",
    ],
)
def test_a_failed_payment_is_a_complaint(text: str) -> None:
    a = run(text)
    assert a.intent == "complaint", a
    assert "payment_failed" in a.cues
    assert a.category == "outage"  # a service failure: many such reports are one incident


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare how do I pay my credit card bill from the app?",
        "@BrightbankCare paid with my card in Lisbon today, smooth as ever, love it",
        "@BrightbankCare ¿puedo pagar con la tarjeta en el extranjero?",
        "@BrightbankCare je paie avec ma carte partout, merci",
        "@BrightbankCare Karte kam gestern, Zahlung mit Apple Pay klappt super",
        "@BrightbankCare pagamento con carta in Giappone, tutto ok",
    ],
)
def test_paying_or_asking_about_paying_is_no_payment_failure(text: str) -> None:
    a = run(text)
    assert "payment_failed" not in a.cues
    assert a.intent != "complaint"


def test_many_customers_whose_cards_fail_are_one_incident() -> None:
    cases = _cases(
        [
            "@BrightbankCare no puedo pagar con la tarjeta en ningún sitio",
            "@BrightbankCare tarjeta denegada en el súper, tengo saldo!!",
            "@BrightbankCare pagos rechazados desde hace 10 min",
            "@BrightbankCare me han rechazado la tarjeta 3 veces en el metro",
            "@BrightbankCare otra con la tarjeta rechazada aqui",
            "@BrightbankCare pagos no funcionan, qué pasa",
            "@BrightbankCare la tarjeta no va y la app tampoco",
            "@BrightbankCare en la gasolinera sin poder pagar, explicaciones ya",
        ]
    )
    incidents = {c["incident_id"] for c in cases.values()}
    assert len(incidents) == 1 and None not in incidents
    assert max(c["incident_size"] for c in cases.values()) == 8


def test_an_outage_word_in_another_language_is_never_praise() -> None:
    assert run("Brightbank App und Karte down, bitte um Info @BrightbankCare").intent == "complaint"
    # ... while a thank-you for the network, with no outage word, still is
    assert run("@NimbusMobile danke, das Netz läuft wieder super schnell!").intent == "praise"


# --- 2. emoji praise ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "la nouvelle appli Brightbank ça tue, virement instantané en 2 clics 🔥",
        "il nuovo 5G di @NimbusMobile a Milano va da paura 🚀 200 mega in metro",
        "Konto bei @Brightbank in 8 Minuten eröffnet, Karte 2 Tage später da. So muss das! 💚",
        "rapidísimo el envío de @ParceloEats hoy 😍",
        "@ParceloEats entrega em 10 minutos 👏👏",
        "this @ParceloEats 2-for-1 pizza deal is FIRE 🔥🔥 ordered twice this week no shame",
    ],
)
def test_emoji_praise_with_nothing_failed_is_praise(text: str) -> None:
    assert run(text).intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats pedido frío otra vez 😍",  # a failure named: not praise, whatever the emoji
        "@BrightbankCare la app ne marche pas depuis hier 👍",
        "@NimbusMobile Netz weg seit gestern 🔥",
        "@ParceloEats consegna in ritardo di un'ora 👏",
        "@ParceloEats onde está o meu pedido? 😍",  # a question
    ],
)
def test_emoji_beside_a_failure_or_question_is_no_praise(text: str) -> None:
    assert run(text).intent != "praise"


def test_approving_emoji_read_positive_in_every_language() -> None:
    for emoji in ("👍", "👏", "🙌", "💯", "🔥"):
        assert run(f"@ParceloEats {emoji}{emoji}").score > 0, emoji
    assert run("@ParceloEats la pizza 🔥").score > 0


def test_fire_alone_is_no_praise_irony_turns_round() -> None:
    # spam riding an outage tag with a fire emoji is no ironic complaint (it would join the outage)
    assert run("#nimbusdown en tendencia 🔥 1000 followers = 4,99€ compra ya").intent != "complaint"


# --- 3. looking for an option ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare can't find the option to change my PIN in the app",
        "@BrightbankCare where is the setting for notifications?",
        "@NimbusHelp como activo el roaming para Marruecos? en la app no veo la opcion",
        "@BrightbankCare no encuentro la opción de cambiar el PIN",
        "@BrightbankCare je ne trouve pas l'option pour bloquer ma carte",
        "@ParceloEats je mets où le code promo dans l'appli ? je le vois nulle part 😅",
        "@BrightbankCare ich finde die Einstellung für Roaming nicht",
        "@NimbusHelp non trovo l'opzione per disattivare la segreteria",
        "@NimbusHelp não encontro a opção de 2ª via da fatura",
    ],
)
def test_looking_for_an_option_is_a_how_to_question(text: str) -> None:
    a = run(text)
    assert a.intent == "question", a
    assert "looking_for_option" in a.cues and "unmet" not in a.cues


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare I can't find my money, 500€ gone from my account",  # a loss, not a setting
        "@BrightbankCare ich finde die neue Funktion richtig gut",  # an opinion
        "@ParceloEats je la trouve pas terrible cette appli",
        "@NimbusHelp non trovo più il mio pacco, consegnato ieri ma non c'è",
    ],
)
def test_not_finding_something_else_is_no_option_lookup(text: str) -> None:
    assert "looking_for_option" not in run(text).cues


def test_a_negated_wish_is_no_unmet_expectation() -> None:
    a = run("@NimbusHelp cómo activo el roaming? me voy el lunes y no quiero llevarme un susto en la factura")
    assert a.intent == "question" and "unmet" not in a.cues
    # the twin: a negated problem word is still one
    assert "unmet" in run("@NimbusHelp la factura no ha llegado y ya me cobran").cues


# --- 4. venting at the world -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["I hate Mondays", "mondays suck #parcelo", "ugh I hate this weather", "ich hasse Montage", "odio los lunes"],
)
def test_venting_at_an_everyday_gripe_is_other(text: str) -> None:
    a = run(text)
    assert a.intent == "other", a
    assert "everyday_gripe" in a.cues


@pytest.mark.parametrize(
    "text",
    [
        # the body and the household: the dentist, biting bugs (en, es, de, it, pt)
        "ugh the dentist again tomorrow, damn it",
        "these damn mosquitoes ate me alive",
        "odio ir al dentista, maldita sea",
        "Scheiß Zahnarzt, ich hasse das",
        "maledette zanzare, odio l'estate",
        "odeio dentista, que merda",
    ],
)
def test_venting_at_the_body_and_household_is_other(text: str) -> None:
    a = run(text)
    assert a.intent == "other", a


@pytest.mark.parametrize(
    "text",
    [
        "@SmileDental I hate your dentist, he chipped my tooth",  # addressed to the brand
        "SmileDental dentist overcharged me £90 for a filling, disgraceful",  # a problem, dentist or not
        "I hate @ParceloEats",  # at the brand
        "@ParceloEats you ruin my mondays, worst app ever",  # addressed to the brand
        "@ParceloEats odio vuestra app",
        "@ParceloEats rider was 40 min late in the rain, food cold",  # a problem, rain or not
    ],
)
def test_venting_at_the_brand_is_still_a_rant_or_complaint(text: str) -> None:
    assert run(text).intent in ("rant", "complaint")


def test_a_monday_gripe_tagged_with_the_brand_needs_no_agent() -> None:
    (case,) = _cases(["mondays suck #parcelo"]).values()
    assert case["intent"] == "other" and case["priority"] == "P4"
    assert case["recommended_action"]["code"] not in ("point_to_self_service", "acknowledge_then_private")


# --- 5. promotions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SkyLark Air flash sale: flights to Lisbon from £29, book by Sunday",
        "Ad: switch to Brightbank and get £100 when you open an account with code BRIGHT100",
        "Brightbank savings pots, 4% AER on everything #ad",
        "🎁 CONCOURS : gagne 1 an de Parcelo Plus ! Like + tag 2 ami·e·s #parcelo",
        "Gewinnspiel! Wir verlosen 3 Flüge mit @SkyLarkAir, einfach liken und teilen",
        "Sorteamos 3 meses de Parcelo Plus, participa y comenta",
        "Promoção Nimbus: 20GB extra no plano, aproveite até domingo",
    ],
)
def test_a_promotion_is_other_not_a_complaint(text: str) -> None:
    a = run(text)
    assert a.intent in ("other", "spam"), a
    assert a.intent == "spam" or "promotion" in a.cues


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp promo code rejected at checkout even though it's in date",
        "@SkyLarkAir the flash sale fare vanished at payment and now it's £90 more, sort it out",
        "@ParceloEats j'avais gagné le concours d'octobre et j'ai jamais reçu mon code Plus",
        "@NimbusMobile la promoção não foi aplicada na minha fatura",
        "@SkyLarkAir is the black friday sale still on?",  # a question
    ],
)
def test_a_problem_with_a_promotion_is_no_promotion(text: str) -> None:
    a = run(text)
    assert "promotion" not in a.cues
    assert a.intent != "other"


def test_not_sponsored_is_no_promotion() -> None:
    a = run("the savings pots in @Brightbank Premium changed how I budget = chef's kiss 💸 (not sponsored lol)")
    assert "promotion" not in a.cues and a.intent == "praise"


def test_sale_is_dirty_only_in_french() -> None:
    assert "promotion" in run("SkyLark winter sale, book now").cues
    assert run("@SkyLarkAir le siège était sale et cassé").intent == "complaint"


# --- 6. a hashtag of an ambiguous brand name ---------------------------------------------------

_CATALOG = {
    "brands": [
        {
            "id": "nimbus-mobile",
            "name": "Nimbus Mobile",
            "handles": ["NimbusMobile"],
            "ambiguous_aliases": ["Nimbus"],
            "context": ["signal", "network", "bill"],
            "aliases": ["#nimbusdown"],
        },
        {"id": "skylark-air", "name": "SkyLark Air", "ambiguous_aliases": ["SkyLark"], "aliases": ["#SkyLark"]},
    ]
}


def test_a_hashtag_of_an_ambiguous_name_needs_context() -> None:
    from mentionflow.core.catalog import parse_catalog

    cat = parse_catalog(_CATALOG)
    # no context: unconfirmed, as the bare name would be
    assert cat.match(["massive", "clouds", "today"], [], ["nimbus"]) == ([], [], [], ["nimbus-mobile"])
    # with context it names the brand
    assert cat.match(["no", "signal", "again"], [], ["nimbus"])[0] == ["nimbus-mobile"]
    # a hashtag the catalog lists names the brand on its own
    assert cat.match(["first", "of", "spring"], [], ["skylark"])[0] == ["skylark-air"]
    assert cat.match(["leeds", "too"], [], ["NimbusDown"])[0] == ["nimbus-mobile"]


def test_an_ambiguous_hashtag_without_context_opens_no_case() -> None:
    assert not _cases(["Massive #nimbus clouds rolling in over the Pennines"])
    assert _cases(["#nimbus down again, no signal in Leeds"])


# --- 7. routine card precautions and delivery dates ---------------------------------------------


def _harm(text: str) -> str | None:
    from mentionflow.core.harm import detect_harm

    n = normalise(text)
    return detect_harm(n, detect_language(n).code).kind


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare how do I freeze my card?",
        "@BrightbankCare lost my wallet, can you freeze my card please",
        "@BrightbankCare wie kann ich meine Karte sperren?",
        "@BrightbankCare meine Ersatzkarte ist nie angekommen. Soll ich die sperren lassen?",
        "@BrightbankCare ¿cómo bloqueo la tarjeta si la pierdo?",
    ],
)
def test_freezing_a_card_alone_raises_no_fraud_alarm(text: str) -> None:
    assert _harm(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare jemand hat mit meiner Karte in Rumänien 3x Geld abgehoben!! Karte sperren, sofort!",
        "@BrightbankCare 3 cargos de 300€ en Lituania que yo no he hecho!!! bloqueadla",
        "@BrightbankCare intanto è partito un altro prelievo. BLOCCATELA",
        "@BrightbankCare my card was stolen, freeze it now",
        "@BrightbankCare 4 payments I didn't make, please block my card",
    ],
)
def test_freezing_a_card_with_a_sign_of_fraud_is_fraud(text: str) -> None:
    assert _harm(text) == "fraud"


def test_a_date_is_no_wait() -> None:
    a = run("Opened an account with @Brightbank in 8 minutes, card arrived 2 days later. That's how it's done 💚")
    assert "long_wait" not in a.cues and a.intent == "praise"
    assert "long_wait" in run("@Brightbank my card arrived 2 weeks later than promised").cues
    assert "long_wait" in run("@SkyLarkAir waited 3 hours at the gate").cues


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare donde descargo el certificado de retenciones para la renta desde la app?",
        "@BrightbankCare no encuentro la opción de cambiar el PIN",
        "@BrightbankCare can't find the option to change my PIN in the app",
        "@NimbusHelp non trovo l'opzione per disattivare la segreteria",
    ],
)
def test_a_where_or_option_how_to_goes_to_self_service(text: str) -> None:
    (case,) = _cases([text]).values()
    assert (case["queue"], case["priority"]) == ("self-service", "P4")


def test_a_lost_parcel_asked_about_is_no_self_service_how_to() -> None:
    (case,) = _cases(["@ParceloHelp je ne trouve pas mon colis, il est où ?"]).values()
    assert case["queue"] != "self-service"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats cobraram-me e a encomenda nao foi criada, e a app continua com erro",
        "@BrightbankCare schon wieder eine Fehlermeldung beim Bezahlen",
        "@ParceloHelp l'appli affiche une erreur à chaque commande",
        "@ParceloHelp l'app dà errore quando pago",
    ],
)
def test_an_error_is_a_service_failure_in_every_language(text: str) -> None:
    assert run(text).category == "outage"


# --- irony that names its failure in other languages ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "parabéns @BrightbankCare, 2 horas na linha pra ouvir musiquinha 🎶 atendimento top demais 👏",
        "Obrigadinha @BrightbankCare por me bloquearem o cartao em Nova Iorque sem aviso, adorei 🙏 melhor banco",
        'Danke @Brightbank, meine Überweisung 4 Tage "geprüft". Jetzt eine Mahnung. Super Service, echt. 👍',
    ],
)
def test_praise_of_a_named_failure_is_a_complaint(text: str) -> None:
    assert run(text).intent == "complaint"


def test_the_bomb_is_praise() -> None:
    assert run("SkyLark Air's black friday fares are the bomb, just booked Lisbon for £29 💣✈️").intent == "praise"
    assert run("@BrightbankCare danke, die Mahnung ist erledigt und alles funktioniert").intent == "praise"


def test_an_insult_at_a_thing_leaves_a_how_to_a_question() -> None:
    assert run("@NimbusHelp how do I turn on wifi calling on my Samsung? signal in my kitchen is rubbish").intent == (
        "question"
    )
    # ... an insult at the brand does not
    assert run("@NimbusHelp how do I cancel? you lot are rubbish").intent != "question"


def test_charged_twice_in_german_is_major_and_calling_twice_is_not() -> None:
    assert run("@ParceloHelp Bestellung zweimal von der Karte abgebucht, 2x 74,20€").severity == "major"
    assert run("@ParceloHelp ich habe zweimal angerufen, niemand antwortet").severity != "major"


def test_british_praise_slang() -> None:
    assert run("Parcelo Plus paid for itself this month, 9 free deliveries @ParceloEats you lot are ace").intent == (
        "praise"
    )


@pytest.mark.parametrize(
    "text",
    ["@ParceloEats siete proprio il peggio. basta 🙄", "@NimbusMobile ihr seid und bleibt der letzte Verein. Punkt."],
)
def test_contempt_with_no_problem_is_a_rant(text: str) -> None:
    assert run(text).intent == "rant"


def test_the_last_flight_is_no_insult() -> None:
    assert "insult" not in str(run("@SkyLarkAir der letzte Flug heute war pünktlich, danke").cues)
    assert run("@SkyLarkAir der letzte Flug heute war pünktlich, danke").intent == "praise"


def test_a_context_word_in_an_idiom_is_no_context() -> None:
    from mentionflow.core.catalog import parse_catalog

    data = copy.deepcopy(_CATALOG)
    data["brands"][0]["context"].append("down")
    cat = parse_catalog(data)
    assert cat.match(["nimbus", "is", "hands", "down", "the", "best", "skin"], [], [])[0] == []
    assert cat.match(["nimbus", "clouds", "batten", "down", "the", "hatches"], [], [])[0] == []
    assert cat.match(["nimbus", "down", "again", "in", "leeds"], [], [])[0] == ["nimbus-mobile"]
    assert cat.match(["is", "nimbus", "back", "down", "again"], [], [])[0] == ["nimbus-mobile"]
