"""Harm told in plain words that the harm lexicon read past: a child "by herself" after a delay
(and "my 12 year old's flight", an age in the possessive), a room that "smells like smoke" with the
alarm going (only "smoke and mirrors" is a trick), a member of staff who "shoved" someone. Each has
controls that stay no harm."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _harm(text: str, brand_known: bool = True) -> tuple[str | None, str | None]:
    norm = normalise(text)
    signal = read_mention(norm, detect_language(norm), "en", brand_known=brand_known)[1]
    return signal.kind, signal.severity


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "my 12 year old's flight got delayed and she's at the airport by herself, nobody from @SkyLarkAir"
            " will help her",
            "vulnerable_person",
        ),
        ("@SkyLarkAir my daughter is at the airport by herself after the delay, what do we do", "vulnerable_person"),
        ("the room smells like smoke and the alarm won't stop @SkyLarkAir nobody picks up", "physical_safety"),
        ("a crew member shoved my dad into his seat @SkyLarkAir he is 80", "physical_safety"),
        ("@ParceloEats the driver shoved me out of the way at my own door", "physical_safety"),
    ],
)
def test_plain_harm_is_read(text: str, kind: str) -> None:
    assert _harm(text) == (kind, "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir my 12 year old loved her first solo flight, the crew looked after her so well",
        "@SkyLarkAir my son packed his bag by himself for the first time, so proud, see you at the gate",
        "@StreamBoxHelp stop shoving ads down our throats, I pay for premium",
        "@SkyLarkAir I shoved my bag under the seat in front and it was fine, lovely crew",
        "@NimbusMobile your 'unlimited' plan is smoke and mirrors, throttled after 20GB",
    ],
)
def test_the_same_words_without_harm(text: str) -> None:
    assert _harm(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "@ParceloHelp someone has ordered £240 of food on MY account to an address in Croydon tonight. I didn't."
            " changed my password but it's still logged in somewhere",
            "fraud",
        ),
        ("@Brightbank alguien ha comprado 300€ con mi cuenta, yo no he sido", "fraud"),
        (
            "PSA: texts going round saying 'Brightbank: a new payee was added, call us if this wasn't you'. My dad"
            " called the number and lost £2,300. @BrightbankCare what are you doing about this?? #brightbank",
            "fraud",
        ),
        (
            "one of your @ParceloEats riders just flew down the pavement on an ebike and took me out. knee's split"
            " open, he didn't even stop",
            None,  # any harm kind: the injury is read
        ),
        (
            "Flew SkyLark Air to Malaga with my wife, check-in quick, staff friendly. About an hour in, the drinks"
            " trolley was pushed into my wife's ankle. She is 79; we've had it x-rayed and it is a hairline"
            " fracture. The crew on the return were lovely. Would like someone from SkyLark to get in touch.",
            "physical_safety",
        ),
        (
            "@ParceloHelp chicken from Parcelo Market was pink inside. whole family been sick all night and our"
            " little one (3) is in A&E now on a drip",
            "health",
        ),
    ],
)
def test_harm_told_as_plain_events_is_severe(text: str, kind: str | None) -> None:
    got_kind, severity = _harm(text)
    assert severity == "severe"
    assert got_kind == kind or (kind is None and got_kind is not None)


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloHelp someone in my house ordered pizza on my account lol, all good",
        "@SkyLarkAir I have a broken foot, can I get a wheelchair at the gate on Friday?",
        "Hi @ParceloEats, I produce the drive-time show on Radio Metro. We're doing a segment on delivery rider"
        " safety, would Parcelo put someone forward for a 5-min interview?",
        "@Brightbank I lost £40 in fees because your app was down",
    ],
)
def test_plain_events_without_harm(text: str) -> None:
    assert _harm(text) == (None, None)
