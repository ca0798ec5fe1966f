"""Genuine praise is not a complaint (session 15): sincere "thank you so much for ..." is thanks,
not the "so much for ..." sarcasm; the same thanks round a wait, or "thanks for ruining ...",
stays sarcasm."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str = "en") -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


@pytest.mark.parametrize(
    "text",
    [
        "thank you so much for getting my new card out so fast @Brightbank",
        "@ParceloEats thanks so much for the extra napkins, rider was a star",
        "Thank you so so much for upgrading my seat @SkyLarkAir, made our honeymoon",
    ],
)
def test_sincere_thanks_so_much_is_not_sarcasm(text: str) -> None:
    a = run(text)
    assert "sarcasm" not in a.cues
    assert a.intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "thanks so much for the 2 hour delay @SkyLarkAir",
        "thank you very much for the 40 minute hold @Brightbank",
        "so much for the new app, it logs me out every day @Brightbank",
        "thanks a lot for ruining my birthday dinner @ParceloEats",
    ],
)
def test_sarcastic_thanks_stays_sarcasm(text: str) -> None:
    a = run(text)
    assert "sarcasm" in a.cues
    assert a.intent == "complaint"


# A negated bother is praise, in every language ("nothing to complain about", "rien à redire").
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("nothing to complain about, the new router has been rock solid @NimbusMobile", "en"),
        ("not bad at all @SkyLarkAir, bags were on the belt before we were", "en"),
        ("sin quejas, el pedido llegó calentito y antes de hora @ParceloEats", "es"),
        ("brunch del domingo con @ParceloEats, no se puede pedir más", "es"),
        ("rien à redire, colis livré en avance et bien emballé @ParceloEats", "fr"),
        ("aucun reproche, conseiller patient et efficace @Brightbank", "fr"),
        ("nichts zu meckern, Pizza war heiß und pünktlich @ParceloEats", "de"),
        ("kann mich nicht beklagen, Netz im Urlaub stabil @NimbusMobile", "de"),
        ("niente da dire, rider velocissimo e gentile @ParceloEats", "it"),
        ("nulla da ridire sul volo di ieri @SkyLarkAir, puntuale", "it"),
        ("nada a apontar, entrega rápida e tudo certinho @ParceloEats", "pt"),
        ("não tenho do que reclamar, a app nunca me deixou na mão @Brightbank", "pt"),
    ],
)
def test_negated_bother_is_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"


# ... but not when the clause after "but" / "mais" / "aber" / "ma" / "mas" names a failure: that
# clause carries the verdict (every language, not only English).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("nothing to complain about except the 2 hour delay @SkyLarkAir", "en"),
        ("sin quejas de la comida pero el pedido llegó frío @ParceloEats", "es"),
        ("rien à redire sur le livreur mais la commande était froide @ParceloEats", "fr"),
        ("das Essen war super, aber die Lieferung kam zwei Stunden zu spät @ParceloEats", "de"),
        ("niente da dire sul cibo ma il rider è arrivato con un'ora di ritardo @ParceloEats", "it"),
        ("não posso reclamar do app mas a entrega atrasou duas horas @ParceloEats", "pt"),
    ],
)
def test_failure_after_but_is_not_praise(text: str, code: str) -> None:
    assert run(text, code).intent != "praise"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # French "ma" is "my", Spanish "mas" is "more": no contrast there
        ("merci, ma commande est arrivée en avance, top @ParceloEats", "fr"),
        ("gracias, llegó mas rapido de lo esperado @ParceloEats", "es"),
        # praise after the "but" stays praise
        ("el vuelo se retrasó pero la tripulación fue encantadora @SkyLarkAir", "es"),
        ("der Flug war verspätet, aber die Crew war super freundlich @SkyLarkAir", "de"),
    ],
)
def test_praise_with_no_failing_clause_stays_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"
