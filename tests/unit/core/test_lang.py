"""Language detection of short posts: the supported languages are found, others are not claimed."""

from __future__ import annotations

import pytest

from mentionflow.core.lang import SUPPORTED_LANGUAGES, detect_language, language_evidence
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # lid.176 alone: "und" (too few letters once the hashtag is stripped, or unsure).
        ("Muito bom!! #MaisVocê", "pt"),
        ("Meu pai tá na tv", "pt"),
        ("no me funciona", "es"),
        ("perderam minha mala, 3 dias sem resposta", "pt"),
        ("o serviço está fora do ar?", "pt"),
        ("mi pedido no llega", "es"),
        ("c'est en panne chez vous ?", "fr"),
        ("kein Internet schon wieder", "de"),
        ("l'app non funziona da ieri sera", "it"),
        ("sois lo peor", "es"),  # lid.176: Lojban 0.60; no one writes to a brand in a conlang
    ],
)
def test_short_posts_in_supported_languages(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        "mijn koffer is al drie dagen kwijt",
        "aplikacja nie działa od wczoraj",
        "uygulama dünden beri çalışmıyor",  # noqa: RUF001 - Turkish dotless i
        "tegnap óta nem működik az alkalmazás",
        "kya tum ko pata hai",  # romanised Hindi: the prior alone must not make it Italian
    ],
)
def test_unsupported_languages_are_not_claimed(text: str) -> None:
    assert detect_language(text).code not in SUPPORTED_LANGUAGES


def test_evidence_counts_shared_words_fractionally() -> None:
    norm = normalise("não funciona")
    ev = language_evidence(norm.tokens, norm.clean)
    assert ev["pt"] > ev["es"] > 0.0  # "não" and "ã" are Portuguese, "funciona" is es and pt


def test_a_language_the_model_is_sure_of_keeps_its_confidence() -> None:
    # German and English function words ("niemand", "is", "in") must not dilute how sure the
    # model is of Dutch: a flagged-unsupported case, never "und" scored as English.
    text = "mijn koffer is niet aangekomen in München, vlucht uit Lissabon. Niemand bij de balie weet iets"
    g = detect_language(text)
    assert g.code == "nl" and g.reliable


def test_a_constructed_language_the_model_is_sure_of_is_still_named() -> None:
    # Down-weighted, not banned: plain Esperanto stays Esperanto (and unsupported downstream).
    assert detect_language("la plej bona").code == "eo"
