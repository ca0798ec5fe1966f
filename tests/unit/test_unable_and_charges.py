"""Being unable to use the service is a failure in every language ("sin poder llamar", "sem
conseguir pagar", "ohne telefonieren zu können"; data/categories.yaml failure_events); eagerness
said as a "can't" is none ("sin poder esperar a probarlo!", core/eager.py); a charge of too much is
a billing complaint ("prélevé 30€ de trop", core/charges.py), and present-tense charge verbs name
billing ("me cobran 30€ de roaming")."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.charges import charged_extra
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise
from mentionflow.schema import Analysis


def _read(text: str) -> Analysis:
    norm = normalise(text)
    guess = detect_language(norm)
    return read_mention(norm, guess, guess.code, True)[0]


UNABLE = [
    ("es", "llevo desde el lunes sin poder llamar, me cobráis la cuota igual"),
    ("es", "desde el viernes sin poder conectarme a internet"),
    ("es", "dos días sin poder entrar en la web para ver mis facturas"),
    ("pt", "desde segunda sem conseguir pagar com o cartão"),
    ("pt", "estou sem poder ligar desde sábado"),
    ("pt", "há uma semana sem conseguir acessar a minha área de cliente"),
    ("fr", "depuis hier sans pouvoir téléphoner, merci Nimbus"),
    ("fr", "deux jours sans pouvoir accéder à mon espace client"),
    ("de", "seit einer Woche ohne bezahlen zu können, super Service"),
    ("de", "seit gestern ohne telefonieren zu können"),
    ("de", "ich kann seit Montag nicht mehr telefonieren"),
    ("it", "da venerdì senza poter telefonare"),
    ("it", "tre giorni senza poter accedere all'area clienti"),
    ("en", "two days without being able to call anyone"),
    ("en", "unable to log in to the app since this morning"),
]


@pytest.mark.parametrize(("lang", "text"), UNABLE)
def test_unable_to_use_the_service_is_a_complaint(lang: str, text: str) -> None:
    assert _read(text).intent == "complaint", (lang, text)


EAGER = [
    ("es", "sin poder esperar a probarlo!! qué ganas"),
    ("es", "no puedo esperar a que llegue el viernes, qué ilusión"),
    ("fr", "sans pouvoir m'empêcher de sourire en voyant la pub"),
    ("fr", "je ne peux pas attendre de tester le nouveau forfait !"),
    ("de", "kann es kaum erwarten, das neue Handy zu testen!"),
    ("it", "senza poter smettere di ridere con la vostra pubblicità"),
    ("it", "non vedo l'ora di provarlo!"),
    ("pt", "não consigo parar de sorrir com o novo anúncio"),
    ("pt", "mal posso esperar para experimentar!"),
    ("en", "can't wait to try the new phone!"),
]


@pytest.mark.parametrize(("lang", "text"), EAGER)
def test_eagerness_is_no_complaint(lang: str, text: str) -> None:
    assert _read(text).intent != "complaint", (lang, text)


# The rest names a problem, or the wait ran out: still complaints.
EAGER_BUT_A_PROBLEM = [
    ("en", "can't wait to be on hold for another 2 hours AGAIN"),
    ("en", "can't stop laughing at how bad your app is, crashed again"),
    ("es", "no puedo esperar más, llevo 3 semanas sin internet"),
    ("es", "no puedo esperar a que me devuelvan el dinero, llevo 3 semanas"),
    ("it", "non vedo l'ora di passare a un altro operatore, senza rete da giorni"),
]


@pytest.mark.parametrize(("lang", "text"), EAGER_BUT_A_PROBLEM)
def test_eager_words_round_a_problem_stay_a_complaint(lang: str, text: str) -> None:
    assert _read(text).intent == "complaint", (lang, text)


BILLED = [
    ("es", "me cobran 30€ de roaming y ni salí del país"),
    ("es", "me cobraron 30 euros de más en la factura"),
    ("es", "me facturaron 45 euros por un servicio que no pedí"),
    ("fr", "vous m'avez prélevé 30€ de trop ce mois-ci"),
    ("fr", "ils me prélèvent 15€ pour une option que je n'ai pas demandée"),
    ("de", "ihr habt mir 30€ zu viel abgebucht"),
    ("it", "mi fate pagare 10€ in più ogni mese senza spiegazione"),
    ("it", "mi avete addebitato 30€ di roaming senza motivo"),
    ("pt", "me cobraram 30 reais a mais na fatura"),
    ("pt", "debitaram 20 euros da minha conta sem autorização"),
    ("en", "you charged me £30 for roaming I never used"),
]


@pytest.mark.parametrize(("lang", "text"), BILLED)
def test_a_charge_complained_of_is_billing(lang: str, text: str) -> None:
    read = _read(text)
    assert (read.intent, read.category) == ("complaint", "billing"), (lang, text)


EXTRA = [
    "me cobraron 12 euros de más",
    "vous m'avez prélevé 30€ de trop",
    "ihr habt 20 euro zu viel abgebucht",
    "mi fanno pagare 5 euro in più",
    "cobraram 10 reais a mais",
    "you charged me too much again",
]
NOT_EXTRA = [
    "no me cobran nada de más",
    "ils ne prélèvent jamais rien de trop",
    "ihr habt mir nicht zu viel abgebucht",
    "non mi fate pagare niente in più",
    "eu como a mais quando estou em casa",
    "j'ai mangé de trop hier",
    "me cobraron 12 euros",
]


@pytest.mark.parametrize("text", EXTRA)
def test_charged_extra(text: str) -> None:
    assert charged_extra(normalise(text).tokens), text


@pytest.mark.parametrize("text", NOT_EXTRA)
def test_not_charged_extra(text: str) -> None:
    assert not charged_extra(normalise(text).tokens), text


QUESTIONS = [
    "¿cuánto cobran por el roaming en Francia?",
    "combien coûte le forfait à 20€ ?",
    "wie viel kostet der Tarif für 30€ im Monat?",
    "quanto custa o plano de 30 reais?",
    "how much do you charge for roaming in Spain?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_price_questions_stay_questions(text: str) -> None:
    assert _read(text).intent == "question", text
