"""Harm words said of a service or a price, not of a body or a life (session 19, harm5): exasperation
with a brand that borrows despair's words ("je n'en peux plus de votre service", core.harm_fed_up),
illness words said as disgust or slang praise ("atendimento de vomitar", "that's so sick",
core.harm_disgust), and a scam lure asked about next to a fee ("I won a prize, must pay a fee
first, is this a scam?", core.harm_lures), each in six languages where the rule is language-bound,
with the texts that must keep (or keep out of) the safety queue. The sentences were written for
these tests, not taken from the harm set or the scenarios."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_disgust import disgust_positions
from mentionflow.core.harm_fed_up import aimed_at_service
from mentionflow.core.harm_lures import scam_lure
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


# 1. Fed up with a service: a complaint, never self-harm.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "@BanqueFR j'en peux vraiment plus de votre appli qui plante"),
        ("fr", "@OperateurFR je n'en peux plus de vous, trois semaines sans internet"),
        ("fr", "@AssurFR on n'en peut plus... je n'en peux plus de @AssurFR"),
        ("es", "@BancoES no aguanto más con vuestro servicio de atención, nadie responde"),
        ("es", "@TelcoES ya no aguanto más esta compañía, cada mes una factura nueva"),
        ("pt", "@OperadoraBR não aguento mais vocês, quarta vez que a internet cai"),
        ("pt", "@BancoPT já não aguento mais este atendimento, ninguém resolve nada"),
        ("it", "@TelcoIT non ce la faccio più con il vostro servizio clienti"),
        ("it", "@BancaIT non ce la faccio più con questa app, mi blocca sempre"),
        ("de", "@BankDE ich kann euren Kundenservice echt nicht ertragen, niemand ruft zurück"),
        ("en", "@AppCo I can't take it anymore with your app, crashed again"),
        ("en", "@BankCo honestly I'm done with you, closing my account"),
    ],
)
def test_fed_up_with_the_brand_is_no_self_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "@BanqueFR je n'en peux plus, je veux en finir avec la vie"),
        ("fr", "@BanqueFR j'en peux plus de ces dettes, je pense à me tuer"),
        ("es", "@BancoES no aguanto más, quiero quitarme la vida"),
        ("pt", "@BancoPT não aguento mais essas dívidas, penso em me matar"),
        ("it", "@BancaIT non ce la faccio più con questi debiti, voglio farla finita"),
        ("de", "@BankDE ich kann das nicht ertragen, ich will nicht mehr leben"),
        ("en", "@BankCo I can't go on, I want to end my life"),
        # Fed up with the brand, and a self-harm statement beside it: still self-harm.
        ("fr", "@BanqueFR je n'en peux plus de vous, je vais me suicider"),
        ("pt", "@BancoPT não aguento mais vocês, quero me matar"),
    ],
)
def test_a_self_harm_statement_still_fires(lang: str, text: str) -> None:
    assert _kind(text, lang) == "self_harm"


def test_the_fed_up_pair_aimed_at_the_brand_is_found() -> None:
    assert aimed_at_service(("je", "nen", "peux", "plus", "de", "votre", "service")) == {("nen", "peux")}
    assert aimed_at_service(("não", "aguento", "mais", "vocês")) == {("aguento", "mais")}
    assert aimed_at_service(("jen", "peux", "plus", "de")) == {("jen", "peux")}  # the handle is gone
    # Debts, or nothing named: despair, kept.
    assert not aimed_at_service(("je", "nen", "peux", "plus", "de", "ces", "dettes"))
    assert not aimed_at_service(("não", "aguento", "mais"))
    assert not aimed_at_service(("non", "ce", "la", "faccio", "più", "con", "questi", "debiti"))


# 2. "so sick": illness of a person, slang praise of a thing.
@pytest.mark.parametrize(
    "text",
    [
        "@FoodCo my son is so sick after your fish tacos, he can't keep water down",
        "@HotelCo we were all so sick from the breakfast buffet, three of us",
        "@FoodCo I feel so sick since your chicken wrap last night",
        "@DeliveryCo my wife got so sick after the sushi you delivered",
    ],
)
def test_a_person_so_sick_is_ill(text: str) -> None:
    assert _kind(text, "en") == "health"


@pytest.mark.parametrize(
    "text",
    [
        "@GameCo that's so sick, can't wait for the update",
        "@AppCo the new dark mode looks so sick",
        "@ShoeCo these trainers are so sick 🔥",
        "@BandCo thats so sick bro",
        "@TelcoCo so sick of waiting on hold",
    ],
)
def test_so_sick_said_of_a_thing_is_praise(text: str) -> None:
    assert _kind(text, "en") is None


# 3. A scam lure asked about: fraud; a real price called a scam: a grumble.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BankCo a letter says I won a car, I just need to pay a release fee first. Is this a scam?"),
        ("en", "@BankCo text says I'm owed a tax refund and wants my card details, is it legit?"),
        ("es", "@BancoES me llega una carta: he ganado la lotería pero debo pagar una comisión antes, ¿es una estafa?"),
        ("fr", "@BanqueFR un courrier dit que j'ai gagné un voyage, il faut payer des frais avant, arnaque ?"),
        ("de", "@BankDE ich habe angeblich ein Gewinnspiel gewonnen, soll vorher Gebühren überweisen. Betrug?"),
        ("it", "@BancaIT mi scrivono che ho vinto un premio ma devo pagare le spese prima, è una truffa?"),
        ("pt", "@BancoPT recebi uma mensagem: ganhei um sorteio mas tenho de pagar uma taxa antes, é golpe?"),
        ("pt", "@BancoBR chegou um sms dizendo que tenho um reembolso, pedem os dados do cartão, é golpe?"),
    ],
)
def test_a_scam_lure_asked_about_is_fraud(lang: str, text: str) -> None:
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BankCo £12 a month for a card in metal, that's a scam"),
        ("es", "@BancoES 9 € al mes por la tarjeta premium, es una estafa"),
        ("fr", "@BanqueFR 8 € par mois pour la carte premium, c'est une arnaque"),
        ("de", "@BankDE 7 € Kontoführungsgebühr im Monat, das ist Betrug"),
        ("it", "@BancaIT 6 € al mese di canone, è una truffa"),
        ("pt", "@BancoPT 5 € por mês pelo cartão premium, é golpe"),
        ("en", "@AppCo your prize draw is a scam, nobody ever wins"),
        ("en", "@BankCo my refund is still pending and you want my details again, what a scam"),
    ],
)
def test_a_price_or_the_brand_called_a_scam_is_no_fraud(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


def test_the_lure_needs_a_fee_first_or_details() -> None:
    assert scam_lure(("i", "won", "a", "prize", "pay", "a", "fee", "first", "scam"))
    assert not scam_lure(("i", "won", "a", "prize", "is", "this", "a", "scam"))
    assert not scam_lure(("15", "a", "month", "fee", "first", "year", "scam"))


# 4. Vomiting as disgust: no harm; vomiting told: health.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "@OperadoraBR um atendimento de vomitar, ninguém resolve"),
        ("pt", "@LojaPT isto é de vomitar, três horas em espera"),
        ("es", "@TelcoES vuestro servicio es de vomitar"),
        ("fr", "@OperateurFR votre service client, c'est à vomir"),
        ("it", "@TelcoIT un'assistenza da vomitare"),
        ("de", "@BankDE euer Service ist zum Erbrechen langsam"),
        ("en", "@AppCo your customer service makes me want to puke"),
    ],
)
def test_disgust_at_a_service_is_no_illness(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "@FoodBR meu filho não para de vomitar desde que comeu o vosso hambúrguer"),
        ("pt", "@FoodPT a minha filha acabou de vomitar depois do vosso gelado"),
        ("es", "@FoodES mi hija acaba de vomitar después de vuestra pizza"),
        ("fr", "@FoodFR mon fils est en train de vomir après votre menu enfant"),
        ("fr", "@FoodFR j'ai passé la nuit à vomir après votre kebab"),
        ("it", "@FoodIT mia figlia ha passato la notte a vomitare dopo il vostro sushi"),
    ],
)
def test_vomiting_told_is_health(lang: str, text: str) -> None:
    assert _kind(text, lang) == "health"


def test_disgust_positions() -> None:
    assert disgust_positions(("atendimento", "de", "vomitar")) == {2}
    assert disgust_positions(("cest", "à", "vomir")) == {2}
    assert disgust_positions(("thats", "so", "sick")) == {2}
    assert not disgust_positions(("não", "para", "de", "vomitar"))
    assert not disgust_positions(("my", "daughter", "is", "so", "sick"))
