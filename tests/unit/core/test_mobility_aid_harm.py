"""A broken or withheld mobility aid that strands a disabled person is harm (vulnerable person),
in six languages, with the everyday words for it ("carrozzina") and for the person's condition
("paraplegic", "tetraplégico"); a broken suitcase wheel or a thank-you for help is not."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise

HARM = [
    ("it", "@AirX la mia carrozzina è arrivata con una ruota rotta, sono paraplegica e sono bloccata qui da due ore"),
    ("it", "@AirX hanno rotto la carrozzella di mio figlio, è tetraplegico e non possiamo lasciare il gate"),
    ("en", "@AirX my powered wheelchair came off the plane with a snapped wheel, I'm paraplegic and stuck at the gate"),
    ("es", "@AirX mi silla de ruedas llegó rota, soy parapléjico y no puedo moverme del aeropuerto"),
    ("fr", "@AirX mon fauteuil roulant est arrivé cassé, je suis tétraplégique, impossible de bouger"),
    ("de", "@AirX Mein Rollstuhl kam kaputt an, ich bin querschnittsgelähmt und sitze am Gate fest"),
    ("pt", "@AirX a minha cadeira de rodas chegou partida, sou tetraplégico e não consigo sair do aeroporto"),
]
NO_HARM = [
    ("it", "@AirX la mia valigia è arrivata con una ruota rotta, che fastidio"),
    ("en", "@AirX my suitcase arrived with a broken wheel, annoying but whatever"),
    ("de", "@AirX Danke für die tolle Hilfe mit dem Rollstuhl meiner Oma, alles hat super geklappt!"),
]


@pytest.mark.parametrize(("lang", "text"), HARM)
def test_a_broken_mobility_aid_stranding_someone_is_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind == "vulnerable_person"


@pytest.mark.parametrize(("lang", "text"), NO_HARM)
def test_a_broken_suitcase_or_thanks_is_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None
