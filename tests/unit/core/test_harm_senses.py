"""Everyday senses of harm words (s12-harm, issue 14 point 4): allergen-free products, what an
insurance policy covers, schoolwork held up by an outage, despair phrases without their context,
"disabled" as a setting, "family emergency". Each with its harm twin."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def kind(text: str, lang: str = "en") -> str | None:
    return detect_harm(normalise(text), lang).kind


NOT_HARM = [
    ("es", "@FreshCartES me habéis traído leche sin lactosa en vez de la normal"),
    ("en", "@FreshCartUK I ordered lactose-free milk and got the normal one"),
    ("en", "@FreshCartUK can you stock more gluten free bread please"),
    ("fr", "@FreshCartFR vous m'avez livré du lait sans lactose au lieu du lait normal"),
    ("de", "@FreshCartDE ihr habt mir laktosefreie Milch statt normaler geliefert"),
    ("it", "@FreshCartIT mi avete portato latte senza lattosio invece di quello normale"),
    ("pt", "@FreshCartBR vocês trouxeram leite sem lactose em vez do normal"),
    ("en", "@ParceloEats do you sell food poisoning insurance with the meal deal lol"),
    ("en", "@BrightbankCare is there accident cover on this card?"),
    ("en", "@NimbusMobile my kids can't do their homework because the internet has been down for 3 days"),
    ("es", "@NimbusMovil los niños no pueden hacer sus clases online porque no tenemos internet desde el lunes"),
    ("fr", "@NimbusFR mes enfants ne peuvent pas faire leurs devoirs, internet est coupé depuis lundi"),
    ("en", "@SpotifyCares I downloaded again, but a few hours later, my playlist was gone"),
    ("en", "@SpotifyCares No point. I've cancelled the family subscription"),
    ("en", "@JetBlue SHUT THE DOOR ON YOUR WAY OUT"),
    ("en", "@SpotifyCares I've also disabled it."),
    ("en", "@SpotifyCares HQS is turned off and all sources are disabled. Still at 110% CPU"),
    ("en", "@USAirways this is a family emergency and I can't get a refund #unacceptable"),
    ("en", "@united has been showing the same tone deaf video for years"),
]

HARM_TWINS = [
    ("es", "@FreshCartES pedí leche sin lactosa y me trajisteis normal, mi hijo es alérgico y ha vomitado"),
    ("en", "@FreshCartUK the lactose free milk you sent made my son sick"),
    ("de", "@FreshCartDE die laktosefreie Milch hat meinen Sohn krank gemacht"),
    ("es", "@FreshCartAyuda compré pan sin gluten y he pasado la noche malísima con síntomas de celíaca"),
    ("en", "@ParceloEats got food poisoning from your chicken wrap, been up all night"),
    ("en", "@NimbusMobile internet down, kids can't do homework and my son is home alone and scared"),
    ("en", "@VoltaEnergy honestly nobody would even notice if I was gone"),
    ("en", "@VoltaEnergy there's no point in living anymore"),
    ("en", "@VoltaEnergy I can't see a way out of this debt anymore, I don't know how much longer I can keep going"),
    ("en", "@SkyLarkHelp my disabled brother was stranded on the plane after everyone left"),
    ("en", "@SkyLarkHelp I'm disabled and the ramp never came, I was left on the plane"),
    ("en", "@SkyLarkHelp emergency landing and smoke in the cabin, my kids are terrified"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HARM)
def test_everyday_senses_are_not_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), HARM_TWINS)
def test_the_harm_twins_are_still_caught(lang: str, text: str) -> None:
    assert kind(text, lang) is not None


OTHERS_NOT_HARM = [
    "@SpotifyCares I can see some other users (on here) seem to be experiencing the same problem.",
    "@AmericanAir there is no one at the airport helping us. Another customer got told the flight isn't leaving",
    "@SpotifyCares literally just want to know what stranger things mode is",
    "@united just touched down in Miami - nicely done united",
    "@SpotifyCares Aw wow, you really do care. I'm touched.",
    "@SpotifyCares this song made my ears bleed",
    "@SpotifyCares It sounds like a pitched up version of T-Pain on every song",
]
OTHERS_HARM = [
    "@BrightbankCare when I log in to the app I can see another customer's account, name, balance and transactions",
    "@SkyLarkAir boarding pass in the app shows a different passenger's name and booking reference",
    "@UberSupport the driver touched me and wouldn't stop",
    "@ParceloEats the rider hit my son with his bike and his ear is bleeding",
]


@pytest.mark.parametrize("text", OTHERS_NOT_HARM)
def test_other_people_without_their_data_and_names_are_not_harm(text: str) -> None:
    assert kind(text) is None


@pytest.mark.parametrize("text", OTHERS_HARM)
def test_other_peoples_data_and_real_touching_are_harm(text: str) -> None:
    assert kind(text) is not None


FEAR_FEELINGS = [
    ("it", "Ho paura sia amore."),
    ("es", "@user los check azulitos me dan miedo"),
    ("en", "@USAirways I'm scared I'm going to lose my reservation or my money is going to be refunded."),
    ("pt", "Eu tô com medo que o Douglas saia :( #MasterChefBR"),
]
FEAR_REPORTS = [
    ("en", "@GoRideApp the driver locked the doors and kept driving the wrong way, I was terrified"),
    ("pt", "@GoRideApp o motorista trancou as portas, não me deixava descer e mudou o caminho, fiquei apavorada"),
    (
        "it",
        "@NimbusMobile il mio ex si è presentato sotto casa mia, il mio nuovo indirizzo lo avevate solo voi. Ho paura.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FEAR_FEELINGS)
def test_fear_of_nothing_that_acts_is_a_feeling(lang: str, text: str) -> None:
    assert kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), FEAR_REPORTS)
def test_fear_of_a_driver_or_an_ex_is_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is not None


UNLINKED = [
    ("fr", "Réchauffement climatique : l'ours polaire en danger - francetv éducation"),
    ("it", "A rischio il governo Monti, con la #concordia si va a fondo #giglio"),
    ("en", "Based on these Arkham games, Batman may not kill, but he's definitely put a few people in comas."),
    ("es", "tio que dolor de piernas"),
    ("de", "Langsam tun mir leicht die Füße weh ;) #Gamescom2013"),
]
LINKED = [
    ("en", "@SkyLarkAir the seatbelt on 23C doesn't lock and the crew said to just hold on during turbulence"),
    ("es", "@NimbusMobile el técnico dejó cables eléctricos pelados colgando de la pared, es peligroso"),
    ("en", "@AmericanAir of delays and trapped on planes with no water or air. Never ever ever again."),
    ("de", "@NimbusMobile offene Stromkabel hängen aus der Wand, das ist gefährlich"),
    ("en", "@ParceloHelp your courier has been outside my house three nights in a row, I feel unsafe"),
    (
        "de",
        "@ParceloEats das Hähnchen - seit heute Nacht liegen wir mit Brechdurchfall flach, die Kleine musste in die "
        "Notaufnahme.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), UNLINKED)
def test_danger_or_pain_linked_to_no_service_is_not_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), LINKED)
def test_danger_linked_to_a_service_is_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is not None


def test_a_smoke_alarm_wanting_a_battery_is_upkeep_but_smoke_is_harm() -> None:
    assert kind("@HomeFixUK the smoke detector you fitted beeps every night, probably the battery") is None
    assert kind("@HomeFixES el detector de humo que instalasteis pita cada noche, seguramente la pila", "es") is None
    assert kind("@HomeFixUK the smoke alarm is going off and the kitchen is full of smoke from the oven you installed")
