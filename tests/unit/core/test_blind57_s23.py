"""Blind sets 57 and 58 (session 23): the general causes of their arrival failures, with controls."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _intent(text: str, brand_known: bool = True) -> str:
    norm = normalise(text)
    guess = detect_language(norm)
    return read_mention(norm, guess, guess.code, brand_known)[0].intent


@pytest.mark.parametrize(
    "text",
    [
        "Did my whole Christmas food haul on Parcelo Market this year and honestly?? 25 min delivery, nothing missing,"
        " rider was an angel 😇 @ParceloEats you've converted me",
        "@ParceloEats 20 minutes, nothing damaged, nothing forgotten, rider lovely. more of this please",
        "@SpotifyCares Nah, there's nothing wrong. Love you guys",
    ],
)
def test_nothing_missing_is_an_order_that_went_right(text: str) -> None:
    assert _intent(text) == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats order arrived with half of it missing, rider was an angel though",
        "@united I can't even take a walk without missing a change",
        "@ParceloEats nothing missing this time but it was stone cold again",
    ],
)
def test_a_problem_that_is_there_stays_a_complaint(text: str) -> None:
    assert _intent(text) == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp o cabaz de Natal que encomendei para os meus avós no Parcelo Market agora diz entrega a 27/12 😭"
        " era para a consoada!!",
        "@ParceloHelp tracking now says 27/12, it was for Christmas Eve",
        "@ParceloHelp le colis indique maintenant livraison le 27/12, c'était pour le réveillon",
        "@ParceloHelp die Lieferung steht jetzt auf 27.12., das war für Heiligabend",
        "@ParceloHelp la consegna ora dice 27/12, era per la vigilia",
        "@ParceloHelp la entrega ahora dice 27/12, era para Nochebuena",
    ],
)
def test_a_delivery_moved_past_its_occasion_is_a_complaint(text: str) -> None:
    assert _intent(text) == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp it arrived on the 23rd, it was for Christmas Eve, thank you so much!",
        "@ParceloHelp tracking now says the 22nd, perfect, it was for Christmas Eve 🎄",
    ],
)
def test_a_delivery_in_time_for_its_occasion_stays_praise(text: str) -> None:
    assert _intent(text) == "praise"


def test_a_small_business_asking_for_business_lines_is_a_lead() -> None:
    from mentionflow.core.leads import prospect_lead

    def lead(text: str) -> str | None:
        return prospect_lead(normalise(text).tokens, ("nimbus",))

    assert lead("I run a little florist and want 5 business lines + broadband for the shop") == "company"
    assert lead("we're a small business looking for deals on phones") == "company"
    assert lead("my business lines keep dropping, want this fixed") is not None  # words only: with_lead weighs it
    assert lead("the business news was boring today") is None


def _cases_of(mentions: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    from mentionflow.tools import scenarios

    scenario = {"id": "s23", "mentions": mentions}
    run = scenarios.run_scenario(scenarios.core_factory_from_settings(), scenario)
    return {m: c for c in run["cases"].values() for m in c["mention_ids"]}


def test_a_lead_after_a_complaint_is_its_own_case_for_sales() -> None:
    author = {"id": "gino", "handle": "bar_da_gino", "followers": 640}
    cases = _cases_of(
        [
            {"id": "m1", "author": author, "text": "@NimbusMobile bolletta di dicembre 38€ in più del solito, perché?"},
            {
                "id": "m2",
                "at": 3600,
                "author": author,
                "text": "@NimbusMobile a parte questo, vorrei aggiungere 3 linee business per il bar, che offerte?",
            },
        ]
    )
    assert cases["s23/m2"]["case_id"] != cases["s23/m1"]["case_id"]
    assert cases["s23/m2"]["queue"] == "sales"
    assert cases["s23/m1"]["queue"] != "sales"


def _severity(text: str) -> str | None:
    norm = normalise(text)
    guess = detect_language(norm)
    return read_mention(norm, guess, guess.code, True)[0].severity


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp you've taken my bill twice this month, 2 x £42. I want it back.",
        "@Brightbank direct debit taken twice, sort it",
        "@ParceloEats we're a small family restaurant on Parcelo. Payouts for all of Black Friday week (£3,870) haven't"
        " landed and I can't pay my staff on Friday. 4 emails, no answer.",
    ],
)
def test_money_taken_twice_or_wages_unpaid_are_major(text: str) -> None:
    assert _severity(text) == "major"


def test_taking_the_bus_twice_is_no_double_charge() -> None:
    from mentionflow.core.charges import charged_twice

    assert not charged_twice(normalise("I had to take the bus twice because the money ran out").tokens)
    assert charged_twice(normalise("took the money twice this month").tokens)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkHelp a mí igual, mismo vuelo SK512, tampoco ha llegado la mía",
        "@ParceloHelp a minha encomenda ainda não chegou",
        "@ParceloHelp il pacco non è arrivato",
        "@SpotifyCares Correction - NOT sorted. Still the same???",
        "@ParceloHelp o código promocional não funcionou",
    ],
)
def test_a_fix_denied_is_no_fix(text: str) -> None:
    from mentionflow.core.signals import detect_signals

    assert "resolved" not in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp a encomenda chegou, obrigada!",
        "@ParceloHelp no problem, sorted it myself",
        "@NimbusHelp card no longer declined, thanks",
        "@SkyLarkHelp la maleta no llegó ayer pero hoy ya ha llegado, gracias",
    ],
)
def test_a_fix_stated_stays_a_fix(text: str) -> None:
    from mentionflow.core.signals import detect_signals

    assert "resolved" in detect_signals(normalise(text))


def test_a_producer_booking_a_guest_is_press() -> None:
    from mentionflow.core.signals import detect_signals

    def signals(text: str) -> list[str]:
        return detect_signals(normalise(text))

    producer = (
        "Hi @ParceloEats, I produce the drive-time show on Radio Metro. We're doing a segment tomorrow on delivery"
        " rider safety, would Parcelo put someone forward for a 5-min interview?"
    )
    assert "press" in signals(producer)
    assert "press" not in signals("@United is it possible to upfare to P a segment where I have a GPU waitlisted?")
    assert "press" not in signals("@SkyLarkAir flying to Blackpool today for an interview, please be on time")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("@ParceloEats rider at my door at 12:09 with the ramen still too hot to eat 🔥🍜 unreal", "praise"),
        ("@ParceloEats rider at my door in 15 min, pizza still piping hot 🔥", "praise"),
        ("@ParceloEats pizza arrived piping hot but they forgot the drinks", "complaint"),
        ("@ParceloEats food arrived cold again, 50 mins", "complaint"),
    ],
)
def test_food_that_came_hot_is_praise(text: str, intent: str) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # anger is no praise, whatever a small model reads in the words
        (
            "@SkyLarkAir die Crew hat meine Freundin aus dem Flieger geworfen, weil ihr Rucksack 2cm zu groß war 😡",
            "complaint",
        ),
        ("@united MIA-EWR #384 😄😄😄 excellent crew. EWR-IAD #3589 😡😡😡 No crew to load bags", "complaint"),
        ("@ParceloEats was 😡 yesterday but you fixed it in 10 minutes, thanks", "praise"),
        # youth slang and staff praise
        (
            "I'm literally dead 💀💀 the @ParceloEats rider wrote 'exam szn good luck x' on my bag. I'm crying. ate"
            " and left no crumbs",
            "praise",
        ),
        (
            "@ParceloEats ehrlich, euer Fahrer hat mir bei dem Sturm die Tüte noch bis in den 4. Stock getragen 🥹"
            " Ehrenmann, gebt dem Mann eine Gehaltserhöhung",
            "praise",
        ),
        ("@ParceloEats your rider carried my shopping up 4 floors in the storm, give that man a raise", "praise"),
        ("@ParceloEats literally dead 💀 my order is 2 hours late", "complaint"),
    ],
)
def test_anger_and_slang(text: str, intent: str) -> None:
    assert _intent(text) == intent


def test_going_to_a_country_is_no_churn_and_a_wish_to_split_is_an_idea() -> None:
    from mentionflow.core.signals import detect_signals

    def signals(text: str) -> list[str]:
        return detect_signals(normalise(text))

    assert "churn" not in signals("como ativo o roaming no meu tarifário @NimbusMobile? vou pra Espanha amanhã")
    assert "churn" in signals("@NimbusMobile chega, vou pra Vivo amanhã")
    assert "feedback" in signals("@ParceloEats pls let us split the bill with flatmates in the app 🙏 would be elite")
    assert "feedback" not in signals("@ParceloEats please let us know when the rider is close")


def _harm_of(text: str) -> tuple[str | None, str | None]:
    norm = normalise(text)
    guess = detect_language(norm)
    signal = read_mention(norm, guess, guess.code, True)[1]
    return signal.kind, signal.severity


def test_harms_of_blind_set_59() -> None:
    swapped = (
        "@NimbusHelp my SIM stopped working an hour ago, says 'no SIM', and my bank just texted that a new phone"
        " was registered to my number?? I didn't do this. someone has swapped my SIM"
    )
    assert _harm_of(swapped) == ("fraud", "severe")
    assert _harm_of("@NimbusHelp I swapped my SIM into the new phone and now no signal") == (None, None)
    snapped = (
        "Two stars. Crew on the way out were lovely, genuinely. But on the way back SkyLark managed to snap the frame"
        " of my wife's wheelchair in the hold and nobody at the desk would take responsibility. She has been stuck"
        " in the house for four days because it's her only chair and she cannot walk unaided."
    )
    assert _harm_of(snapped)[0] is not None
    past = (
        "Five stars, and I don't give those out. After the nut thing last year (my son ended up in hospital) I swore"
        " off Parcelo. They rang me, retrained the restaurant partners and the allergen filter in the app is now"
        " brilliant. We've ordered 20+ times since, zero issues. Credit where it's due."
    )
    assert _harm_of(past) == (None, None)
    again = (
        "@ParceloEats after the nut thing last year (my son ended up in hospital) I trusted you again and now it"
        " happened again today, he's in A&E"
    )
    assert _harm_of(again)[0] is not None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "Complimenti a Brightbank: pago il Premium 15€ al mese per aspettare in chat due ore e poi sentirmi dire"
            " di richiamare. Che lusso. ⭐⭐⭐⭐⭐",
            "complaint",
        ),
        ("Grazie Brightbank, ho aspettato solo due minuti, bravissimi", "praise"),
    ],
)
def test_praise_beside_a_wait_told_with_its_verb_is_sarcasm(text: str, intent: str) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("@SkyLarkHelp hiii ref QX7LM2, need 2 change a name typo on my ticket (Jaz not Jazz 🙃) asap", "question"),
        ("@SkyLarkHelp you misspelled my name on the ticket, fix it now", "complaint"),
        ("@united made an email typo on the 2nd device. No way to fix it & no option to log out/in!!!", "complaint"),
    ],
)
def test_asking_to_fix_ones_own_typo_is_a_request(text: str, intent: str) -> None:
    assert _intent(text) == intent


@pytest.mark.parametrize(
    ("text", "intent", "harm"),
    [
        (
            "ngl the @SkyLarkAir crew on SK482 were sick 🔥🔥 my toddler screamed for 2 hours straight and they still"
            " killed it. absolute legends",
            "praise",
            None,
        ),
        (
            "been with @NimbusMobile 9 years and never once had to call them. roaming in Spain just works. underrated",
            "praise",
            None,
        ),
        ("@NimbusMobile the app just works... when it feels like it. 3rd crash today", "complaint", None),
        (
            "wait the new savings pots in the @Brightbank app are actually really good?? did not expect to say that"
            " about a bank app lol",
            "praise",
            None,
        ),
        (
            "@SkyLarkHelp ¿Vuelo cancelado? 💰 Recupera hasta 600€ AHORA sin papeleo en reclamarya-top.xyz 💰",
            "spam",
            None,
        ),
        ("@ParceloEats the promo says today only but the code fails at checkout", "complaint", None),
        (
            "@BrightbankCare suggestion : ce serait top de pouvoir créer une carte virtuelle, comme ça si elle"
            " est clonée à l'étranger on la supprime direct 👍",
            "complaint",  # the analysis; routing sends the idea to product (feedback signal)
            None,
        ),
        ("@Brightbank ma carte a été clonée à Lisbonne, 3 paiements que je n'ai pas faits", "complaint", "fraud"),
        (
            "@SkyLarkHelp bit of a hiccup - my husband's power chair came off the plane with the joystick snapped clean"
            " off. he can't move it himself. not ideal.",
            "complaint",
            "any",
        ),
        (
            "love that @ParceloEats lets restaurants tick 'gluten free' on literally anything. coeliac me has been on"
            " the bathroom floor since 9pm. 10/10 would recommend 🙃",
            "complaint",
            "health",
        ),
    ],
)
def test_blind_sets_61_62(text: str, intent: str, harm: str | None) -> None:
    norm = normalise(text)
    guess = detect_language(norm)
    record, signal = read_mention(norm, guess, guess.code, True)
    assert record.intent == intent
    assert signal.kind == harm or (harm == "any" and signal.kind is not None)


def test_a_pet_called_nimbus_is_no_network() -> None:
    from pathlib import Path

    import mentionflow
    from mentionflow.core.catalog import load_catalog

    catalog = load_catalog(Path(mentionflow.__file__).parent / "data" / "catalog.yaml")
    cat = normalise("Mon chat Nimbus a encore renversé son bol d'eau sur le parquet 😹 #chat")
    assert "nimbus-mobile" not in catalog.match(cat.tokens, cat.handles, cat.hashtags)[0]
    chat = normalise("Nimbus: le chat du service client ne répond pas depuis 2 heures")
    assert "nimbus-mobile" in catalog.match(chat.tokens, chat.handles, chat.hashtags)[0]
