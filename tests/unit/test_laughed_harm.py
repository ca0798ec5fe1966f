"""Thanks with a laugh for a harm nobody handled is sarcasm (core/laughed_harm.py), and a bill that
"went out twice" is a double charge (core/charges.py): causes found on the arrival of blind set 48.
"""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.charges import charged_twice
from mentionflow.core.lang import detect_language
from mentionflow.core.laughed_harm import laughed_off_harm
from mentionflow.core.sentiment import SARCASM_IRONY
from mentionflow.core.text import normalise

LAUGHED = [
    ("en", "haha cheers @ParceloEats, the burger was raw in the middle, threw up all night, top saturday 🤣"),
    ("en", "lol thanks @ParceloEats, chicken pink inside and my kid was sick twice, lovely evening"),
    ("es", "jaja gracias @ParceloEats, el pollo crudo por dentro y toda la noche con diarrea, genial 😂"),
    ("fr", "mdr merci @ParceloEats, poulet cru à l'intérieur et j'ai vomi toute la nuit, top 😂"),
    ("de", "haha danke @ParceloEats, das Hähnchen war innen roh und seitdem Durchfall, super 😂"),
    ("it", "ahah grazie @ParceloEats, pollo crudo dentro e ho vomitato tutta la notte, fantastico 😂"),
    ("pt", "kkkk valeu @ParceloEats, frango cru por dentro e vomitei a noite toda, ótimo 😂"),
]


@pytest.mark.parametrize(("lang", "text"), LAUGHED)
def test_laugh_with_no_handling(lang: str, text: str) -> None:
    assert laughed_off_harm(normalise(text)), text


HANDLED = [
    ("en", "haha my son fainted mid-flight but your crew were heroes, thank you @SkyLarkAir 😂"),
    ("en", "lol food poisoning from the curry but you refunded in minutes, thanks @ParceloEats"),
    ("es", "jaja mi hijo se mareó pero la tripulación fue un encanto, gracias 😂"),
    ("fr", "mdr j'ai été malade mais vous m'avez remboursé tout de suite, merci"),
    ("de", "haha mir war übel, aber das Personal war super, danke"),
    ("it", "ahah sono stato male ma mi avete rimborsato subito, grazie"),
    ("pt", "kkkk passei mal mas a tripulação foi ótima, obrigado"),
    ("en", "@ParceloEats the chicken was pink inside and we were all ill. not funny"),
]


@pytest.mark.parametrize(("lang", "text"), HANDLED)
def test_handling_named_or_no_laugh(lang: str, text: str) -> None:
    assert not laughed_off_harm(normalise(text)), text


def test_laughed_harm_is_not_praise_of_handling() -> None:
    text = "lol cheers @ParceloEats the burger was raw in the middle 😂 been throwing up all night. fab friday"
    norm = normalise(text)
    record, harm = read_mention(norm, detect_language(norm), "en", brand_known=True)
    assert harm.kind == "health"
    assert record.intent != "praise" or record.irony >= SARCASM_IRONY


WENT_OUT = [
    "@Bank rent went out twice, £900 x2, now I'm overdrawn",
    "@Bank my mortgage payment has gone out twice this month",
    "@Banco el alquiler salió dos veces de mi cuenta",
    "@Banque le loyer est sorti deux fois ce mois-ci",
    "@Bank die Miete ist zweimal abgegangen",
    "@Banca l'affitto è uscito due volte dal conto",
    "@Banco a renda saiu duas vezes da conta",
]


@pytest.mark.parametrize("text", WENT_OUT)
def test_bill_went_out_twice(text: str) -> None:
    assert charged_twice(normalise(text).tokens), text


NOT_WENT_OUT = [
    "@Bank went out twice to the branch and still no card",
    "@Bank my rent is due and the app went out twice today, crashed",
    "@Nimbus signal went out twice tonight",
    "@Banco salí dos veces de casa para ir al banco por el alquiler",
    "@Banque je suis sorti deux fois pour rien",
    "@Bank 2x points on rent payments? sounds good",
]


@pytest.mark.parametrize("text", NOT_WENT_OUT)
def test_went_out_without_a_bill(text: str) -> None:
    assert not charged_twice(normalise(text).tokens), text
