"""Session 24: general causes found while reading conversations and blind sets 63-68, with controls."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.lang import detect_language
from mentionflow.core.leads import prospect_lead
from mentionflow.core.text import normalise
from mentionflow.tools import scenarios


def _lead(text: str) -> str | None:
    return prospect_lead(normalise(text).tokens, ("nimbus",))


def _severity(text: str) -> str | None:
    norm = normalise(text)
    guess = detect_language(norm)
    return read_mention(norm, guess, guess.code, True)[0].severity


def _cases_of(mentions: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    run = scenarios.run_scenario(scenarios.core_factory_from_settings(), {"id": "s24", "mentions": mentions})
    return {m: c for c in run["cases"].values() for m in c["mention_ids"]}


def test_quote_us_for_asked_of_the_brand_is_a_lead() -> None:
    assert _lead("we're opening a second cafe, can you quote us for 4 business lines + fibre?") == "quote"
    assert _lead("could you quote me for a 24 month sim only deal") == "quote"
    # Told, not asked; an idiom.
    assert _lead("they tried to quote me for a repair that should be free under insurance") is None
    assert _lead("don't quote me on that but the outage seems over") is None


_CAFE = {"id": "jo", "handle": "cafe_owner_jo", "followers": 300}
_ASK = "@NimbusMobile we're opening a second cafe next month, can you quote us for 4 business lines + fibre?"


def test_a_problem_after_asking_for_a_quote_is_its_own_case() -> None:
    down = "@NimbusMobile the fibre at our current cafe has been down since 9am, card machine is dead, losing sales"
    cases = _cases_of(
        [{"id": "m1", "author": _CAFE, "text": _ASK}, {"id": "m2", "at": 1800, "author": _CAFE, "text": down}]
    )
    assert cases["s24/m1"]["queue"] == "sales"
    assert cases["s24/m2"]["case_id"] != cases["s24/m1"]["case_id"]
    assert cases["s24/m2"]["queue"] != "sales"


def test_chasing_the_quote_follows_the_lead_up() -> None:
    chase = "@NimbusMobile still waiting for that quote, 3 days now, do you want our business or not"
    cases = _cases_of(
        [{"id": "m1", "author": _CAFE, "text": _ASK}, {"id": "m2", "at": 3 * 3600, "author": _CAFE, "text": chase}]
    )
    assert cases["s24/m2"]["case_id"] == cases["s24/m1"]["case_id"]


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile the fibre at our cafe has been down since 9am and we are losing sales",
        "@NimbusMobile la fibra del bar caída desde las 9 y perdiendo ventas",
        "@NimbusMobile Glasfaser im Laden seit 9 Uhr weg, wir verlieren Umsatz",
    ],
)
def test_a_business_losing_sales_to_an_outage_is_major(text: str) -> None:
    assert _severity(text) == "major"


def _intent(text: str) -> str:
    norm = normalise(text)
    guess = detect_language(norm)
    return read_mention(norm, guess, guess.code, True)[0].intent


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir would be great if the app showed where my checked bag actually is (AirTag-style)",
        "@NimbusMobile would be great if the app showed how much data I actually have left",
    ],
)
def test_a_wish_for_the_app_to_show_something_is_an_idea(text: str) -> None:
    cases = _cases_of([{"id": "m1", "author": {"id": "a", "handle": "belt_watcher"}, "text": text}])
    assert cases["s24/m1"]["queue"] == "product-feedback"
    assert cases["s24/m1"]["recommended_action"]["code"] == "log_feedback"


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir would be nice if you actually told us where the plane is",
        "@SkyLarkAir would be great if someone told me what is actually happening with my flight",
        "@ParceloEats would be cool if the map showed where the rider actually is instead of spinning",
    ],
)
def test_a_wish_for_an_answer_or_against_a_failure_stays_a_complaint(text: str) -> None:
    assert _intent(text) == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkHelp suitcase lost on SL2207 Milan-Manchester, all my clothes for tomorrow's conference are in it",
        "@SkyLarkHelp valigia persa sul SL2207, dentro ci sono tutti i miei vestiti per il convegno",
        "@SkyLarkHelp maleta perdida en el SL2207, toda mi ropa para el congreso de mañana",
        "@SkyLarkHelp valise perdue sur le SL2207, tous mes vêtements pour le congrès de demain",
        "@SkyLarkHelp Koffer verloren auf SL2207, alle Klamotten für die Konferenz morgen sind drin",
        "@SkyLarkHelp mala perdida no SL2207, todas as minhas roupas para o congresso de amanhã",
    ],
)
def test_a_lost_bag_is_major_in_every_language(text: str) -> None:
    assert _severity(text) == "major"  # as "lost bag" long was in English


def _harm(text: str) -> tuple[str | None, str | None]:
    norm = normalise(text)
    guess = detect_language(norm)
    a = read_mention(norm, guess, guess.code, True)[0]
    return a.harm, a.harm_severity


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp mi madre se ha caído en casa y el 112 no entraba, 3 llamadas fallidas seguidas",
        "@NimbusMobile mein Mann hatte Verdacht auf Herzinfarkt und 112 ging über euer Netz NICHT durch",
        "@NimbusMobile Mein Vater ist gehörlos und kann seit dem Netzausfall keinen Notruf per SMS absetzen",
        "@NimbusMobile 999 wouldn't connect, my dad was on the floor",
        "@NimbusHelp le 112 ne passait pas, ma grand-mère était tombée",
        "@NimbusHelp emergency calls not going through in Leeds since 8am",
    ],
)
def test_an_emergency_call_that_failed_is_severe_physical_safety(text: str) -> None:
    assert _harm(text) == ("physical_safety", "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp order 112 failed to arrive, again",
        "@Brightbank my 112 euro refund failed",
        "@SkyLarkAir flight 999 was not on time",
        "@NimbusHelp tried 999 and it connected straight away, thank god, all fine now",
    ],
)
def test_a_number_that_is_no_emergency_call_is_no_harm(text: str) -> None:
    assert _harm(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp nearly had a heart attack when I saw my bill, 430 quid??",
        "@NimbusHelp casi me da un infarto al ver la factura de 430€",
        "@NimbusMobile fast einen Herzinfarkt bekommen bei der Rechnung",
        "@NimbusHelp quase tive um infarto com a fatura",
    ],
)
def test_a_heart_attack_nearly_had_at_a_bill_is_a_figure(text: str) -> None:
    assert _harm(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp my husband had a heart attack last night and 999 kept dropping on your network",
        "@NimbusMobile mein Vater hatte einen Herzinfarkt und das Netz war weg",
        "@NimbusHelp mio padre ha avuto un infarto e la linea era morta, nessun modo di chiamare",
    ],
)
def test_a_heart_attack_that_happened_is_harm(text: str) -> None:
    assert _harm(text)[0] is not None


def test_card_details_put_into_a_doubted_lure_are_phished() -> None:
    told = (
        "@NimbusHelp mum (79) got a text 'Nimbus: your bill payment failed, update your card here' with a dodgy"
        " link and she's already put her card details in 😩 is this you?? what do we do"
    )
    assert _harm(told) == ("fraud", "severe")
    assert _harm("@NimbusHelp got a dodgy text, didnt put my card details in obviously, just reporting it")[0] is None
    assert _harm("@NimbusHelp I put my card details in your website and got charged twice")[0] is None


def test_a_theft_already_in_an_insurance_claim_is_no_harm_now() -> None:
    claim = (
        "@NimbusHelp handset insurance claim for my stolen phone submitted 3 weeks ago, police ref and everything."
        " Still 'pending'. what's the hold up?"
    )
    assert _harm(claim)[0] is None
    assert _harm("@NimbusHelp my phone was stolen 20 min ago, please block the SIM, I have insurance")[0] == "fraud"


def _signals(text: str) -> list[str]:
    from mentionflow.core.signals import detect_signals

    return list(detect_signals(normalise(text)))


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank oi gente, como faço pra trocar a senha do cartão de débito pelo app? procurei e não achei 😅",
        "@SkyLarkHelp bonjour, comment je rajoute un bagage en soute sur ma résa ? Je trouve pas dans l'appli 🙈",
        "@NimbusHelp cómo activo el roaming para ir a Marruecos? en la app no lo encuentro",
        "@Brightbank wie ändere ich die PIN in der App? finde nichts",
    ],
)
def test_a_how_to_then_not_found_without_a_pronoun_is_still_the_question(text: str) -> None:
    assert _intent(text) == "question"


def test_where_is_my_order_not_found_is_a_complaint() -> None:
    assert _intent("@ParceloEats onde está o meu pedido? já procurei e não encontrei o estafeta") == "complaint"


def test_working_from_home_is_no_spam_but_earning_from_home_is() -> None:
    assert "spam" not in _signals("@NimbusHelp hace 4 días sin internet y laburo desde casa")
    assert "spam" not in _signals("@NimbusHelp ich arbeite von zu Hause aus und habe kein Netz")
    assert "spam" in _signals("gana dinero desde casa sin experiencia, escríbeme")
    assert "spam" in _signals("Geld verdienen von zu Hause aus, schreib mir")


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp hace 4 días que no tengo internet, Nimbus Fibre muerto",
        "@NimbusHelp ça fait 4 jours que je n'ai pas internet",
        "@NimbusHelp sono 4 giorni che non ho internet",
        "@NimbusHelp há 4 dias que não tenho internet",
    ],
)
def test_days_without_service_told_with_a_that_clause_are_major(text: str) -> None:
    assert _severity(text) == "major"


@pytest.mark.parametrize(
    "text",
    [
        "Ehrlich: die Sparpots in der @Brightbank App sind das Beste, was meinem Konto dieses Jahr passiert ist 💸",
        "Quick shoutout to @NimbusMobile - my Nimbus Fibre went down mid-livestream yesterday, an engineer was here"
        " within 3 hours and it's faster than before. Credit where it's due 👏",
        "Big thanks to @NimbusMobile for getting our holiday lodges back online within a day after the storm 🙌",
    ],
)
def test_sincere_praise_of_a_fix_or_the_best_thing_is_praise(text: str) -> None:
    assert _intent(text) == "praise"


def test_a_failure_then_a_verdict_stays_a_complaint() -> None:
    assert _intent("das Beste an der @Brightbank App: sie stürzt jeden Tag ab") == "complaint"
    assert _intent("@NimbusHelp yay another outage in less than 8 hours. Keep up the good work!") == "complaint"


def test_flying_with_another_airline_is_churn_and_a_port_done_is_not() -> None:
    assert "churn" in _signals("@SkyLarkAir a partir de janeiro a empresa passa a voar com outra companhia")
    assert "churn" in _signals("@SkyLarkAir ab Januar fliegen wir mit einer anderen Airline")
    praised = "Por fin alguien en @NimbusHelp que sabe: portabilidad resuelta en 20 min por chat. Gracias Rubén 💚"
    assert "churn" not in _signals(praised)


def test_a_french_how_to_with_its_verb_is_self_service() -> None:
    text = "@SkyLarkHelp bonjour, comment je rajoute un bagage en soute sur ma résa ? Je trouve pas dans l'appli 🙈"
    cases = _cases_of([{"id": "m1", "author": {"id": "a", "handle": "lucie"}, "text": text}])
    assert cases["s24/m1"]["queue"] == "self-service"


def test_many_reporting_their_salary_missing_on_payday_is_one_incident() -> None:
    texts = [
        "@Brightbank payday and my salary isn't in?? work says it went out yesterday",
        "is anyone else's wages missing from Brightbank this morning? balance is £12 😬 #brightbank",
        "@BrightbankCare salary hasn't landed, rent goes out at 10. what is going on",
        "@Brightbank no salary, no answer on the phone, no update on your site",
        "@BrightbankCare nurse here, just off a night shift, and my wages aren't in my account",
        "@Brightbank my salary still hasn't come through and I've got direct debits due today",
        "@BrightbankCare payday, salary not in, account empty. is there an outage?",
        "@Brightbank wages missing this morning and I've got suppliers to pay 😩 anyone else?",
        "@BrightbankCare my salary and my wife's are both missing today. please post a status update",
    ]
    mentions = [
        {"id": f"m{i}", "at": 60 * i, "author": {"id": f"a{i}", "handle": f"payday{i}"}, "text": t}
        for i, t in enumerate(texts)
    ]
    cases = _cases_of(mentions)
    assert cases["s24/m8"]["queue"] == "crisis"
    assert cases["s24/m8"]["incident_id"] is not None


def test_one_customers_salary_question_is_no_incident() -> None:
    text = "@Brightbank my salary went into my old account by mistake, can you move it?"
    cases = _cases_of([{"id": "m1", "author": {"id": "a", "handle": "x"}, "text": text}])
    assert cases["s24/m1"]["queue"] != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "complimenti @NimbusMobile 👏 il 4G va come il modem del 1998. videochiamata saltata 3 volte. che eccellenza",
        "adoro a @ParceloEats 😍 o meu sushi deu a volta a Lisboa 3 vezes e chegou morno. 10/10 experiência 🍣",
        "amo quando a @NimbusMobile some com meu sinal bem na hora da reunião. obrigado, vcs são demais 🥰🥰",
        "Grazie @SkyLarkAir per averci fatto passare la notte sulle panchine di Fiumicino con due bambini."
        " Nessun hotel, nessuna coperta. Esperienza indimenticabile davvero 👏👏",
    ],
)
def test_praise_of_a_failure_told_in_everyday_words_is_a_complaint(text: str) -> None:
    assert _intent(text) == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Grazie @SkyLarkAir, viaggio di nozze perfetto, equipaggio gentilissimo. Esperienza indimenticabile ❤️",
        "a app da Parcelo é brutal, francesinha em casa em 18 minutos e ainda quentinha 🔥🔥 #parcelo",
    ],
)
def test_an_unforgettable_trip_with_nothing_wrong_stays_praise(text: str) -> None:
    assert _intent(text) == "praise"


def test_a_bystanders_answer_in_the_thread_is_no_conversion() -> None:
    mum = {"id": "mum", "handle": "new_mum_ellie"}
    flyer = {"id": "jay", "handle": "frequentflyer_jay"}
    asked = "@SkyLarkAir flying to Malaga in Dec with a 9 month old, can I take the pram to the gate?"
    answer = "@new_mum_ellie @SkyLarkAir you can gate-check it, did it on SkyLark last month 👍"
    run = scenarios.run_scenario(
        scenarios.core_factory_from_settings(),
        {
            "id": "s24",
            "mentions": [
                {"id": "m1", "author": mum, "text": asked},
                {"id": "m2", "at": 1500, "author": flyer, "text": answer, "in_reply_to": "m1"},
            ],
        },
    )
    (case,) = run["cases"].values()
    assert case["update"] == "followup_attached"


def test_a_fix_denied_with_nothing_is_no_fix() -> None:
    assert "resolved" not in _signals("@NimbusMobile 3 chamadas para o apoio e nada resolvido.")
    assert "resolved" not in _signals("@NimbusHelp rien de réglé, toujours pas de réseau")
    assert "resolved" in _signals("@BrightbankCare pot's back to £2,300. panic over, thanks")


def test_a_threat_to_leave_after_a_complaint_follows_it_up_for_retention() -> None:
    author = {"id": "pedro", "handle": "pedro_alves_"}
    cases = _cases_of(
        [
            {
                "id": "m1",
                "author": author,
                "text": "@NimbusHelp mais uma vez sem net em casa à noite, 3.ª vez esta semana",
            },
            {
                "id": "m2",
                "at": 7200,
                "author": author,
                "text": "@NimbusHelp chega. Vou cancelar o contrato e mudar para outra operadora, não pago mais.",
            },
        ]
    )
    assert cases["s24/m2"]["case_id"] == cases["s24/m1"]["case_id"]
    assert cases["s24/m2"]["queue"] == "retention"


def test_also_before_a_problem_of_another_kind_is_a_new_case() -> None:
    author = {"id": "lore", "handle": "lore_pisa"}
    bill = "@NimbusHelp in fattura ho 35€ di roaming per un weekend a Nizza, ma l'UE non era inclusa?"
    dead = "@NimbusHelp e adesso pure la fibra di casa è morta, il router Nimbus ha la luce rossa fissa da un'ora"
    cases = _cases_of(
        [{"id": "m1", "author": author, "text": bill}, {"id": "m2", "at": 39600, "author": author, "text": dead}]
    )
    assert cases["s24/m2"]["case_id"] != cases["s24/m1"]["case_id"]
    # ... while "also" about the same order points back at it.
    order = {"id": "k", "handle": "kev"}
    cases = _cases_of(
        [
            {"id": "m1", "author": order, "text": "@ParceloHelp order 55 mins late and the chips were missing"},
            {
                "id": "m2",
                "at": 7200,
                "author": order,
                "text": "@ParceloHelp also the drinks were missing from that order",
            },
        ]
    )
    assert cases["s24/m2"]["case_id"] == cases["s24/m1"]["case_id"]


@pytest.mark.parametrize(
    "text",
    [
        "@BrightbankCare the £6,250 school fees payment has left my Premium account twice this morning",
        "@NimbusHelp five weeks since my Nimbus Fibre install was due. Three engineer no-shows",
        "@NimbusHelp all 8 of our Nimbus business lines have been dead since 8am, so we can't take payments",
    ],
)
def test_money_gone_twice_weeks_overdue_or_a_business_unable_to_trade_is_major(text: str) -> None:
    assert _severity(text) == "major"


@pytest.mark.parametrize(
    "text",
    [
        "Feature-Wunsch an @Brightbank: Sparziele in den Spartöpfen mit Fortschrittsbalken. Wäre echt nice 🙏",
        "@Brightbank genuinely begging you: let us put emoji + photos on savings pots and add round-ups",
    ],
)
def test_a_feature_asked_for_is_feedback(text: str) -> None:
    assert "feedback" in _signals(text)


def test_let_us_know_is_no_feature_request() -> None:
    assert "feedback" not in _signals("@NimbusHelp please let us know when the outage is fixed")


def test_wishing_to_be_on_the_brand_is_a_lead() -> None:
    assert _lead("I would like to be on Nimbus, what do you offer?") == "move"
    assert _lead("vorremmo essere su Nimbus con tutte le linee") == "move"
    assert _lead("I'd rather be on Nimbus than deal with this outage") is None
    assert _lead("the app says my order is on Nimbus road") is None


def test_a_partner_unable_to_pay_its_suppliers_is_major() -> None:
    text = (
        "@ParceloHelp siamo la Pizzeria Da Tonino, partner Parcelo. Non riceviamo i pagamenti da 3 settimane."
        " Dobbiamo pagare fornitori e dipendenti."
    )
    assert _severity(text) == "major"
