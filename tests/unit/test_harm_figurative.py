"""Harm words said of a thing (core.harm_figurative): software that "crashed", a thing that "kills
me", money lit on fire, a phone "on fire" that drains its battery; and the real harms that share
their words and must keep the alarm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@FlyNorth your site crashed three times while I tried to pay"),
        ("en", "@FlyNorth crashed again when I tried the online check in, useless"),
        ("en", "@GadgetCo this laptop update is going to kill me, third reboot today"),
        ("en", "@TelcoUK this hold music is killing me"),
        ("fr", "@RailFR franchement cette appli me tue, rien ne marche"),
        ("es", "@AeroSur las comisiones de esta web me están matando"),
        ("pt", "@VooBR essas taxas de bagagem estão me matando"),
        ("en", "@StreamCo paid for premium and it buffers all day, might as well have set $30 on fire"),
        ("es", "@TiendaX es como echar el dinero al fuego, nada funciona"),
        ("en", "@ShopIN paid 1499 INR at the till and the shelf tag says 999 INR #fraud"),
        ("es", "@SuperMax me cobraron 45 euros y la etiqueta pone 30 euros, una estafa"),
        ("it", "@NegozioIT pagato 60 euro ma il cartellino diceva 40 euro, una truffa"),
        ("en", "@AirCo three hours on hold as a gold member, feels like it's worthless"),
        ("en", "@AppCo no fix yet but honestly I can cope without the widget"),
        ("en", "@GigTix front row last night, I feel so alive, thank you"),
        ("en", "@FlyCo they kept the seatbelt light on for the whole flight, in perfectly smooth air"),
        ("es", "@AeroSur dejaron la señal del cinturón encendida todo el vuelo, qué pesados"),
        ("fr", "@AirFR le voyant de la ceinture est resté allumé tout le vol, pénible"),
        ("en", "@HotelCo the free breakfast perk is being abused by people who aren't even guests"),
        ("en", "@ShopCo not going to give out my card number over twitter, send me a secure link"),
        # children who only saw what happened (core/harm_persons.py, the witness cut)
        ("en", "@RailCo the guard was so rude at the barrier, even my two kids were shocked"),
        ("fr", "@TrainFR le contrôleur était si impoli que même mes enfants étaient choqués"),
        ("de", "@BahnDE der Schaffner war so unhöflich, sogar meine Kinder waren schockiert"),
        ("pt", "@TremBR o atendente foi tão grosso que até meus filhos ficaram chocados"),
        ("en", "@PhoneCo since the update my phone is on fire and dies before lunch"),
    ],
)
def test_figures_said_of_things_raise_no_alarm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@CabCo our taxi crashed into a lamp post and my daughter hit her head"),
        ("en", "@CabCo the driver told me he would kill me if I reported him"),
        ("en", "@PhoneCo my phone caught fire while charging on the bedside table"),
        ("en", "@PhoneCo my phone is on fire, there's smoke coming from the charger"),
        ("en", "@FlyNorth someone set my car on fire in your car park"),
        ("en", "@BankCo someone took 2950 from my account, the price of my rent 1200 #fraud"),
        ("en", "@TelcoUK I feel worthless and I can't cope anymore"),
        ("en", "@TelcoUK I don't feel so alive anymore"),
        ("en", "@TelcoUK I feel so worthless, nobody would miss me"),
        ("en", "@FlyCo my seatbelt was broken and the crew told me to sit anyway"),
        ("en", "@FlyCo the seatbelt sign was off when we hit turbulence and my mum was thrown into the aisle"),
        ("en", "@CareHome my mother is being abused by a carer"),
        ("en", "@ShopCo your agent asked me to give out my credit card number in the public chat"),
        ("en", "@RailCo the guard shouted at my kids until they were shocked and crying"),
        ("en", "@FlyNorth my son is missing at the airport, nobody is helping"),
    ],
)
def test_real_harm_keeps_the_alarm(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None
