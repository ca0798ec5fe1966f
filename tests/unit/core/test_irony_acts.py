"""Sarcasm still read as praise (session 17, `irony_acts`): thanks for a card stopped where it was
in use or declined, a slow clap beside a failure with no praise word, "cheers for the wait", a
hero tag closing a mishandled parcel, and love jokes the model reads as negative. Each with its
negative controls: the same words said sincerely stay praise."""

from __future__ import annotations

import pytest

from mentionflow.core.irony_acts import (
    card_stopped_in_use,
    hero_tag,
    mishandled_parcel,
    plain_thanks,
    wanted_stop,
)
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


def toks(text: str) -> frozenset[str]:
    return frozenset(normalise(text).tokens)


def sarcastic(a: TextAnalysis) -> bool:
    return a.intent == "complaint" and ("irony" in a.cues or "sarcasm" in a.cues)


# --- 1. a card stopped where it was in use, or declined ------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cheers for locking my card right at the self-checkout 👏👏", "en"),
        ("thanks for declining my card twice tonight", "en"),
        ("gracias por congelar mi tarjeta en la gasolinera 👏", "es"),
        ("gracias por denegar mi pago en el restaurante", "es"),
        ("merci de bloquer ma carte au péage 👏👏", "fr"),
        ("merci d'avoir refusé mon paiement", "fr"),
        ("danke fürs Sperren meiner Karte an der Tankstelle 👏", "de"),
        ("danke, dass ihr meine Kreditkarte abgelehnt habt", "de"),
        ("grazie per aver bloccato la mia carta al distributore 👏", "it"),
        ("grazie per aver rifiutato il mio bancomat", "it"),
        ("obrigada por bloquearem o cartão no posto 👏👏", "pt"),
        ("obrigado por recusar o meu pagamento", "pt"),
        ("thanks for freezing my card 👏", "en"),  # a clap, no reason for the stop
    ],
)
def test_card_stopped_in_use_is_sarcasm(text: str, code: str) -> None:
    assert sarcastic(run(text, code)), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the stop the customer asked for, or one that followed a theft
        ("thanks for freezing my card within minutes, really appreciated", "en"),
        ("thank you for cancelling my old card and posting the new one", "en"),
        ("gracias por bloquear la tarjeta tan rápido cuando me la robaron", "es"),
        ("merci d'avoir bloqué ma carte si vite après le vol", "fr"),
        ("danke fürs schnelle Sperren meiner Karte nach dem Diebstahl", "de"),
        ("grazie per aver bloccato subito la carta dopo il furto", "it"),
        ("obrigado por bloquear o cartão tão rápido depois do roubo", "pt"),
        ("gracias por rechazar el cargo fraudulento", "es"),
        ("thanks for cancelling my subscription so fast", "en"),
        ("gracias por cancelar mi suscripción tan rápido", "es"),
        ("thanks for locking my card so fast when I lost it 👏", "en"),
    ],
)
def test_wanted_card_stop_is_not_sarcasm(text: str, code: str) -> None:
    a = run(text, code)
    assert not sarcastic(a), (text, a.cues)
    assert "irony" not in a.cues


def test_card_stop_helpers() -> None:
    assert card_stopped_in_use("thanks for declining my card", False)
    assert card_stopped_in_use("thanks for freezing my card at the till", False)
    assert card_stopped_in_use("thanks for freezing my card", True)  # beside a slow clap
    assert not card_stopped_in_use("thanks for freezing my card", False)
    assert not card_stopped_in_use("thanks for freezing my card at the till after it was stolen", True)
    assert not card_stopped_in_use("thanks for declining the payment, it was a scam", False)
    assert wanted_stop("thanks for blocking my card after it was stolen") is not None
    assert wanted_stop("thanks for blocking my card at the checkout") is None
    assert wanted_stop("thanks for cancelling my flight") is None


# --- 2. a slow clap with no praise word beside a failure -----------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("my buggy went to Dublin and I'm in Leeds 👏", "en"),
        ("el carrito viajó a Bilbao y yo a Sevilla 👏", "es"),
        ("ma poussette est à Lyon et moi à Brest 👏", "fr"),
        ("Kinderwagen in Hamburg, ich bin in München 👏", "de"),
        ("il passeggino è a Bari e io a Torino 👏", "it"),
        ("pedi pizza de queijo e veio de atum 👏", "pt"),
    ],
)
def test_clap_beside_a_failure_is_sarcasm(text: str, code: str) -> None:
    assert sarcastic(run(text, code)), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the wheelchair is at the gate waiting for me 👏", "en"),
        ("ordered at 9, got it by 10 👏", "en"),
        ("mon colis est au point relais, nickel 👏", "fr"),
        ("Der Koffer ist in München angekommen 👏", "de"),
        ("a mala já está em Lisboa 👏", "pt"),
    ],
)
def test_clap_beside_no_failure_is_not_sarcasm(text: str, code: str) -> None:
    a = run(text, code)
    assert "irony" not in a.cues and "sarcasm" not in a.cues, (text, a.cues)


