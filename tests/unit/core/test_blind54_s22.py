"""Session 22's fixes from blind set 54 (tests/data/scenarios_holdout54), each in its general form:
sarcasm over a failure the keyword file did not know (es plural cancellations, fr "0 barre", pt
time on hold and a hung-up call), thanks for a benefit in scare quotes (quoted_thanks.py), a
question how long a started refund takes (process_timing.py), an Italian lockout and a double
charge named as a noun."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.lang import detect_language
from mentionflow.core.process_timing import process_timing_question
from mentionflow.core.quoted_thanks import thanks_for_quoted
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def _read(text: str) -> TextAnalysis:
    norm = normalise(text)
    return analyse(norm, detect_language(norm), True)


SARCASM = [
    "Genial @SkyLarkAir, 4 cancelaciones en dos semanas. Sois unos cracks 👏👏",
    "Merci @NimbusMobile pour ce réseau de rêve, 0 barre depuis hier soir, quel luxe 😍",
    "Adoro a @NimbusHelp 😂 50 minutos em espera para me desligarem a chamada. Serviço top",
    "Cheers @SkyLarkAir for the 'upgrade' to a middle seat by the galley. Truly premium 🥂",
    "thanks @ParceloHelp for the 'help', still no refund",
    "merci @NimbusMobile pour le « geste commercial » de 2€",
    "danke @Brightbank für die 'Hilfe' am Telefon",
]


@pytest.mark.parametrize("text", SARCASM)
def test_sarcasm_over_a_failure_is_a_complaint(text: str) -> None:
    a = _read(text)
    assert a.intent == "complaint", (text, a.intent, a.cues)
    assert "irony" in a.cues


SINCERE = [
    "thanks @SkyLarkAir for recommending 'The Crown' on the seatback screen, loved it",
    "thank you @Brightbank for the quick help today 😊",
    "Gracias @SkyLarkAir por la cancelación sin coste del vuelo, muy amables",
    "Petite dédicace à @SkyLarkAir 🫶 vol annulé par la tempête, rebooké en 10 min et hôtel offert. Rare de voir ça !",
]


@pytest.mark.parametrize("text", SINCERE)
def test_sincere_thanks_stay_praise(text: str) -> None:
    a = _read(text)
    assert a.intent == "praise", (text, a.intent, a.cues)


def test_thanks_for_quoted_needs_a_benefit_in_the_quotes() -> None:
    assert thanks_for_quoted("cheers for the 'upgrade' to the last row")
    assert thanks_for_quoted("obrigado pela 'ajuda' de ontem")
    assert not thanks_for_quoted("thanks for recommending 'The Crown'")
    assert not thanks_for_quoted("the 'upgrade' was great, thanks")  # the thanks come after, for it all


def test_a_question_how_long_a_started_refund_takes_is_a_question() -> None:
    q = "requested a refund for my cancelled flight on Monday, how long does it usually take to come back?"
    assert process_timing_question(q)
    assert process_timing_question("I sent the return back on Friday, when should I expect the money?")
    # ... not when the wait is told as too long, nor a question that starts nothing
    assert not process_timing_question("requested a refund 3 weeks ago and still nothing, how long does it take??")
    assert not process_timing_question("how long does it take to get a refund? my order never came")
    norm = normalise("@SkyLarkHelp " + q)
    guess = detect_language(norm)
    assert _read("@SkyLarkHelp " + q).intent == "complaint"  # the text path; the override is read_mention's
    record, _ = read_mention(norm, guess, guess.code, brand_known=True)
    assert (record.intent, record.severity) == ("question", None)


def test_lockouts_and_double_charges_are_complaints() -> None:
    for text in (
        "@BrightbankCare nuova versione dell'app e non riesco più ad entrare, dice 'dispositivo non riconosciuto'",
        "@BrightbankCare dopo l'aggiornamento l'app mi blocca: dispositivo non riconosciuto",
        "@ParceloHelp double charge on my card from Parcelo checkout",
        "@BrightbankCare can't log in after updating, says device not recognised",
    ):
        a = _read(text)
        assert a.intent == "complaint", (text, a.intent)


def _harm(text: str) -> tuple[str, str | None, str | None]:
    norm = normalise(text)
    guess = detect_language(norm)
    record, _ = read_mention(norm, guess, guess.code, brand_known=True)
    return record.intent, record.harm, record.harm_severity


def test_a_medical_device_that_cannot_connect_is_a_severe_health_harm() -> None:
    # Told politely inside an outage report, thanked: the device is down now (core/harm_acts.py).
    text = (
        "@NimbusMobile I appreciate everyone is busy and I am not one to complain. My mother's pacemaker home "
        "monitor sends its readings over your SIM and has not been able to connect since Monday. Thank you."
    )
    intent, kind, severity = _harm(text)
    assert (intent, severity) == ("complaint", "severe") and kind in ("health", "vulnerable_person")
    assert _harm("@NimbusHelp el marcapasos de mi padre no conecta, sin señal desde ayer")[1:] in (
        ("health", "severe"),
        ("vulnerable_person", "severe"),
    )


def test_card_details_typed_into_a_lure_are_a_severe_fraud() -> None:
    text = "lol got a text 'your card is frozen, verify here' and like an idiot I clicked n typed my card number + cvv"
    assert _harm("@BrightbankCare " + text)[1:] == ("fraud", "severe")
    # ... not card details typed into the brand's own app
    assert _harm("@ParceloHelp I typed my card number in your app and it said error")[1] is None


def test_laid_on_help_ready_for_the_customer_is_praise() -> None:
    text = "@SkyLarkAir special assistance at MAN were brilliant with my dad, wheelchair waiting at the door. thanks 💙"
    assert _harm(text) == ("praise", None, None)
    intent, kind, _ = _harm("@SkyLarkAir there was no wheelchair waiting at the door, my dad sat alone for an hour")
    assert intent == "complaint" and kind is not None


# Blind set 55 (tests/data/scenarios_holdout55): a failure word the keyword file lacked, a second
# chance that went well, and a verdict put as a question.
@pytest.mark.parametrize(
    "text",
    [
        "Fantástico @NimbusHelp, o router novo reinicia de 10 em 10 minutos. Tecnologia de ponta 👌",
        "brilliant @NimbusHelp, the new router keeps rebooting every 10 minutes. cutting edge 👌",
    ],
)
def test_praise_of_a_rebooting_router_is_sarcasm(text: str) -> None:
    assert _harm(text)[0] == "complaint"


def test_a_second_chance_that_went_well_is_praise() -> None:
    text = (
        "Last year @SkyLarkAir lost my pram and I swore never again. Gave them another go today: the crew "
        "were brilliant and everything arrived. Credit where it's due"
    )
    assert _harm(text)[0] == "praise"
    assert _harm("Les di otra oportunidad a @NimbusHelp y esta vez todo perfecto, gracias")[0] == "praise"
    # ... not when the second chance went wrong again
    assert _harm("Gave them another chance @SkyLarkAir and they lost my bag again. Never again.")[0] == "complaint"


def test_is_this_what_i_pay_for_is_a_complaint() -> None:
    assert _harm("@NimbusHelp is this what I pay £60 a month for? 2 bars in central London")[0] == "complaint"
    assert _harm("@ParceloEats rider eating our fries 😂 is this what the 'service fee' is for??")[0] == "complaint"
    assert _harm("@NimbusHelp is this what the new plan is for? can I use it abroad?")[0] == "question"


def test_a_bare_thanks_closing_a_question_leaves_the_question() -> None:
    # code-switched (set 55): the Portuguese thanks closes an English how-to
    text = "@NimbusHelp olá! my phone screen cracked, tenho o seguro de telemóvel — how do I make a claim? obrigado 🙏"
    assert _harm(text)[0] == "question"
    assert _harm("@SkyLarkAir is my flight still on time? thanks!")[0] == "question"
    # thanks for something done stays praise
    assert _harm("@Brightbank is the app back? thanks so much for fixing it so fast")[0] == "praise"


# Blind set 56 (tests/data/scenarios_holdout56): a survivor exposed to an abuser, money taken by
# someone else from a vulnerable person's account (core/harm_acts.py).
def test_an_abuser_who_can_see_a_survivor_is_a_severe_safety_harm() -> None:
    text = (
        "@Brightbank please help quietly. I left my ex and I'm staying in a refuge, but on our joint account "
        "he can see every payment I make and where I am. how do I stop him seeing it?"
    )
    assert _harm(text)[1:] == ("physical_safety", "severe")
    # an ex who sees a booking, nothing of abuse or hiding: no harm
    assert _harm("@SkyLarkAir my ex booked the flights and he can see the booking, can I change the email?")[1] is None


def test_money_taken_by_someone_else_is_a_severe_fraud() -> None:
    assert _harm("@Brightbank someone has been taking money from my dad's account, he has dementia. £900 gone")[1:] == (
        "fraud",
        "severe",
    )
    # the brand's own charge, disputed: a billing matter
    assert _harm("@Brightbank they took £50 from my account for a subscription I cancelled")[1] is None
