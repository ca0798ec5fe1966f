"""Short or shouted posts: the model's confidence on two or three words is no evidence.

lid.176 reads "Hates twitter" as Spanish (it knows only the brand name) and "im so over it"
lowercased as German ("im" and "so" are German words too). When no word of the guessed language
is in the post and an everyday English word is, it is English. Controls: short posts with a word of
their own language keep it, in all five other supported languages.

The English fast path (two English function words) checks for words only another supported
language writes: "on" and "service" do not make a French complaint English.
"""

from __future__ import annotations

import pytest

from mentionflow.core.lang import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "Hates twitter",
        "@NimbusHelp hates spotify",
        "IM SO DONE",
        "Im so tired",
        "@SkyLarkAir IM SO BORED",
        "im so done lol",
        "beautiful, thanks a ton",
    ],
)
def test_thin_model_guess_with_english_words_is_english(text: str) -> None:
    assert detect_language(text).code == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a word of the language's own beside the brand name
        ("Odio twitter", "es"),
        ("Gracias instagram", "es"),
        ("Muito bom spotify", "pt"),
        ("Obrigada pela ajuda", "pt"),
        ("Che schifo netflix", "it"),
        ("Grazie mille", "it"),
        ("Im Zug ist es kalt", "de"),
        ("So ein Mist heute", "de"),
        ("Merci beaucoup", "fr"),
        ("Toujours rien reçu", "fr"),
    ],
)
def test_short_posts_with_own_words_keep_their_language(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("on est toujours sans réponse du service client", "fr"),
        ("on attend toujours le service client depuis ce matin", "fr"),
        ("to esperando ate agora do jeito que vai nao da", "pt"),
        ("non funziona il service, help per favore", "it"),
        ("el service es muy lento, help por favor", "es"),
        ("das ist still nicht gelöst, der Service is kaputt", "de"),
    ],
)
def test_fast_path_checks_for_foreign_words(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    "text",
    [
        # English with a borrowed word or two, and English words other languages also write
        "thanks for the help, muchas gracias!",
        "no idea why the app is so slow, come on",
        "is there any way to get a refund as a credit, no plus fees",
        "the flight to Las Vegas was delayed again",
        "I could die, this is the best service ever",
    ],
)
def test_fast_path_keeps_english_with_borrowed_words(text: str) -> None:
    assert detect_language(text).code == "en"


@pytest.mark.parametrize("text", ["mijn koffer is weg", "kya bakwas service hai yaar"])
def test_unsupported_short_posts_stay_unsupported(text: str) -> None:
    assert detect_language(text).code not in ("en", "und")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the model's guess has no word of its own language, another has two
        ("Buenos dias a todos", "es"),
        ("buenas tardes a todos", "es"),
        # the model cannot tell, two words of one language say which
        ("tá no ar o #ShowDaNoite", "pt"),
        ("tá na hora kkkk", "pt"),
        ("#MeuPrograma tá parado ein kk", "pt"),
    ],
)
def test_own_words_outweigh_a_thin_model_guess(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bom dia a todos", "pt"),  # Portuguese stays Portuguese
        ("Boa noite pessoal", "pt"),
        ("Buona sera a tutti", "it"),
    ],
)
def test_own_words_controls(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize("text", ["wifi ni h", "Sarah day on its way, sa pag-trending na"])
def test_evidence_fallback_needs_two_words_and_no_english(text: str) -> None:
    assert detect_language(text).code not in ("es", "fr", "de", "it", "pt")