# --- 3. "cheers for" is thanks irony can turn round ----------------------------------------------
def test_cheers_for_a_wait_is_sarcasm() -> None:
    a = run("cheers for the 4 hour delay", "en")
    assert "sarcasm" in a.cues and a.intent == "complaint"
    assert plain_thanks("ta for the 2 hour wait", toks("ta for the 2 hour wait"))


@pytest.mark.parametrize("text", ["cheers for the quick reply, all sorted", "cheers for fixing my router so fast"])
def test_sincere_cheers_stays_praise(text: str) -> None:
    a = run(text, "en")
    assert "sarcasm" not in a.cues and "irony" not in a.cues
    assert a.intent == "praise"


# --- 4. a hero tag closing a failure -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("courier dumped the box in a puddle, what a hero", "en"),
        ("el mensajero tiró el paquete por encima de la valla, qué crack", "es"),
        ("le livreur a jeté le colis par-dessus le portail, quel champion", "fr"),
        ("Bote hat die Lieferung in den Regen gestellt, was für ein Held", "de"),
        ("il corriere ha lasciato il pacco in una pozzanghera, che genio", "it"),
        ("o estafeta deixou o pacote à chuva, um génio", "pt"),
    ],
)
def test_hero_tag_after_mishandled_parcel_is_sarcasm(text: str, code: str) -> None:
    assert sarcastic(run(text, code)), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("courier rang ahead and left it with my neighbour, what a hero", "en"),
        ("el repartidor me subió el pedido al sexto piso, qué crack", "es"),
        ("le livreur a monté le colis au 5e, quel champion", "fr"),
        ("driver put my parcel in the porch out of the rain, what a legend", "en"),
    ],
)
def test_hero_tag_after_a_kindness_is_not_sarcasm(text: str, code: str) -> None:
    a = run(text, code)
    assert "irony" not in a.cues and "sarcasm" not in a.cues, (text, a.cues)


def test_hero_and_parcel_helpers() -> None:
    assert hero_tag("left it in the rain, some legend", toks("left it in the rain, some legend"))
    assert not hero_tag("a legend of a driver left it", toks("a legend of a driver left it"))
    assert mishandled_parcel("left my parcel in the rain", toks("left my parcel in the rain"))
    assert not mishandled_parcel("kept my parcel dry in the rain", toks("kept my parcel dry in the rain"))


# --- 5. a love joke the model reads as negative is still fan praise -------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("honestly my most stable relationship is with @Nimbus haha", "en"),
        ("@Nimbus is my soulmate, never crashed on me once 😂", "en"),
        ("ma relation la plus stable c'est avec @Nimbus mdr", "fr"),
        ("la mia relazione più stabile è con @Nimbus ahah", "it"),
    ],
)
def test_love_joke_read_negative_is_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise", text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("my relationship with @Nimbus is more toxic than my ex", "en"),
        ("my longest relationship is with @Nimbus's hold music", "en"),
    ],
)
def test_love_joke_jab_is_no_praise(text: str, code: str) -> None:
    assert run(text, code).intent != "praise", text


# --- the brand's handle between the thanks and the "for" ("thanks @bank for ...") ----------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thanks @HarbourBank for freezing my card at the till 👏👏", "en"),
        ("gracias @BancoSol por rechazar mi tarjeta otra vez", "es"),
        ("Danke @Kreditwerk fürs Ablehnen meiner Karte an der Kasse", "de"),
        ("valeu @BancoLuz por bloquear meu cartão no meio da compra 👏👏", "pt"),
        ("Obrigada @BancoLuz por bloquear meu cartão na farmácia 👏👏👏", "pt"),
    ],
)
def test_a_handle_after_the_thanks_does_not_hide_the_sarcasm(text: str, code: str) -> None:
    assert sarcastic(run(text, code))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("merci @MaBanque d'avoir bloqué ma carte si vite après le vol", "fr"),
        ("grazie @BancaNord per aver bloccato la carta subito dopo il furto, gentilissimi", "it"),
        ("gracias @BancoSol por bloquear mi tarjeta en cuanto avisé del robo", "es"),
    ],
)
def test_a_handle_after_the_thanks_keeps_a_wanted_stop_sincere(text: str, code: str) -> None:
    assert not sarcastic(run(text, code))
