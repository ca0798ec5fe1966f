"""Harm cues from the s12-harm2 pass (issue 13 point 1): charges from an unknown shop and purchases
the customer does not remember (fraud only with money named), a click on a link in six spellings,
a threat to come back ("he knows where I live"), animal bites, broken limbs and the Red Cross in
the Romance languages, ages written "79yo", a powerchair. Each with the twin that must stay quiet."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import concept_groups, detect_harm, harm_tokens
from mentionflow.core.text import normalise


def kind(text: str, lang: str = "en") -> str | None:
    return detect_harm(normalise(text), lang).kind


def groups(text: str, lang: str = "en") -> list[str]:
    return concept_groups(harm_tokens(normalise(text), lang), lang)


HARM = [
    ("es", "@BankES me han salido 3 cargos de 120€ de una tienda que no conozco, yo no he sido", "fraud"),
    ("pt", "@BancoPT apareceu uma cobrança de 300€ de uma loja que não conheço", "fraud"),
    ("en", "@Bank seem to be $2k lighter today and I don't remember buying a laptop", "fraud"),
    ("it", "@BancaIT non ricordo di aver fatto questo pagamento di 300€", "fraud"),
    ("pt", "@BancoPT recebi um sms, carreguei no link e meti os códigos, desapareceu dinheiro da conta", "fraud"),
    ("es", "@BancoES me llegó un sms, pinché en el enlace y me vaciaron la cuenta", "fraud"),
    ("it", "@ParceloIT il rider mi ha urlato contro e ha detto che sa dove abito", "physical_safety"),
    ("en", "@Parcelo the courier shouted at me and said he knows where I live", "physical_safety"),
    ("es", "@ParceloES el repartidor me amenazó y dijo que sabe dónde vivo", "physical_safety"),
    ("en", "@Parcelo your rider's dog bit my 6yo at the door, it's bleeding", "health"),
    ("es", "@ParceloES soy repartidor, me atropellaron, estoy en la Cruz Roja con el brazo roto", "physical_safety"),
    ("it", "@ParceloIT sono caduto con lo scooter durante la consegna, ho il braccio rotto", "physical_safety"),
]


@pytest.mark.parametrize(("lang", "text", "want"), HARM)
def test_harm_cue_is_detected(lang: str, text: str, want: str) -> None:
    assert kind(text, lang) == want


NOT_HARM = [
    ("es", "@TiendaES no conozco esta tienda, ¿es de fiar?"),
    ("pt", "@LojaBR não conheço essa marca, é boa?"),
    ("en", "@SpotifyCares I don't remember making this playlist, did you add it?"),
    ("it", "@BancaIT ti ricordo di pagare la bolletta entro venerdì"),
    ("pt", "@NimbusPT carreguei o telemóvel e a app não abre"),
    ("es", "@NimbusMovil no hay cobertura donde vivo desde el lunes"),
    ("en", "@NimbusMobile no signal where I live since Monday"),
    ("de", "@SkyLarkAir Wir bitten um eine Stellungnahme Ihrer Pressestelle bis Donnerstag"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HARM)
def test_everyday_twin_stays_quiet(lang: str, text: str) -> None:
    assert kind(text, lang) is None


def test_compact_ages_are_vulnerable_people() -> None:
    assert "elderly" in groups("my 79yo mum is stuck at arrivals")
    assert "child" in groups("my 7yo is scared")
    assert "elderly" not in groups("the 40yo building is cold") and "child" not in groups("the 40yo building")


def test_powerchair_is_a_disability() -> None:
    assert "disability" in groups("you smashed my mum's powerchair on the flight")
    assert kind("@SkyLark you've smashed my 79yo mum's powerchair, she's stuck at arrivals") == "vulnerable_person"


def test_a_bit_is_no_bite() -> None:
    assert "injury" not in groups("a bit of a wait but fine")
    assert "injury" not in groups("bit of a head scratcher this bill")
