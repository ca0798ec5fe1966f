"""A vulnerable person only named is not a report of harm (core/harm_persons.py), harm words in
their everyday senses (core/harm_everyday.py), idioms that leave no cue, delay participles as a
disruption and a product name that ends at a comma; each with twins that must stay harm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_lexicon import AID_ONLY_FORMS, LEXICON, MOBILITY_AIDS
from mentionflow.core.harm_persons import PERSON_DOUBT_THRESHOLD, fraud_without_evidence, something_happened
from mentionflow.core.text import normalise


def kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang).kind


# Family talk and complaints that only name a child or an elderly relative.
ONLY_NAMED = [
    ("en", "@ShopX my nephew says your new logo looks like a potato, he is not wrong"),
    ("es", "@TiendaX mi hijo es ingeniero y tampoco consigue entender vuestra factura"),
    ("fr", "@BoutiqueX ma grand-mère croit que votre magasin est une boulangerie, on a bien ri"),
    ("it", "@NegozioX mio nonno pensa ancora che il vostro sito sia una banca, che ridere"),
    ("pt", "@LojaX o meu avô acha que a vossa app é um jogo, adorei"),
    ("it", "@ConsegneX il corriere non è passato, mio nonno ha 88 anni e aspettava il pacco da ieri"),
    ("es", "@EnviosX el repartidor no subió, mi abuelo tiene 91 años y se quedó sin su compra"),
]
# Twins: something happened to the person (alone, crying, a scam caller, stranded without what they need).
HAPPENED = [
    ("en", "@TrainX the guard put my 7 year old off at the wrong station and she was crying by herself"),
    ("es", "@BancoX un hombre llamó a mi abuela diciendo ser del banco y la convenció para pagar 500 euros"),
    ("it", "@BancaX una donna al telefono ha convinto mia nonna a fare un bonifico di 700 euro"),
    ("pt", "@BancoX um homem ligou à minha avó a dizer que era do banco e ela transferiu as poupanças"),
    ("fr", "@BanqueX un homme au téléphone a convaincu ma mamie de 85 ans de payer 400 euros de frais"),
    # what happened is told in words the lexicon has no group for: a fall, a road, goods sold to a
    # child, a person who cannot manage alone, a named medicine that never came
    ("pt", "@EnergiaX o meu avô de 86 anos caiu na escada sem luz e ninguém atende a linha"),
    ("en", "@CourierX your van drove onto the pavement while my kids were walking to school"),
    ("de", "@LieferX euer Fahrer hat meinem 13-jährigen Sohn Bier und Zigaretten gebracht, ohne Ausweis"),
    ("it", "@BancaX mia madre di 82 anni ha tre addebiti uguali e non sa come bloccarli"),
    ("en", "@PharmacyX my grandad is 90 and his warfarin delivery never came"),
]


@pytest.mark.parametrize(("lang", "text"), ONLY_NAMED)
def test_a_person_only_named_is_no_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), HAPPENED)
def test_something_happened_to_the_person_stays_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is not None


def test_person_rules() -> None:
    assert 0.1 < PERSON_DOUBT_THRESHOLD < 0.85
    assert something_happened(("my", "son", "was", "crying"), {"g:child", "g:person_only"})
    assert something_happened(("my", "son"), {"g:alone", "g:person_only"})
    assert not something_happened(("my", "son", "loves", "it"), {"g:child", "g:person_only"})
    assert fraud_without_evidence(("my", "nan", "is", "90"), {"g:person_only"})
    assert not fraud_without_evidence(("a", "caller", "convinced", "my", "nan"), {"g:person_only"})
    assert not fraud_without_evidence(("my", "nan", "is", "90"), {"g:fraud"})


EVERYDAY = [
    ("en", "@AppX the save button is disabled even after I fill in every field"),
    ("en", "@BankX my contactless card was disabled after the update, how do I turn it back on"),
    ("en", "@HotelX we were so touched by the little note the staff left for our anniversary"),
    ("en", "@ShopX deeply touched by your kindness when my order went missing, thank you"),
    ("en", "@TelcoX this is harassment, four sales calls a day about upgrading my contract"),
    ("es", "@TelcoX esto es acoso, llamadas comerciales cada día para cambiar de tarifa"),
    ("fr", "@TelcoX c'est du harcèlement, des appels de démarchage tous les jours"),
    ("it", "@TelcoX sono molestie, chiamate commerciali ogni giorno per cambiare offerta"),
    ("pt", "@TelcoX isto é assédio, ligações de publicidade todos os dias"),
    ("en", "@AirlineX your baggage handlers abuse expensive sports equipment every single trip"),
    ("en", "@ShopX people keep abusing the free returns policy and now we all pay for it"),
]
EVERYDAY_TWINS = [
    ("en", "@TrainX I'm disabled and nobody came with the ramp, I was left on the train"),
    ("en", "@TaxiX your driver touched my daughter on the way home and she is terrified"),
    ("en", "@AppX a man I blocked keeps harassing me with messages from new accounts"),
    ("es", "@AppX esto es acoso, un hombre me escribe mensajes desde cuentas nuevas"),
    ("en", "@AirlineX I was abused and threatened by a passenger and the crew did nothing"),
]


@pytest.mark.parametrize(("lang", "text"), EVERYDAY)
def test_everyday_senses_are_no_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), EVERYDAY_TWINS)
def test_harm_senses_stay_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@AppX you keep throwing these ads in my face and now the playlist is gone"),
        ("de", "@ShopX die Batterien der Fernbedienung sind leer, das wird meinem Bruder nicht gefallen"),
    ],
)
def test_idioms_alone_are_no_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


# A baby without nappies or milk during a delay, told with the delay participle in each language.
STRANDED_INFANT = [
    ("de", "@BahnX Zug seit drei Stunden verspätet und unser Baby hat keine Windeln mehr"),
    ("fr", "@TrainX train retardé de trois heures et plus de lait pour notre bébé"),
    ("es", "@TrenX tren retrasado tres horas y no nos quedan pañales para el bebé"),
    ("it", "@TrenoX treno in ritardo di tre ore, finiti i pannolini e la bimba ha sei mesi"),
    ("pt", "@ComboioX comboio atrasado três horas e não temos leite para o bebé"),
    ("en", "@TrainX stuck for 3 hours and that was our last nappy, baby is 5 months"),
]


@pytest.mark.parametrize(("lang", "text"), STRANDED_INFANT)
def test_stranded_infant(lang: str, text: str) -> None:
    assert kind(text, lang) == "vulnerable_person"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "@BahnX Zug verspätet, mit zwei Kindern, nervig aber ok"),
        ("fr", "@TrainX train retardé avec les enfants, pénible"),
        ("en", "@ShopX ordered nappies and baby wipes, all arrived on time"),
    ],
)
def test_delay_with_children_or_baby_products_is_no_harm(lang: str, text: str) -> None:
    assert kind(text, lang) is None


@pytest.mark.parametrize(
    ("text", "happened"),
    [
        ("ihr habt den Rollstuhl meines Vaters verloren", True),
        ("la sedia a rotelle di mia madre è rimasta a Lisbona", True),
        ("perderam a cadeira de rodas da minha avó", True),
        ("my nan's wheelchair is stuck in Dublin and she is in Leeds", True),
        # negative controls: the aid arrived; "lost" with no aid named
        ("my nan's wheelchair was waiting at the gate, thank you", False),
        ("my son lost his iPad on the plane", False),
    ],
)
def test_a_mobility_aid_lost_or_left_behind_is_something_that_happened(text: str, happened: bool) -> None:
    assert something_happened(normalise(text).tokens, set()) is happened


def test_mobility_aids_are_one_list() -> None:
    # harm_lexicon.MOBILITY_AIDS is the source: each names a disabled traveller (the "disability"
    # group) and, lost or left, strands its user; AID_ONLY_FORMS strand too but name no person.
    disability = set(LEXICON["disability"])
    assert set(MOBILITY_AIDS) <= disability
    assert disability.isdisjoint(AID_ONLY_FORMS)
    for aid in (*MOBILITY_AIDS, *AID_ONLY_FORMS):
        assert something_happened(("they", "lost", "my", "dads", aid), {"g:person_only"}), aid
        assert not something_happened(("my", "dads", aid, "is", "blue"), {"g:person_only"}), aid
