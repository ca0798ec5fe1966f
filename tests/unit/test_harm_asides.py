"""Harm words said in passing (core.harm_asides via core.harm) and lexicon gaps closed (an elderly
relative written with a hyphen or a possessive, Spanish harassment, an Italian cut): each with
controls of real harm that must still be caught and plain texts that must stay quiet."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang).kind


ASIDES = [
    # Illness of crew, a relative, or the person the trip is to.
    ("en", "@BlueWing we sat on the tarmac for two hours, apparently the captain was sick"),
    ("en", "@BlueWing the 7am was cancelled because of a sick pilot, any refund?"),
    ("en", "@BlueWing can I move my return? I have a sick relative up north"),
    ("en", "@BlueWing I just want to get back to my sick dad, why is every flight full"),
    ("es", "@AlaAzul cancelaron el vuelo por un piloto enfermo, ¿me devolvéis el dinero?"),
    ("fr", "@AileBleue vol annulé à cause d'un pilote malade, remboursement svp"),
    ("de", "@BlauFlug Flug gestrichen wegen krankem Pilot, bekomme ich Geld zurück?"),
    ("it", "@AlaBlu volo cancellato per un pilota malato, mi rimborsate?"),
    ("pt", "@AsaAzul voo cancelado por causa de um piloto doente, há reembolso?"),
    # Names, products and slang.
    ("en", "@SnackHub any chance you'll restock Dr Pepper this week?"),
    ("en", "@PhoneCo running Oxygen OS 11 and the app still won't open"),
    ("en", "@TacoTown is it still a free taco for every stolen base this season?"),
    ("en", "@PubChain great night but the loud table next to us killed the buzz"),
    ("en", "@CityCab £40 for a ten minute ride is daylight robbery"),
    ("en", "@GardenDepot this fire pit is a bargain, bought two"),
    ("en", "@GymCo weekend class starts at 9, fire it up!"),
    ("en", "@RailCo I clicked the link in your email and it just shows an error page"),
    ("en", "@BlueWing flying to see my sick nan on Friday, can I add a bag?"),
    ("en", "@BlueWing booking for Dr Ahmed and Mrs Ahmed, do we need to print tickets?"),
    ("en", "@SnackHub your new wings are fire 🔥"),
    ("en", "@ParcelCo the box was stolen off the porch before I got home"),
    ("en", "@NewsDesk breaking news: a warehouse fire has closed the motorway near Leeds"),
    ("en", "@ParcelCo clicked the tracking link and it just spins"),
    ("en", "@ShopCo I clicked the unsubscribe link and still get your emails"),
    ("pt", "@Burguer o molho era tão picante que a minha boca ficou em fogo kkk"),
    ("es", "@Burger la salsa picante me dejó la boca en fuego jaja"),
    ("es", "@Operadora a lo que llamas atención al cliente yo lo llamo esperar"),
    ("it", "@Operatore siete solo venditori di fumo con queste offerte"),
    ("it", "@Palestra quell'istruttore ha il fuoco della passione, bravissimo"),
]


@pytest.mark.parametrize(("lang", "text"), ASIDES)
def test_said_in_passing_is_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


STILL_HARM = [
    ("en", "@BlueWing my sick daughter was left at the gate for 3 hours with no water"),
    ("en", "@BlueWing the crew refused to help my son when he was sick on the plane"),
    ("en", "@BlueWing my husband was sick all flight and the crew refused him water"),
    ("en", "@BlueWing I clicked the link in your text and now £400 is gone from my account"),
    ("en", "@ShopCo someone hacked my account and ordered two phones to an address I don't know"),
    ("en", "@BlueWing they took my oxygen concentrator off me at the gate"),
    ("es", "@AlaAzul el motor estaba en llamas y nadie nos dijo nada"),
    ("en", "@BlueWing the fire exits on row 12 are blocked with bags and the crew won't move them"),
    ("en", "@WingCo the fryer caught fire while they were making my spicy wings, we all ran out"),
    ("en", "@ParcelCo clicked the tracking link in a text and paid the 1.99 fee with my card"),
    ("en", "@ParcelCo my parcel was stolen and now someone has used my card details for £300"),
    ("en", "@BlueWing breaking news for you: your plane just caught fire at the gate and we are still on it"),
    ("it", "@Treni c'era odore di fumo nella carrozza e nessuno è intervenuto"),
]


@pytest.mark.parametrize(("lang", "text"), STILL_HARM)
def test_real_harm_beside_them_is_still_caught(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None


GAPS = [
    ("en", "@BlueWing my grandad's wheelchair never arrived and he is stuck alone at arrivals", "vulnerable_person"),
    ("fr", "@AileBleue ma grand-mère de 88 ans est restée seule à la porte sans fauteuil", "vulnerable_person"),
    ("es", "@TiendaSur un guardia de seguridad me está acosando cada vez que entro", "physical_safety"),
    ("it", "@Spesa mi sono tagliata con il bordo della lattina, c'è sangue ovunque", None),
]


@pytest.mark.parametrize(("lang", "text", "kind"), GAPS)
def test_lexicon_gaps_are_read(lang: str, text: str, kind: str | None) -> None:
    got = _kind(text, lang)
    assert got is not None
    if kind is not None:
        assert got == kind


QUIET = [
    ("it", "@Parrucchiere mi sono tagliato i capelli da voi, sono contentissimo"),
    ("fr", "@Boutique le grand magasin de Lyon est fermé ce dimanche ?"),
    ("es", "@Operadora me siento acosado por vuestras llamadas comerciales"),
]


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_controls_stay_quiet(lang: str, text: str) -> None:
    assert _kind(text, lang) is None
