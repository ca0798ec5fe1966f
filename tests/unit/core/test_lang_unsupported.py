"""A Latin-script post in a language we do not support is flagged, never scored as English.

lid.176 gives romanised Hindi no confident guess ("und", which ASCII text would be scored as
English), and a Dutch post with "is" and "service" in it looked English to the fast path. The
unsupported language's own function words now name it; an English post that borrows a word or two
("yaar", "bhai") stays English, and the supported languages keep the words they share with these
("hai" is Italian too, "mein" German, "ni" Spanish).
"""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.lang import SUPPORTED_LANGUAGES, detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise
from mentionflow.tools import scenarios


def _scored(text: str) -> tuple[str | None, bool]:
    norm = normalise(text)
    guess = detect_language(norm)
    return guess.code, analyse(norm, guess).supported


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # romanised Hindi, alone and mixed with English
        ("@SkyLarkHelp meri flight do ghante se delay hai aur counter pe koi jawab nahi de raha", {"hi"}),
        ("yaar mera parcel abhi tak nahi aaya, kab milega?", {"hi"}),
        ("Bhai this app is so slow, kuch bhi load nahi ho raha", {"hi"}),
        ("@NimbusHelp recharge kiya tha par balance nahi aaya", {"hi"}),
        # Indonesian / Malay
        ("@NimbusHelp internet saya mati sejak kemarin, tolong dibantu ya", {"id", "ms"}),
        ("kenapa paket saya belum sampai juga", {"id", "ms"}),
        # Tagalog and Taglish
        ("@NimbusHelp wala pa rin signal dito sa amin, ano na po", {"tl"}),
        ("Hindi pa rin dumarating yung refund ko, sobrang tagal na", {"tl"}),
        # Dutch with two English-looking words ("is", "service"): was the English fast path
        ("@SkyLarkHelp mijn koffer is nog steeds niet terug, wat is dit voor service", {"nl"}),
        ("@NimbusHelp faturam neden bu kadar yüksek, lütfen kontrol edin", {"tr"}),
        ("@NimbusHelp naomba msaada, huduma yenu ni mbaya sana", {"sw"}),
        ("@NimbusHelp nu am semnal de ieri si nimeni nu raspunde", {"ro"}),
        ("@NimbusHelp dlaczego nadal nie mam internetu, proszę o pomoc", {"pl"}),
    ],
)
def test_unsupported_latin_script_complaints_are_flagged(text: str, codes: set[str]) -> None:
    code, supported = _scored(text)
    assert code in codes
    assert code not in SUPPORTED_LANGUAGES
    assert not supported


@pytest.mark.parametrize(
    "text",
    [
        # One borrowed word among English function words: the writer writes English, and the
        # English reading of the post is right ("yaar" is "mate", "bhai" "bro").
        "thanks yaar, the crew was brilliant today",
        "Bhai, my refund still has not come through",
        "namaste! my order arrived broken and nobody answers the phone",
        "@SkyLarkHelp Ada is the best agent you have",  # "ada" is Indonesian too
        # short English tweets
        "is this a joke",
        "worst airline ever",
        "app keeps crashing",
        "love it",
        "still waiting",
    ],
)
def test_english_stays_english(text: str) -> None:
    code, supported = _scored(text)
    assert code in ("en", "und")
    assert supported


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ciao, hai visto che il sito non funziona?", "it"),  # Italian "hai" (you have)
        ("ke schifo, il treno è in ritardo di nuovo", "it"),  # Italian chat "ke" (che)
        ("ke hai fatto?", "it"),  # two words Hindi writes too, both Italian chat
        ("mi hai rotto, ke servizio", "it"),
        ("ma ke dici, hai ragione tu", "it"),
        ("ki a fait ça? c'est nul", "fr"),  # French chat "ki" (qui)
        ("ik hab keine Ahnung, ka", "de"),  # German chat "ik", "ka" (keine Ahnung)
        ("no funciona ni la app ni la web", "es"),
        ("vc acha normal ficar sem internet 3 dias?", "pt"),
        ("mein Paket ist immer noch nicht da", "de"),
        ("Hoje o jogo foi show de bola", "pt"),
    ],
)
def test_supported_languages_keep_their_shared_words(text: str, code: str) -> None:
    assert _scored(text) == (code, True)


def _case(text: str) -> dict[str, Any]:
    scenario = {
        "id": "lang-unsupported",
        "mentions": [
            {
                "id": "m1",
                "at": 0,
                "channel": "twitter",
                "author": {"id": "c1", "handle": "asha_k", "followers": 120, "verified": False},
                "text": text,
            }
        ],
    }
    run = scenarios.run_scenario(scenarios.core_factory_from_settings(), scenario)
    (case,) = run["cases"].values()
    return dict(case)


def test_case_of_a_hinglish_complaint_is_flagged_not_scored() -> None:
    case = _case("@SkyLarkHelp bag abhi tak nahi mila, teen din ho gaye, koi update bhi nahi")
    assert case["language"] == "hi"
    assert case["language_supported"] is False
    assert case["sentiment"]["score"] == 0.0


def test_case_of_english_with_a_borrowed_word_is_scored() -> None:
    case = _case("@SkyLarkHelp thanks yaar, the crew on my flight today was amazing")
    assert case["language"] == "en"
    assert case["language_supported"] is True
    assert case["sentiment"]["label"] == "positive"
