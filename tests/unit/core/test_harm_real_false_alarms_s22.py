"""Harm words used loosely in real English tweets (core/harm_loose.py), read through `read_mention`:
a threat taken back ("jk"), a spending spree, "killed the game", a failing "exposed", "a lifeline",
software that crashed, a wallet stolen, a verdict on the brand, the brand's agent asking for a DM, a
thing named "emergency", a pregnancy beside a delay, content "exposed" to children, a smell of vomit,
a cabin overheating, a harm word in a capitalised name. Each shape has controls that stay harm."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.harm_loose import loose_alarm
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _harm(text: str, brand_known: bool = True) -> str | None:
    norm = normalise(text)
    return read_mention(norm, detect_language(norm), "en", brand_known=brand_known)[1].kind


LOOSE = [
    "@StreamBoxHelp whoever deleted my saved playlists, I want their blood spilled!!! jk just restore them",
    "@FreshCartUK just left with two lamps, a rug and a candle set, I'm a danger to myself #homeware",
    "@StreamBoxHelp your new year mix killed the game, on repeat all week",
    "@SkyLarkAir one snowy weekend exposed your actual customer service model, never again",
    "@SkyLarkAir the lounge wifi has been a real lifeline on these long layovers",
    "@StreamBoxHelp it's Firefox on my laptop, the web player crashed three times tonight",
    "@BrightbankCare my wallet was stolen at the gym today, how do I order a replacement card?",
    "@NimbusMobile honestly you guys are a fraud, still no 5G in my street after two years",
    "@BrightbankCare please DM us your full card number and we'll look into it for you ^KB",
    "@BurgerBarnHelp it was a total Burger Barn's emergency at 2am, the fries were needed",
    "@SkyLarkAir my flight is delayed 3 hours and I'm 6 months pregnant, so tired of this",
    "@SkyLarkAir my wife and 8 month old might miss the connection now, please rebook us",
    "@StreamBoxHelp so my kids have to be exposed to the f word in your ads, thanks a lot",
    "@SkyLarkAir second flight this week boarding us onto a plane that reeks of vomit, clean them please",
    "@SkyLarkAir love you but please stop overheating your planes, it felt like a sauna again",
    "@StreamBoxHelp the album Sick Scenes is filed under the wrong band on your app",
]


@pytest.mark.parametrize("text", LOOSE)
def test_harm_word_used_loosely_is_no_harm(text: str) -> None:
    assert _harm(text) is None, text


STAYS_HARM = [
    "@SkyLarkAir my 8yo was left alone at the gate and nobody knows where she is",
    "@GoRideApp your driver punched me when I asked him to slow down",
    "@StreamBoxHelp someone hacked my account and bought £300 of stuff with my saved card",
    "@BrightbankCare my wallet was stolen and someone has already used my card twice, £200 gone",
    "@BrightbankCare a guy rang saying he was from your fraud team and I moved my savings to him",
    "@SkyLarkAir the emergency exit on row 14 has a loose handle and the crew just laughed",
    "@NimbusMobile my mum's lifeline alarm has had no signal since your upgrade",
    "@SkyLarkAir I'm 8 months pregnant and you've left me on the floor at the gate for 5 hours with no food",
    "@SkyLarkAir flight delayed overnight and my 9 month old has run out of formula, nobody will help",
    "@GoRideApp my taxi crashed into a wall on the motorway and the driver drove off",
    "@ParceloHelp your confirmation email has my passport number exposed in the subject line",
    "@FreshCartUK I was sick all night after your chicken, the whole kitchen reeks of vomit",
    "@jo_r Hi Jo, sorry! Please DM us your card number and the PIN so we can unblock it today",
]


@pytest.mark.parametrize("text", STAYS_HARM)
def test_harm_controls_stay_harm(text: str) -> None:
    assert _harm(text) is not None, text


def test_self_harm_is_never_read_as_loose() -> None:
    assert not loose_alarm("I want to end it all jk", "self_harm", ("self_harm",))
    assert not loose_alarm("a danger to myself, bought a knife", None, ("danger",))


def test_ur_is_your_not_you_are() -> None:
    # "from ur fraud team" names the desk an impostor claimed, not a verdict on the brand.
    assert not loose_alarm("a guy said he was from ur fraud team, is that real", "fraud", ("fraud",))
