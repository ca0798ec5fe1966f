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
    "@BurgerBarnHelp it was a BurgerBarn's emergency at 2am, the fries were needed",
    "@BurgerBarnHelp 1am snack emergency and your app says you're closed",
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
    assert not loose_alarm(normalise("I want to end it all jk"), "self_harm", ("self_harm",))
    assert not loose_alarm(normalise("a danger to myself, bought a knife"), None, ("danger",))


def test_ur_is_your_not_you_are() -> None:
    # "from ur fraud team" names the desk an impostor claimed, not a verdict on the brand.
    text = "@BrightbankCare a guy said he was from ur fraud team, is that real"
    assert not loose_alarm(normalise(text), "fraud", ("fraud",), brand_known=True)


MORE_LOOSE = [
    # no data named: a breach word about a plan or a secret of a team
    ("@StreamBoxHelp a staff member has leaked that the new tier launches in May, nice", True),
    # a simile, a toy, food, a cost risked, a fear denied, a topic
    ("@SkyLarkAir your gate agents are like those grumpy drunk uncles at every wedding", True),
    ("@ToyTownUK bought a fire engine playset online and got charged twice for it", True),
    ("@BurgerBarnHelp cold fries and a hair in the melted cheese, get your manager", True),
    ("@SkyLarkAir parked for 10 minutes and now the risk of a $90 fine from airport police", True),
    ("@SkyLarkAir why cancel today? Not a single snowflake to be scared of!", True),
    ("@StreamBoxHelp labelling playlists with a sexual orientation feels odd and not ok", True),
    # a fraud alert that was the customer
    ("@AmexHelp the fraud alert on my card was me, I did buy that sofa, please lift it", True),
    # the brand called the thief, a wait for the fraud desk, a disability named of a group of users
    ("@GoRideApp honestly I'm being robbed by GoRide every week with these service fees", True),
    ("@NorthbankUK 45 minutes on hold just to reach your fraud department, why so busy?", True),
    ("@StreamBoxHelp the new layout is inaccessible to blind users, please fix it", True),
    # a child named as a role
    ("@StreamBoxHelp she was a child star so most of her catalogue is from the 2000s", True),
]


@pytest.mark.parametrize(("text", "brand"), MORE_LOOSE)
def test_more_loose_shapes_are_no_harm(text: str, brand: bool) -> None:
    assert _harm(text, brand_known=brand) is None, text


def test_unbranded_chatter_about_others_is_no_harm() -> None:
    # No brand, no one addressed but "@user", and no harm word near "I", "my" or "we".
    assert _harm("The minister broke his promise again. Voters have been scammed", brand_known=False) is None
    assert _harm("@user they can carry on, the lot of them will burn in Hell anyway", brand_known=False) is None


MORE_STAYS_HARM = [
    "@SkyLarkAir the 3rd issue with our plane today is a fuel leak, they are still deciding",
    "@SkyLarkAir you'd rather the whole cabin got exposed to a contagious virus than rebook me",
    "@CasaStayHotels there's smoke coming out of the heater in our room and it smells like burning plastic",
    "@GoRideApp the driver was acting like a maniac and punched my dad when he asked him to slow down",
    "@AmexHelp a fraud alert says I bought a sofa in Leeds, it wasn't me, someone has my card",
    "@GoRideApp the driver was speeding and I was so scared I asked him to stop",
    "@NorthbankUK on hold to your fraud department for an hour while someone is using my card",
    "@BrightbankCare I've been scammed by a fake seller and £400 is gone",
    "@SkyLarkAir I'm blind and your staff left me alone at the wrong gate for 3 hours",
]


@pytest.mark.parametrize("text", MORE_STAYS_HARM)
def test_more_controls_stay_harm(text: str) -> None:
    assert _harm(text) is not None, text


def test_title_case_text_is_not_a_name() -> None:
    assert _harm("@GoRideApp Your Driver Punched Me In The Face Tonight And Drove Off") is not None
    # Words stressed with capitals inside a sentence, no title named before them.
    assert _harm("@SkyLarkAir your Flight Attendant Assaulted my mother on flight 123 and nobody helped") is not None
    assert _harm("@SkyLarkAir we had the Engine Fire on flight 12 and nobody told us anything after") is not None


def test_unbranded_harm_told_as_it_happens_stays_harm() -> None:
    assert _harm("the train just crashed into a car at the crossing, people hurt", brand_known=False) is not None


def test_own_harm_without_a_brand_stays_harm() -> None:
    # No brand known, but the harm is the writer's own ("my account", "I got food poisoning").
    assert _harm("someone hacked my account last night and changed my password", brand_known=False) is not None


LOOSE_CONTROLS = [
    # a relative's own emergency device, a joke denied, a baby unwell, a stolen phone used
    ("@NimbusMobile my mum's emergency pendant has no signal since the upgrade", "vulnerable_person", ("emergency",)),
    ("@GoRideApp your driver hit me, no jk, my lip is bleeding", "physical_safety", ("violence",)),
    ("@SkyLarkAir flight delayed 5 hours and my 3 month old has a fever", "health", ("child",)),
    ("@NimbusMobile my phone was stolen and now they're into my bank app", "fraud", ("fraud",)),
]


@pytest.mark.parametrize(("text", "kind", "cues"), LOOSE_CONTROLS)
def test_loose_shapes_keep_their_controls(text: str, kind: str, cues: tuple[str, ...]) -> None:
    assert not loose_alarm(normalise(text), kind, cues, brand_known=True), text
