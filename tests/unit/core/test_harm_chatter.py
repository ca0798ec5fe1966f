"""News, TV and politics that address no one and link their harm words to no service are no harm
(`harm_frames.unaddressed_chatter`), in six languages; each with its twin that must stay harm:
the same words sent to a brand, told in the first person, linked to a service, or with the
brand resolved by the pipeline."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise

CHATTER = [
    ("en", "Fast bowler James Pattinson has a buttock injury and won't play in tomorrow's final"),
    ("es", "Un incendio en el puerto obliga a evacuar a cientos de vecinos http://t.co/x"),
    ("fr", "Le pangolin, un animal menacé d'extinction http://t.co/x"),
    ("de", "Polizeibericht: Unfall auf der A3 bei Würzburg, zwei Verletzte http://t.co/x"),
    ("it", "Berlusconi, lieve malore al comizio, sta bene http://t.co/x"),
    ("pt", "Bobby foi hospitalizado e não passa bem #MasterChefBR"),
]

# The same harm words sent to a brand, told in the first person, or tied to a service.
TWINS = [
    ("en", "@GoRideHelp your driver was speeding and my son has a head injury"),
    ("es", "mi hijo se ha hecho una herida en la cabeza, el conductor iba rapidísimo"),
    ("fr", "@NimbusMobile le chargeur a pris feu cette nuit"),
    ("de", "ich habe eine Glasscherbe in meinem Essen gefunden und blute"),
    ("it", "@ParceloHelp mio figlio è stato ricoverato dopo la consegna"),
    ("pt", "o motorista atropelou a minha filha na saída do autocarro"),
]


@pytest.mark.parametrize(("lang", "text"), CHATTER)
def test_unaddressed_third_person_news_is_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None


@pytest.mark.parametrize(("lang", "text"), TWINS)
def test_addressed_first_person_or_linked_harm_stays(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is not None


def test_a_resolved_brand_keeps_the_alarm() -> None:
    # A Facebook post names the brand in words, not by handle, and Spanish drops the pronoun.
    text = "Después de cenar el sushi que pedimos por Parcelo estamos los tres con vómitos y fiebre, intoxicación"
    norm = normalise(text)
    assert detect_harm(norm, "es", brand_known=True).kind == "health"


def test_someone_missing_keeps_the_alarm_without_a_brand() -> None:
    assert detect_harm(normalise("niña de 8 años desaparecida, nadie sabe dónde está"), "es").kind is not None


# Everyday senses of "hit", "trapped" and "fire", with their twins.
EVERYDAY = [
    "@AirlineX we hit JFK an hour early and your gate agent still sent us away",
    "@BankX got hit with a $38 late fee after paying two weeks early",
    "@AirlineX my friends have been trapped in Denver since 7am with no flight in sight",
    "@ShopX you should fire Dave at the Leeds store",
    "@AirlineX please fire Gary",
    "@ShopX fire yr manager",
]
EVERYDAY_TWINS = [
    "@RideX your driver hit my son on the crossing, he's at the hospital",
    "@RideX your courier nearly hit me on the pavement",
    "@MetroX we are trapped in the lift at the station, nobody answers the alarm",
    "@NimbusMobile the charger caught fire on my bed",
    # one blow keeps every "hit" of the text
    "@AirlineX we hit bad turbulence and the man next to me hit his head on the bin, he is bleeding",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_hit_trapped_fire_are_no_harm(text: str) -> None:
    assert detect_harm(normalise(text), "en").kind is None


@pytest.mark.parametrize("text", EVERYDAY_TWINS)
def test_a_blow_a_shut_in_or_flames_stay_harm(text: str) -> None:
    assert detect_harm(normalise(text), "en").kind == "physical_safety"


# Affection or pride round a person who is only named: the stricter person-only threshold.
FOND = [
    ("en", "@NimbusMobile got my daughter her first phone with you today, she loves it"),
    ("es", "@ParceloHelp el repartidor ayudó a mi abuela de 90 años con las bolsas, un encanto"),
    ("it", "@SkyLarkAir mio figlio di 6 anni ha volato con voi, equipaggio gentilissimi con lui"),
    # a warm text needs a confident model (PERSON_ONLY_THRESHOLD): "ha" and "sin" weigh in the artefact
    (
        "es",
        "el repartidor ha subido las bolsas a mi abuela hasta el 5º sin ascensor y se ha quedado charlando, un 10 💚",
    ),
]
FOND_TWINS = [
    (
        "en",
        "@SkyLarkAir my 7 year old loves flying but your crew left her alone at the gate and nobody knows where she is",
    ),
    ("es", "@ParceloHelp mi abuela de 90 años es un encanto y vuestro repartidor la empujó y se cayó, está herida"),
    ("es", "@SkyLarkAir mi hija de 8 años viaja sola y nadie sabe dónde está, por favor 🙏💛"),
]


@pytest.mark.parametrize(("lang", "text"), FOND)
def test_fondness_for_a_named_person_is_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None


@pytest.mark.parametrize(("lang", "text"), FOND_TWINS)
def test_fondness_does_not_hide_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is not None


def test_swap_my_sim_is_a_sim_swap_either_way_round() -> None:
    text = "@NimbusHelp my phone lost signal and someone emptied my bank account, did you swap my SIM to someone else??"
    assert detect_harm(normalise(text), "en").kind == "fraud"
    assert detect_harm(normalise("@NimbusHelp can I swap my plan to the cheaper one next month?"), "en").kind is None


SENSES = [
    ("en", "@AirlineX the new seating policy will hurt everyone who flies economy"),
    ("en", "@ShopX honestly it hurt my feelings that you cancelled my order twice"),
    ("en", "@ShopX your site doesn't work on tablets and phones, fix it"),
    ("en", "@AirlineX first thing I'll do on board is order a glass of wine"),
    ("fr", "@CompagnieX j'ai pris un verre de vin au salon, service parfait"),
]
SENSES_TWINS = [
    ("en", "@RideX your driver braked hard and my mum is hurt, she hit the seat in front"),
    ("en", "@PharmaX you sent my dad the wrong tablets, he has taken them for a week and feels ill"),
    ("en", "@FoodX there was a piece of glass in my salad and I cut my mouth"),
    ("fr", "@FoodX il y avait un morceau de verre dans mon plat, ma fille s'est coupée"),
]


@pytest.mark.parametrize(("lang", "text"), SENSES)
def test_everyday_hurt_tablets_glass_are_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None


@pytest.mark.parametrize(("lang", "text"), SENSES_TWINS)
def test_an_injury_pills_or_a_shard_stay_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is not None


USED_MINE = [
    ("en", "@BankX brilliant, your security let someone spend £700 in Lisbon on my card overnight 👍"),
    ("es", "@BancoX alguien ha usado mi tarjeta en otro país esta noche"),
    ("fr", "@BanqueX quelqu'un a utilisé ma carte à Dubaï cette nuit"),
    ("de", "@BankX jemand hat mit meiner Karte 900 Euro in Dubai ausgegeben"),
    ("it", "@BancaX qualcuno ha speso 500 euro con la mia carta stanotte"),
    ("pt", "@BancoX alguém usou o meu cartão ontem à noite"),
]
USED_MINE_TWINS = [
    ("en", "@BankX can someone help, I used my card at the shop and it was declined"),
    ("en", "@BankX someone tried to use my card but your team stopped it straight away, grateful"),
]


@pytest.mark.parametrize(("lang", "text"), USED_MINE)
def test_someone_else_using_my_card_is_fraud(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind == "fraud"


@pytest.mark.parametrize(("lang", "text"), USED_MINE_TWINS)
def test_my_own_use_or_a_stopped_attempt_is_no_statement(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None


NOT_MY_ACCOUNT = [
    (
        "en",
        "Opened the app and I'm looking at a Mr Patel's account, his balance and his salary. This is NOT my account",
    ),
    ("es", "@BancoX abro la app y salen el saldo y la nómina de un tal Pérez, esta no es mi cuenta"),
    ("fr", "@BanqueX dans l'appli je vois le solde et le salaire de M. Martin, ce n'est pas mon compte"),
    ("de", "@BankX in der App sehe ich Kontostand und Gehalt von Herrn Maier, das ist nicht mein Konto"),
    ("it", "@BancaX nell'app vedo saldo e stipendio del signor Rossi, questo non è il mio conto"),
    ("pt", "@BancoX na app aparece o saldo e o salário do senhor Costa, esta não é a minha conta"),
]
NOT_MY_ACCOUNT_TWINS = [
    ("en", "@BankX the balance is wrong, this is not my account number is it?"),
    ("en", "@BankX how do I check the balance? it's not showing in my account"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_MY_ACCOUNT)
def test_someone_elses_account_on_screen_is_data_exposure(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind == "data_exposure"


@pytest.mark.parametrize(("lang", "text"), NOT_MY_ACCOUNT_TWINS)
def test_my_own_account_questions_are_no_exposure(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None


THREAT_OF_SANCTION = [
    ("en", "@AirlineX the gate agent threatened to send us back on the next day's flight if we kept asking"),
    ("en", "@ShopX your collections team keeps threatening to take away my account over £3"),
    ("fr", "@JournalX notre revue est menacée de disparition, abonnez-vous"),
]
THREAT_OF_VIOLENCE = [
    ("en", "@RideX your driver threatened to hit me when I asked him to slow down"),
    ("en", "@ShopX the security guard threatened me and grabbed my arm"),
    ("es", "@RideX el conductor me amenazó con pegarme si no me bajaba"),
]


@pytest.mark.parametrize(("lang", "text"), THREAT_OF_SANCTION)
def test_a_threat_of_a_sanction_is_no_violence(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None


@pytest.mark.parametrize(("lang", "text"), THREAT_OF_VIOLENCE)
def test_a_threat_of_violence_stays_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind == "physical_safety"


STRANDED_INFANT = [
    (
        "en",
        "@AirX flight cancelled, we have a 5 month old, no hotel, no formula left, sleeping on the floor",
    ),
    (
        "es",
        "@AirX vuelo cancelado, tenemos un bebé de 5 meses, sin hotel y sin leche para el bebé, dormimos en el suelo",
    ),
    ("fr", "@AirX vol annulé, on a un bébé de 6 mois, pas d'hôtel et plus de lait, on dort par terre"),
    ("de", "@AirX Flug gestrichen, unser Baby ist 8 Monate alt, kein Hotel, keine Windeln mehr"),
    ("it", "@AirX volo cancellato, abbiamo un bimbo di 7 mesi, niente hotel e niente latte"),
    ("pt", "@AirX voo cancelado, temos um bebé de 5 meses, sem hotel e sem fraldas"),
]
INCONVENIENCED_FAMILY = [
    ("en", "@AirX flight cancelled, we have two kids and no hotel, sleeping on the floor"),
    ("en", "@ShopX no baby formula left on the shelves again, my son needs it"),
    ("es", "@AirX llevo 5 meses esperando el reembolso del vuelo cancelado"),
]


@pytest.mark.parametrize(("lang", "text"), STRANDED_INFANT)
def test_an_infant_stranded_without_formula_or_nappies_is_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind == "vulnerable_person"


@pytest.mark.parametrize(("lang", "text"), INCONVENIENCED_FAMILY)
def test_a_family_inconvenienced_or_a_stock_out_is_no_harm(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind is None


SMISHING_BAIT = [
    ("en", "got a text 'BankX: new payee added, if this wasn't you call 0203 555' and the caller knew my sort code"),
    ("es", "@BancoX me llega un SMS: 'nuevo beneficiario añadido, si no has sido tú llama al 910...' ¿es vuestro?"),
    ("de", "@BankX SMS bekommen: 'neuer Empfänger hinzugefügt, falls Sie das nicht waren rufen Sie 030 an' echt?"),
    ("it", "@BancaX mi arriva un SMS 'nuovo beneficiario aggiunto, se non sei stato tu chiama il 02...' è vostro?"),
]


@pytest.mark.parametrize(("lang", "text"), SMISHING_BAIT)
def test_the_bait_of_a_smishing_text_is_fraud(lang: str, text: str) -> None:
    assert detect_harm(normalise(text), lang).kind == "fraud"


def test_it_wasnt_you_in_thanks_is_no_fraud() -> None:
    assert detect_harm(normalise("@ShopX thanks, it wasn't you it was the courier"), "en").kind is None
