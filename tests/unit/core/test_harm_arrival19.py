"""Harm read wrong on the session-19 blind sets, fixed by cause, in six languages where language-bound:
a blood sugar low told casually (core/harm_hypo.py), an abuser at hand (core/harm_stalker_now.py),
an account emptied by "them" (core/harm_emptying.py), an impostor the writer calls "so-called"
(core/harm_so_called.py), food poisoning named by its cause, the perfect's "now" ("I have now
instructed a solicitor"), praise of how staff treated a vulnerable person, a self-declared parody
(core/parody.py)."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.harm_emptying import account_being_emptied
from mentionflow.core.harm_hypo import low_sugar_now
from mentionflow.core.harm_stalker_now import abuser_at_hand
from mentionflow.core.parody import self_declared_parody
from mentionflow.core.text import normalise


def _harm(text: str, lang: str) -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


LOW_SUGAR = [
    ("en", "@SkyLarkAir cabin crew won't give me juice, I'm diabetic and my sugar is crashing, feel faint"),
    ("en", "@SkyLarkAir T1D here, going hypo on the tarmac and nothing to eat, a bit shaky lol"),
    ("es", "@SkyLarkAir soy diabética y me está bajando el azúcar, nadie me da nada"),
    ("fr", "@SkyLarkAir je suis diabétique, ma glycémie est basse et je tremble, rien à manger"),
    ("de", "@SkyLarkAir Typ 1, Blutzucker fällt, mir ist schwindelig und keiner hilft"),
    ("it", "@SkyLarkAir sono diabetico, glicemia bassa e tremo, niente da mangiare a bordo"),
    ("pt", "@SkyLarkAir sou diabética e estou com hipoglicemia no voo, ninguém ajuda"),
]


@pytest.mark.parametrize(("lang", "text"), LOW_SUGAR)
def test_a_blood_sugar_low_now_is_health_harm(lang: str, text: str) -> None:
    assert low_sugar_now(normalise(text).tokens), text
    assert _harm(text, lang).kind is not None


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir what if my sugar drops on the flight? I'm type 1, can I bring juice",
        "@SkyLarkAir sugar prices dropping this week, will snacks get cheaper",
        "@SkyLarkAir no hypos since the new pump, thanks for the fridge on board",
        "@SkyLarkAir si me baja el azúcar en el vuelo, ¿puedo llevar zumo? soy diabético",
        "@SkyLarkAir had hiccups the whole flight, el hipo no se me quitaba jaja",
    ],
)
def test_sugar_asked_about_or_denied_is_not_a_low(text: str) -> None:
    assert not low_sugar_now(normalise(text).tokens)


AT_HAND = [
    ("en", "@ParceloHelp your driver gave my ex my address and he turned up at my door tonight"),
    ("en", "@ParceloHelp my ex has a restraining order and your app shows him my location"),
    ("es", "@ParceloHelp mi ex tiene orden de alejamiento y vio mi ubicación en vuestra app"),
    ("es", "@ParceloHelp el repartidor le dio mi dirección a mi ex y se presentó en mi casa"),
    ("fr", "@ParceloHelp le livreur a donné mon adresse à mon ex et il est venu chez moi hier soir"),
    ("de", "@ParceloHelp euer Fahrer hat meinem Ex meinen Standort gezeigt, er stand vor meiner Tür"),
    ("it", "@ParceloHelp il mio ex ha visto la mia posizione e si è presentato sotto casa"),
    ("pt", "@ParceloHelp o meu ex viu a minha localização e apareceu na minha porta"),
]


@pytest.mark.parametrize(("lang", "text"), AT_HAND)
def test_an_abuser_at_hand_is_severe(lang: str, text: str) -> None:
    assert abuser_at_hand(normalise(text).tokens), text
    h = _harm(text, lang)
    assert (h.kind, h.severity) == ("physical_safety", "severe"), h


def test_an_ex_who_only_sees_the_location_stays_elevated() -> None:
    h = _harm("@TelcoUK my ex still pays the bill and always knows where I am, can he see my location?", "en")
    assert (h.kind, h.severity) == ("physical_safety", "elevated")


EMPTIED = [
    ("en", "@Brightbank my account is being drained right now and I did nothing"),
    ("es", "@Brightbank me están vaciando la cuenta ahora mismo, ayuda"),
    ("fr", "@Brightbank on m'a vidé le compte cette nuit, je n'ai rien fait"),
    ("it", "@Brightbank mi stanno svuotando il conto, aiuto"),
    ("pt", "@Brightbank estão esvaziando minha conta agora, socorro"),
    ("de", "@Brightbank mein Konto wird gerade leergeräumt, bitte helft"),
]


@pytest.mark.parametrize(("lang", "text"), EMPTIED)
def test_an_account_emptied_by_them_is_fraud(lang: str, text: str) -> None:
    assert account_being_emptied(normalise(text).tokens), text
    assert _harm(text, lang).kind == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank me están vaciando la cuenta con comisiones absurdas",
        "@Brightbank I emptied my account before switching to you",
        "@Brightbank you're draining my account with fees every month",
    ],
)
def test_emptying_by_fees_or_by_oneself_is_no_fraud(text: str) -> None:
    assert not account_being_emptied(normalise(text).tokens)


SO_CALLED = [
    ("de", "@Brightbank Mein Opa hat einem angeblichen Berater am Telefon die TAN gegeben, Geld weg"),
    ("es", "@Brightbank mi abuela le dio el PIN a una supuesta agente del banco por teléfono"),
    ("fr", "@Brightbank ma mère a donné son code à un soi-disant conseiller au téléphone"),
    ("it", "@Brightbank mio padre ha dato il PIN a un sedicente operatore della banca"),
    ("pt", "@Brightbank a minha avó deu o código a um suposto funcionário do banco"),
    ("en", "@Brightbank my gran gave her PIN to a supposedly official advisor who rang her"),
]


@pytest.mark.parametrize(("lang", "text"), SO_CALLED)
def test_a_code_given_to_a_so_called_agent_is_fraud(lang: str, text: str) -> None:
    assert _harm(text, lang).kind == "fraud"


def test_of_course_is_no_impostor() -> None:
    assert _harm("@Brightbank por supuesto le di mi PIN al cajero para pagar, todo bien", "es").kind is None


def test_food_poisoning_named_by_its_cause_is_health_harm_however_joked() -> None:
    for lang, text in [
        ("es", "jaja gracias @ParceloEats, noche en urgencias con intoxicación por el pollo"),
        ("fr", "merci @ParceloEats, intoxication au poulet, toute la nuit malade"),
        ("it", "grazie @ParceloEats, intossicazione da frutti di mare, che serata"),
        ("pt", "valeu @ParceloEats, intoxicação pelo camarão, fui parar no hospital"),
    ]:
        assert _harm(text, lang).kind == "health", text


def test_the_perfects_now_is_no_harm_happening_now() -> None:
    h = _harm("@SkyLarkHelp I have now instructed a solicitor over my dad's damaged wheelchair", "en")
    assert h.severity != "severe"
    assert _harm("@SkyLarkAir my son is missing at the gate right now, nobody can find him", "en").severity == "severe"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A equipa da @SkyLarkAir foi incrível com o meu avô em cadeira de rodas 🥹"),
        ("es", "El personal de @SkyLarkAir fue increíble con mi abuela en silla de ruedas"),
        ("fr", "L'équipe @SkyLarkAir a été incroyable avec ma grand-mère en fauteuil roulant"),
        ("it", "Il personale @SkyLarkAir è stato incredibile con mia nonna in sedia a rotelle"),
    ],
)
def test_staff_praised_for_a_vulnerable_person_is_no_harm(lang: str, text: str) -> None:
    assert _harm(text, lang).kind is None


@pytest.mark.parametrize(
    ("text", "parody"),
    [
        ("SkyLark Air: now charging for oxygen masks 😂 (parody)", True),
        ("Brightbank: your savings, our bonuses #satire", True),
        ("cuenta parodia de @SkyLarkAir: ahora cobramos por respirar", True),
        ("compte parodique : SkyLark facture l'oxygène", True),
        ("@SkyLarkAir the oxygen mask dropped and didn't work, my mum panicked", False),
    ],
)
def test_a_self_declared_parody(text: str, parody: bool) -> None:
    assert self_declared_parody(normalise(text)) is parody
