"""English harm precision (s19-harmp4): harm words in their everyday senses or in frames that report
no harm, and the real harms beside them that must keep the alarm. English-only rules: chatter that
addresses no brand ("you", "he" are anyone), "sick" said of a thing, a password reset the writer
asked for, a card or passport number only handled, "alone with the kids", a battery drained, a
browser crashed, an emergency-exit seat, "painful" as a hassle, thanks for handling in the gerund,
"suicide" with no first person, despair pairs in their sense, a fraud verdict said as a predicate,
a bin emptied, a camera not recognised."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def _kind(text: str) -> str | None:
    return detect_harm(normalise(text), "en").kind


NO_HARM = [
    # addressed to no brand: "you" is the reader, "he"/"they" a player, a singer, a character
    "that hit on the winger was brutal, he's injured for sure, can't watch",
    "@user they said on the radio the drummer was sick all tour, you could hear it",
    "Will you watch the final? I heard their keeper might be hurt",
    "the new season of that show kills off the best guy in episode two, you will cry",
    # "sick" said of a thing
    "@TuneBox that new shuffle feature is sick",
    "@TuneBox your new workout playlist looks sick",
    "@GameHub the next update is going to be sick",
    "@SkyLounge the lounge at gate 4 is pretty sick ngl",
    "@TuneBox thats sick, thanks for adding lyrics",
    # a password reset the writer asked for, doubted
    "@StreamCo I requested a password reset and the email looks a bit dodgy, is it legit?",
    "@ShopNow I asked for a reset link for my password, is this email real or phishing?",
    "@StreamCo just reset my password and got an email with a link, is it a scam or real?",
    # a card or passport number only handled
    "@AirNova do I need to provide a passport number when booking or only at check in?",
    "@ShopNow the checkout won't accept my card number, tried three times",
    "@StreamCo why do you want a card number for a free trial?",
    # a parent alone with the children is in company
    "@AirNova my husband got bumped so I'm travelling alone with our 3 kids tomorrow, any tips for security?",
    "@AirNova flying alone w/ a toddler next week, can I bring the stroller to the gate?",
    # children named as the writer's company, nothing happened to them
    "@AirNova the bag drop queue is out the door and I'm travelling with 3 kids, any help?",
    "@RailCo standing room only again with our two toddlers, sort your capacity out",
    # a battery, a browser, a deal
    "@PhoneCo since the update my battery is draining really fast",
    "@PhoneCo the new app drains my battery overnight",
    "@LaptopCo chrome crashed twice on my laptop today",
    "@TelcoUK the upgrade just killed my loyalty discount",
    # an emergency-exit seat, "painful" as a hassle
    "@AirNova can you save me an emergency exit seat? I'm 6'4",
    "@AirNova upgrade to the emergency row would really help my knees, any chance?",
    "@AirNova being on hold for 40 minutes is painful",
    "@AirNova four gate changes in an hour... painful",
    # praise of handling, said in the gerund
    "@CityBank thank you for stopping that dodgy payment before it went through, great fraud team",
    "@CityBank thanks for refunding the money the scammers took from my dad last year, very kind",
    "@AirNova so happy you can accommodate my son's nut allergy on the flight",
    # "suicide" with nobody's own
    "@AirNova did you know suicide is a leading cause of death among young men",
    # despair pairs out of their sense
    "@AirNova in my letters to follow I'll include my booking reference",
    "@AirNova we can't take off without the catering cart apparently, been sat here an hour",
    # a fraud verdict said as a predicate
    "@AirNova £60 to choose a seat, what a scam",
    "@AirNova paid for the seat, you sold it, paid again. It's a good scam I'll give you that",
    # a trip at stake, money spent, a match, a song loved
    "@AirNova delayed again, now in danger of missing my connection in Doha",
    "@AirNova rebooking with you burned a hole in my wallet",
    "@AirNova the injury time winner on the seatback screen made the flight",
    "@TuneBox that remix everyone fell in love with is gone from my library",
    # the writer's own use, a reset asked of the brand, patients named with no data
    "@CityBank I used my card in two countries on holiday, do I need to tell you before the next trip?",
    "@MailCo can someone reset my password? I changed my phone and can't get the code",
    "@ClinicCo the waiting room was full of other patients coughing, took ages",
    # a bin emptied, a camera not recognised
    "@RailCo toilets not emptied on the 8:15 again, disgusting",
    "@PhoneCo my phone won't recognize my camera since the update",
]

HARM = [
    # chatter rules stand down when a brand is addressed or a stranger acts
    "@RideNow your driver hit a cyclist and drove off, he's injured and bleeding",
    "someone used my card for £300 of charges I never made, how did they get my details",
    "got a text saying a new payee was added, if this wasn't you call this number, and they knew my name",
    # real illness
    "@FoodCo my son is sick after the chicken you delivered, he's been vomiting all night",
    "@FoodCo the meal was off, my husband is sick and in bed",
    # a reset that was never asked for, or a takeover after one
    "@StreamCo got a password reset email I never asked for, is this a scam?",
    "@StreamCo someone took £200 from my account after I requested a password reset",
    # a card number exposed
    "@AirNova your confirmation email shows my full card number in plain text",
    "@ShopNow got a text asking me to send my card number to claim a prize, is this you?",
    # a child left by themselves
    "@AirNova my 8 year old is alone at the gate and nobody from your staff is with her",
    "@AirNova I'm supposed to fly alone with two very sick kids and you cancelled our flight",
    # an account drained, a payment not recognised
    "@CityBank someone is draining my account, three payments I never made",
    "@CityBank I don't recognise these payments on my phone bill",
    "@CityBank my savings account was emptied overnight",
    # a real crash, a real emergency exit fault, a real pain
    "@RideNow the taxi crashed into a lamppost and my daughter hit her head",
    "@AirNova the emergency exit on row 14 has a loose handle and the crew ignored it",
    "@SkinCo your cream gave me a painful rash all over my face",
    # a child named first, something happened to them
    "@AirNova my daughter was left alone at the gate with no staff while travelling with your minor service",
    "@AirNova they seated my 4 year old twelve rows away from us, we're travelling with her alone",
    # a fall, a burn, a danger that is one
    "@AirNova my son fell in the aisle during turbulence and cut his head open",
    "@CoffeeCo the lid came off and the hot coffee burned my daughter's hand",
    "@RideNow your driver put us in danger, speeding and missing red lights",
    # harm told as plain events (recall kept): a card used far away, a takeover after a reset, another
    # patient's records on show, a wheelchair broken
    "@CityBank my debit card was used in four different countries this morning, block it please",
    "@MailCo someone reset my password and changed my recovery email, now I'm locked out",
    "@ClinicCo the app is showing another patient's blood test results instead of mine",
    "@AirNova you broke my dad's wheelchair on the flight and he can't get around at all",
    # a self-harm statement stays whatever the frame; a hint with the "I" dropped too
    "@CityBank cant cope anymore, the debt is crushing me, nothing left",
    "@CityBank thank you for nothing, I can't cope anymore and I want to kill myself",
    "@CityBank everyone would be better off without me, this debt is too much",
    # a scam told by its victim, or a scam message asked about
    "@CityBank I fell for a scam call pretending to be you and lost £900",
    "@ShopNow got a letter saying I won a prize, is this a scam?",
]


@pytest.mark.parametrize("text", NO_HARM)
def test_everyday_senses_and_benign_frames_are_no_harm(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("text", HARM)
def test_real_harms_beside_them_keep_the_alarm(text: str) -> None:
    assert _kind(text) is not None
