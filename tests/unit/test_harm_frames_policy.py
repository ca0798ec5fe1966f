"""Questions about a policy, the fraud desk as a department and praise of a crew that managed an
emergency (core.harm_frames): no harm in any language; the scams and complaints beside them stay harm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang).kind


NO_HARM = [
    # a policy question, asked before anything happened
    ("en", "@AirNova what is the rule for flying at 30 weeks pregnant, do I need my GP to sign something?"),
    ("en", "@CityBank what's your policy if someone phishes my card details, am I covered?"),
    ("es", "@AirNova cuál es la política para volar embarazada de 7 meses? hace falta informe del médico?"),
    ("fr", "@AirNova quelle est la règle pour voyager enceinte de 7 mois ? faut-il un mot du médecin ?"),
    ("de", "@AirNova welche Regel gilt für Schwangere im 7. Monat? brauche ich ein Attest vom Arzt?"),
    ("it", "@BancaViva qual è la politica se mi truffano online, mi rimborsate?"),
    ("pt", "@BancoLuz qual é a regra se eu for burlado por sms, devolvem o dinheiro?"),
    # the fraud desk as a department to reach
    ("en", "@CityBank how do I reach your fraud department from abroad?"),
    ("es", "@BancoSol cuál es el teléfono del departamento de fraude para avisar de un viaje?"),
    ("de", "@Sparbank eure Betrugsabteilung ist nie erreichbar, ich wollte nur eine Reise melden"),
    ("pt", "@BancoLuz qual é o número da equipa de fraude para avisar que vou viajar?"),
    # praise of a crew that managed an emergency
    ("en", "@AirNova your cabin crew managed a passenger's medical emergency brilliantly, true professionals"),
    ("fr", "@AirNova l'équipage a géré une urgence médicale en vol avec sang-froid, de vrais professionnels"),
    ("it", "@AirNova l'equipaggio ha gestito un'emergenza medica in volo, professionisti veri"),
]

HARM = [
    # someone claiming to be the fraud desk is the scam
    ("en", "@CityBank a man called saying he was from your fraud department and got me to move my savings"),
    ("es", "@BancoSol me llamó alguien diciendo que era del departamento de fraude y me vació la cuenta"),
    ("de", "@Sparbank jemand rief an, angeblich vom Betrugsteam, und ich habe 3000 Euro überwiesen"),
    # a complaint that names a policy mid-sentence is still a report
    ("en", "@AirNova your staff served my son cashews, he had a reaction, so much for your allergy policy?"),
]


@pytest.mark.parametrize(("lang", "text"), NO_HARM)
def test_policy_questions_fraud_desks_and_praised_crews_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), HARM)
def test_impostor_desks_and_complaints_stay_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None


# A foreign object, a drunk or a stranger as the only cue needs what makes it a harm.
ALONE_NO_HARM = [
    ("en", "@AirNova the crew kept my glass of prosecco topped up all flight, lovely"),
    ("en", "@AirNova is the 10:40 on your own metal or a partner's?"),
    ("en", "@StreamBox why does my heavy metal radio keep playing pop?"),
    ("es", "@AirNova el viaje fue largo, acabé compartiendo taxi con tres desconocidos"),
    ("fr", "@AirNova on a dû partager la chambre avec des inconnus, aucun hôtel proposé"),
    ("de", "@Reisebus der Urlaub fängt an, heute Abend liegen wir betrunken am Strand"),
    ("it", "@AirNova mi serve un bicchiere di vetro per il vino, ne avete a bordo?"),
    ("pt", "@AirNova tive de dividir o quarto com estranhos, nenhum hotel"),
]
ALONE_HARM = [
    ("en", "@SnackCo there was a sliver of glass in the crisps, my son nearly swallowed it"),
    ("es", "@ComidaYa encontré un trozo de metal en la ensalada"),
    ("fr", "@Voiturette le jouet a un éclat de métal tranchant qui dépasse"),
    ("de", "@Taxi24 der Fahrer war betrunken und fuhr Schlangenlinien"),
    ("it", "@Bar il barista continuava a servire un passeggero ubriaco che spingeva tutti"),
    ("pt", "@LojaOnline o meu histórico mostra a morada e o telefone de um desconhecido"),
]


@pytest.mark.parametrize(("lang", "text"), ALONE_NO_HARM)
def test_object_drunk_or_stranger_without_its_link_is_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), ALONE_HARM)
def test_object_drunk_or_stranger_with_its_link_stays_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None


# Nuts named as a snack or madness, a family emergency as a reason to travel, "by accident".
FIGURES_NO_HARM = [
    ("en", "@AirNova two hours on hold, this is driving me nuts"),
    ("en", "@AirNova bring back the honey roasted peanuts on short flights please"),
    ("en", "@AirNova I need to change my return, we have a family emergency back home"),
    ("en", "@StreamBox I deleted my playlist by accident, can you restore it?"),
    ("es", "@AirNova tengo una emergencia familiar y necesito cambiar el vuelo de mañana"),
    ("fr", "@AirNova urgence familiale, je dois avancer mon retour, que faire ?"),
    ("it", "@AirNova ho un'emergenza familiare, posso cambiare il volo senza penale?"),
    ("pt", "@AirNova tenho uma emergência familiar, dá para antecipar o voo?"),
]
ALLERGEN_HARM = [
    ("en", "@SnackCo the cereal bar had no nut warning on the label and my son came out in hives"),
    ("es", "@SnackCo la barrita tenía cacahuete aunque la etiqueta no lo decía"),
    ("de", "@SnackCo im Müsli waren Erdnüsse, die nicht in den Zutaten standen"),
]


@pytest.mark.parametrize(("lang", "text"), FIGURES_NO_HARM)
def test_nuts_family_emergencies_and_accidents_as_figures_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(("lang", "text"), ALLERGEN_HARM)
def test_an_allergen_with_a_label_or_a_reaction_stays_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@AirNova no online check-in in this day and age? really?"),
        ("en", "@AirNova the gate agent asked my age for the over-18 lounge"),
        ("de", "@Laden tut uns den Gefallen und liefert einmal pünktlich"),
        ("de", "@Laden die neue Filiale hat mir gar nicht gefallen, viel zu eng"),
    ],
)
def test_age_and_german_gefallen_in_their_everyday_sense_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


def test_a_german_fall_stays_an_injury() -> None:
    assert _kind("@Laden meine Oma ist auf eurer nassen Treppe gefallen und blutet", "de") is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "@Pizzeria non avevo mai fatto un ordine online prima, tutto perfetto"),
        ("es", "@Tienda nunca hice una reseña pero esta vez os la merecéis"),
        ("fr", "@Boutique la file est vide ce matin, super"),
        ("en", "@GameStore is Grand Theft Auto back in stock?"),
        ("en", "@Cafe free coffee for Talk Like a Pirate Day?"),
        ("fr", "@Mairie il faut l'autorisation du propriétaire pour la terrasse ?"),
    ],
)
def test_everyday_senses_of_fraud_words_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "@BancaViva 3 addebiti da 200 euro che non ho mai fatto sul conto"),
        ("fr", "@BanqueNord mon compte a été vidé, 900 euros partis sans mon autorisation"),
    ],
)
def test_disowned_payments_stay_fraud(lang: str, text: str) -> None:
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@TelcoUK the new 5g speed is sick, 900 mbps in the kitchen"),
        ("fr", "@TelcoFR le nouveau forfait est malade, 200 go pour 10 euros"),
        ("pt", "@TelcoBR a rede nova é doente, baixei tudo em segundos"),
        ("de", "@TelcoDE das Angebot ist krank, 100 GB für 10 Euro"),
    ],
)
def test_sick_as_praise_of_a_product_is_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


def test_a_sick_person_stays_harm() -> None:
    assert _kind("@FoodCo my daughter is sick after your chicken nuggets, vomiting all night", "en") is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@AirNova I fell asleep waiting on hold for your agents"),
        ("en", "@AirNova our holiday plans fell through after the cancellation, refund please"),
        ("en", "@AirNova I'm burning through my phone minutes waiting for a callback"),
        ("en", "@AppCo the new update is baby steps but better"),
        ("es", "@Clinica mañana me sacan sangre, ¿tengo que ir en ayunas?"),
    ],
)
def test_everyday_figures_of_harm_words_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


def test_a_fall_down_the_stairs_stays_harm() -> None:
    assert _kind("@HotelCo my dad fell down your unlit stairs and is bleeding", "en") is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@AirNova relieved there were no serious injuries after the bumpy landing"),
        ("en", "@StreamBox TL;DR your app logs me out every day"),
        ("en", "@TelcoUK smoking fast fibre since the engineer came, cheers"),
    ],
)
def test_no_serious_injuries_tldr_and_smoking_fast_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


def test_serious_injuries_of_someone_stay_harm() -> None:
    assert _kind("@AirNova my wife has serious injuries after a bag fell from the locker", "en") is not None


def test_a_helper_praised_as_un_grande_is_no_harm() -> None:
    assert _kind("@TaxiRoma il tassista è stato un grande, ha aiutato mio nonno a salire in macchina", "it") is None


def test_nobody_helped_an_elderly_man_who_fell_stays_harm() -> None:
    text = "@TaxiRoma un grande ritardo e nessuno ha aiutato mio nonno quando è caduto, si è ferito"
    assert _kind(text, "it") is not None
