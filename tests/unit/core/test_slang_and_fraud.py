"""Fraud and data-exposure statements, self-harm hints, positive hyperbole slang, and
language-aware child words: each with the twin that must not trigger."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_statements import statement_kind
from mentionflow.core.text import normalise


def _harm(text: str, lang: str) -> tuple[str | None, str | None]:
    s = detect_harm(normalise(text), lang)
    return s.kind, s.severity


def _stated(text: str) -> str | None:
    n = normalise(text)
    return statement_kind(n.tokens, n.clean)


FRAUD = [
    ("es", "@BrightbankCare tengo tres cargos en la tarjeta que no reconozco"),
    ("es", "me vaciaron la cuenta con un cargo de 700€ que no hice. Qué seguridad 👌"),
    ("es", "estafaron a mi madre de 80 años con una llamada"),
    ("es", "me ha escrito una cuenta diciendo que mi cuenta está bloqueada y que le mande el PIN"),
    ("es", "he recibido un SMS del banco con un enlace y puse mis claves"),
    ("fr", "je vois 4 paiements que je n'ai PAS faits en 10 min dans l'appli"),
    ("fr", "jai recu un faux sms avec un lien, jai mis mes codes"),
    ("de", "auf meinem Konto sind Abbuchungen, die ich nicht gemacht habe"),
    ("de", "3 Kartenzahlungen aus Rumänien, 870€, war ich NICHT"),
    ("de", "meine Mutter (84) hat einem Anrufer, der sich als Bank ausgab, ihre PIN gegeben"),
    ("it", "mi clonano la carta, 1.200€ spariti"),
    ("it", "ho ricevuto un SMS falso con un link e ho inserito il codice"),
    ("pt", "recebi um SMS falso com link e digitei minha senha"),
    ("pt", "tem duas compras no cartão que não fiz"),
    ("en", "a scammer took £8k from my 87yo gran"),
    ("en", "there are charges on my account I never made"),
]


@pytest.mark.parametrize(("lang", "text"), FRAUD)
def test_fraud_statements_are_harm_in_every_language(lang: str, text: str) -> None:
    assert _stated(text) == "fraud"
    assert _harm(text, lang)[0] == "fraud"


NOT_FRAUD = [
    ("en", "I got a late fee for a payment I didn't make on time"),
    ("es", "la transferencia que he hecho no ha llegado"),
    ("it", "il bonifico che ho fatto non è arrivato"),
    ("en", "the app asks for my PIN every time, annoying"),
    ("en", "how do I change my PIN?"),
    ("en", "Please use the link to send us your reservation code"),
    ("en", "do u ever call customers asking for their pin? just checking for my nan"),
    ("de", "Überweisung geht nicht, verstehe ich nicht"),
    ("de", "Ich habe 50 € für die Bestellung ausgegeben, Überweisung fehlt"),
    ("en", "this price is a scam lol"),
    ("en", "my 80 year old mum loves your app"),
    ("en", "your staff spotted that my grandad was being scammed last year and stopped the transfer, forever grateful"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FRAUD)
def test_everyday_money_and_code_talk_is_no_fraud_statement(lang: str, text: str) -> None:
    assert _stated(text) is None


def test_a_card_number_in_public_is_data_exposure() -> None:
    text = "me podeis bloquear la tarjeta, es la 4539 1488 0343 6467 cad 09/28 cvv 712 gracias"
    assert _stated(text) == "data_exposure"
    assert _harm(text, "es")[0] == "data_exposure"
    # Order, phone and tracking numbers are not card numbers (no card word, or not Luhn-valid).
    assert _stated("order 1234 5678 9012 3456 never arrived, card charged") is None
    assert _stated("call me at 0034 6123 4567 8910") is None


SELF_HARM = [
    ("en", "I can't go on"),
    ("en", "honestly I don't see the point in being here anymore"),
    ("en", "that was the last thing holding it together. won't be around much longer to sort it out"),
    ("en", "the scammers took everything. I just want it all to stop"),
    ("es", "quiero desaparecer"),
    ("fr", "j'en peux plus de vivre"),
    ("fr", "je veux que tout s'arrête"),
    ("de", "ich will nicht mehr leben"),
    ("it", "voglio farla finita"),
    ("pt", "não aguento mais viver"),
    ("de", "Ich schaff das alles nicht mehr. Ich weiß nicht ob ich nächste Woche noch da bin."),
    ("de", "bald brauch ich eh kein Handy mehr. Hab mit allem abgeschlossen."),
]


@pytest.mark.parametrize(("lang", "text"), SELF_HARM)
def test_self_harm_hints_are_severe_self_harm(lang: str, text: str) -> None:
    assert _harm(text, lang) == ("self_harm", "severe")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I won't be around tomorrow to take the parcel, can you leave it next door"),
        ("en", "I just want the hold music to stop"),
        ("es", "quiero desactivar las notificaciones"),
        ("de", "ich bin nächste Woche noch da und kann das Paket annehmen"),
    ],
)
def test_everyday_twins_of_self_harm_hints_are_not_self_harm(lang: str, text: str) -> None:
    assert _harm(text, lang)[0] != "self_harm"


# --- positive hyperbole slang ---------------------------------------------------------------

from mentionflow.core.lang import detect_language  # noqa: E402
from mentionflow.core.sentiment import analyse  # noqa: E402


def _sent(text: str) -> tuple[str, str, tuple[str, ...]]:
    n = normalise(text)
    a = analyse(n, detect_language(n))
    return a.label, a.intent, a.cues


SLANG_PRAISE = [
    "this @ParceloEats 2-for-1 pizza deal is FIRE 🔥🔥 ordered twice this week no shame",
    "the new @Brightbank app update is SICK 🔥 insanely fast, whoever designed this, raise pls",
    "that smash burger is actually KILLER 💀💀 I'm dead, ordered it twice this week",
    "me MUERO con el anuncio nuevo de SkyLark 😂😂😂 quien lo haya hecho que le suban el sueldo",
    "Die Sparpötte in der Brightbank App 😂 ich sterbe. Bestes Feature ever",
    "la nouvelle appli Brightbank ça tue, virement instantané en 2 clics 🔥",
    "il nuovo 5G di @NimbusMobile va da paura 🚀 200 mega in metro",
    "o app novo do @Brightbank é top demais 😍",
    "@ParceloEats vcs são brabos demais, pedi açaí e chegou em 15 min 🔥🔥 tmj",
    # "absurdo de rápido" (es/pt): "absurdly fast", an intensifier, not "absurd!".
    "gente que absurdo de rápido a entrega do @ParceloEats 😱❤️ em 12 minutos tava aqui",
    "qué absurdo de rápido el envío de @ParceloEats 😍 ni 15 minutos",
]


@pytest.mark.parametrize("text", SLANG_PRAISE)
def test_positive_hyperbole_is_praise(text: str) -> None:
    label, intent, cues = _sent(text)
    assert "slang_praise" in cues
    assert intent == "praise"
    assert label != "negative"


SLANG_LITERAL = [
    "@ParceloEats the charger you sold me caught fire",
    "@SkyLarkAir this delay is killing me",
    "@SkyLarkAir this delay is killing me 😂",
    "@Renfe me muero de frío en el andén, 2 horas esperando",
    "@Brightbank I'm sick of this!",
    "@NimbusMobile dead battery after the update 🔥",
    "@Brightbank ich bin krank seit der Lieferung 😂",
    "@ParceloEats que absurdo, 2 horas y la comida fría",
    "@ParceloEats é um absurdo, 2 horas e nada do pedido",
]


@pytest.mark.parametrize("text", SLANG_LITERAL)
def test_literal_twins_of_the_slang_are_not_praise(text: str) -> None:
    _, intent, cues = _sent(text)
    assert "slang_praise" not in cues
    assert intent != "praise"


def test_a_joke_about_the_hold_music_with_a_question_is_a_question() -> None:
    _, intent, cues = _sent(
        "@NimbusHelp this hold music is literally killing me 😂 quick q tho, when does my bundle reset?"
    )
    assert "slang_praise" in cues
    assert intent == "question"


# --- child words are language-aware --------------------------------------------------------

from mentionflow.core.harm import concept_groups, harm_tokens  # noqa: E402


@pytest.mark.parametrize("lang", ["fr", "en", None])
def test_french_son_is_his_or_her_not_a_child(lang: str | None) -> None:
    # Whatever the language guess: "son" after no English possessive is no child.
    n = normalise("quelqu'un a publié son IBAN et son adresse en ligne")
    assert "child" not in concept_groups(harm_tokens(n, lang), lang)


@pytest.mark.parametrize(
    "text",
    ["my son had an allergic reaction", "our autistic son had a meltdown at boarding", "my 6 year old son fell"],
)
def test_english_son_after_a_possessive_is_a_child(text: str) -> None:
    n = normalise(text)
    assert "child" in concept_groups(harm_tokens(n, "en"), "en")


def test_italian_promossi_is_praise() -> None:
    # "promossi" (you pass, top marks): a fan's verdict.
    _, intent, _ = _sent(
        "@NimbusMobile il 5G a Bologna va così veloce che ho scaricato la serie prima che uscisse 😂🚀 promossi"
    )
    assert intent == "praise"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NimbusHelp someone got a new SIM for MY number with a fake ID, they reset my bank 2FA #simswap"),
        ("en", "@NimbusHelp No Service for an hour and a new payee I never added?? did someone port my number??"),
        ("es", "@NimbusHelp alguien pidió un duplicado de mi SIM en una tienda y me han vaciado la cuenta"),
    ],
)
def test_a_sim_swap_is_severe_fraud(lang: str, text: str) -> None:
    signal = detect_harm(normalise(text), lang)
    assert (signal.kind, signal.severity) == ("fraud", "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp how do I port my number to you from Vodafone?",
        "they said porting takes 2 days, can someone confirm?",
        "@NimbusHelp my new SIM arrived today, how do I activate it?",
    ],
)
def test_a_new_sim_or_a_port_request_is_no_fraud(text: str) -> None:
    assert detect_harm(normalise(text), "en").kind is None


def test_a_card_number_with_its_expiry_is_exposed_even_if_not_luhn_valid() -> None:
    text = "@BrightbankCare card keeps getting declined. card no 4929 1837 6650 2231 exp 09/28 name B. Hughes"
    assert detect_harm(normalise(text), "en").kind == "data_exposure"


def test_a_portuguese_click_here_pitch_is_no_fraud_report() -> None:
    text = "@ParceloEats 🔥 GANHE 10K SEGUIDORES GRÁTIS 🔥 clique aqui 👉 bit.ly/3xF0ll0w"
    assert detect_harm(normalise(text), "pt").kind is None
    assert detect_harm(normalise("j'ai cliqué sur le lien et ils ont vidé mon compte"), "fr").kind == "fraud"


def test_someone_draining_the_account_now_is_fraud() -> None:
    text = "@BrightbankCare someone is draining my account RIGHT NOW, 4 payments to a crypto site in 10 mins"
    assert detect_harm(normalise(text), "en").kind == "fraud"


ABSENCE_PRAISE = [
    "@NimbusHelp sorted my roaming in 5 mins, no fuss, no hassle. Brilliant",
    "refund from @ParceloEats in 2 days, no questions asked 👍",
    "@BrightBank replaced my card overnight, no drama. cheers",
    "honestly @NimbusHelp sorted my roaming in like 5 mins over DM, no script, no faff. Legend 🙌",
    "@SkyLarkHelp rebooked us without a hitch, thank you!",
    "switching my plan with @NimbusMobile was hassle-free, love it",
]


@pytest.mark.parametrize("text", ABSENCE_PRAISE)
def test_praise_by_the_absence_of_a_bother_is_praise(text: str) -> None:
    label, intent, cues = _sent(text)
    assert "absence_praise" in cues
    assert "negation" not in cues
    assert intent == "praise"
    assert label != "negative"


ABSENCE_DENIED = [
    "@SkyLarkHelp flight cancelled and no rebooking, no drama they said. 4 hours in the queue",
    "@ParceloEats refund was not exactly hassle free, 3 weeks and counting",
    "@BrightBank I want my money back, no questions asked",
    "@NimbusHelp no fuss please, just fix my broadband",
    "@ParceloEats food arrived cold, no fuss, I just want a refund",
]


@pytest.mark.parametrize("text", ABSENCE_DENIED)
def test_the_absence_of_a_bother_beside_a_problem_or_a_demand_is_no_praise(text: str) -> None:
    _, intent, cues = _sent(text)
    assert "absence_praise" not in cues
    assert intent != "praise"
