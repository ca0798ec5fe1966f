"""Harm causes found on the arrival of blind sets 47/48 (session 19, arrharm3), besides the fraud ones
of test_harm_handover.py.

Each cause in the six languages, with texts that must not fire: a care alarm that cannot call out
(core/harm_alarms.py); alcohol handed to a minor (core/harm_underage.py); a mass email with
customers in CC (core/harm_cc_leak.py); undercooked meat and an illness after it, told with a laugh
(core/harm_undercooked.py); a frail person's card frozen while they need their medicine
(core/harm_hardship.py).
"""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.harm_alarms import alarm_down
from mentionflow.core.harm_cc_leak import cc_leak
from mentionflow.core.harm_hardship import frozen_out_of_essentials
from mentionflow.core.harm_underage import underage_handover
from mentionflow.core.harm_undercooked import undercooked_and_ill
from mentionflow.core.text import normalise


def harm(text: str, lang: str) -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


def toks(text: str) -> tuple[str, ...]:
    return normalise(text).tokens


ALARMS = [
    ("en", "@NimbusHelp no signal since Monday and my nan's telecare runs on your network, it won't call out"),
    ("en", "@NimbusHelp dad's personal alarm doesn't work since the outage, he lives alone"),
    ("es", "@NimbusHelp sin cobertura desde ayer y la teleasistencia de mi abuela no llama"),
    ("es", "@NimbusHelp el botón de emergencia de mi padre no funciona desde la caída de la red"),
    ("fr", "@NimbusHelp pas de réseau depuis hier, la téléassistance de ma mère ne fonctionne pas"),
    ("de", "@NimbusHelp seit gestern kein Netz, Omas Hausnotruf funktioniert nicht"),
    ("de", "@NimbusHelp der Hausnotruf meines Vaters hat keinen Empfang, er ist 90"),
    ("it", "@NimbusHelp il salvavita di mio nonno non funziona senza rete da due giorni"),
    ("pt", "@NimbusHelp sem rede desde ontem e a teleassistência da minha avó não liga"),
]


@pytest.mark.parametrize(("lang", "text"), ALARMS)
def test_care_alarm_down_is_severe(lang: str, text: str) -> None:
    assert alarm_down(toks(text)), text
    sig = harm(text, lang)
    assert (sig.kind, sig.severity) == ("vulnerable_person", "severe"), text


NOT_ALARMS = [
    ("en", "@NimbusHelp does mum's telecare pendant work with a Nimbus SIM?"),
    ("en", "@NimbusHelp nan's personal alarm is working again after the outage, thanks"),
    ("es", "@NimbusHelp la teleasistencia de mi abuela ya funciona de nuevo, gracias"),
    ("fr", "@NimbusHelp la téléassistance de ma mère fonctionne à nouveau, merci"),
    ("de", "@NimbusHelp der Hausnotruf geht wieder, danke"),
    ("it", "@NimbusHelp il telesoccorso funziona di nuovo, grazie"),
    ("pt", "@NimbusHelp a teleassistência voltou a funcionar de novo"),
    ("en", "@NimbusHelp no signal in the kitchen again, the pendant lamp is brighter than my bars"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ALARMS)
def test_alarm_named_but_not_down(lang: str, text: str) -> None:
    assert not alarm_down(toks(text)), text


UNDERAGE = [
    ("en", "@ParceloHelp your courier delivered a crate of beer to my 15 year old, no ID asked"),
    ("en", "@ParceloHelp the driver sold cigarettes to an underage kid on our street"),
    ("es", "@ParceloHelp el repartidor le entregó cervezas a mi hijo de 15 años sin pedir el DNI"),
    ("fr", "@ParceloHelp le livreur a remis du vin à ma fille de 13 ans sans rien vérifier"),
    ("de", "@ParceloHelp der Fahrer hat meinem 15 jährigen Sohn Bier übergeben, ohne Ausweis"),
    ("it", "@ParceloHelp il rider ha consegnato la vodka a mio figlio di 14 anni senza documento"),
    ("pt", "@ParceloHelp o estafeta entregou cerveja ao meu filho de 15 anos sem pedir identificação"),
]


@pytest.mark.parametrize(("lang", "text"), UNDERAGE)
def test_alcohol_handed_to_a_minor(lang: str, text: str) -> None:
    assert underage_handover(toks(text)), text
    assert harm(text, lang).kind == "vulnerable_person", text


NOT_UNDERAGE = [
    ("en", "@ParceloHelp delivered the wine to my 45 year old neighbour by mistake, can you refund?"),
    ("en", "@ParceloHelp do your riders check ID for beer? my son is 17 and wants to order"),
    ("es", "@ParceloHelp me entregaron el vino equivocado, pedí tinto"),
    ("fr", "@ParceloHelp livré la mauvaise bière, 2 packs au lieu de 3"),
    ("de", "@ParceloHelp Bier geliefert aber warm, 20 Minuten zu spät"),
    ("it", "@ParceloHelp consegnato il vino sbagliato, 3 bottiglie invece di 6"),
    ("pt", "@ParceloHelp entregaram a cerveja errada, pedi 12 latas"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_UNDERAGE)
def test_alcohol_without_a_minor(lang: str, text: str) -> None:
    assert not underage_handover(toks(text)), text


CC = [
    ("en", "@Brightbank you just sent a newsletter with 400 customers in CC, everyone's email visible"),
    ("en", "@Brightbank your email went out with all customers in cc, reply-all chaos"),
    ("es", "@Brightbank mandasteis un correo con cientos de clientes en cc, se ven todos los emails"),
    ("fr", "@Brightbank un mail envoyé avec tous les clients en copie, bravo la confidentialité"),
    ("de", "@Brightbank eure Mail ging an alle Kunden in CC, jeder sieht jede Adresse"),
    ("it", "@Brightbank mail inviata con centinaia di clienti in copia, indirizzi visibili a tutti"),
    ("pt", "@Brightbank enviaram um email com centenas de clientes em cópia"),
]


@pytest.mark.parametrize(("lang", "text"), CC)
def test_mass_mail_in_cc_is_data_exposure(lang: str, text: str) -> None:
    assert cc_leak(toks(text)), text
    assert harm(text, lang).kind == "data_exposure", text


NOT_CC = [
    ("en", "@Brightbank cc @FCA still no reply to my 3 emails about the charge"),
    ("en", "@Brightbank please cc me on the email to the branch"),
    ("es", "@Brightbank os mando el correo otra vez, con mi abogado en copia"),
    ("fr", "@Brightbank je vous renvoie le mail avec mon conseiller en copie"),
    ("de", "@Brightbank habe die Mail nochmal geschickt, meinen Anwalt in Kopie"),
    ("it", "@Brightbank vi rimando la mail con il mio avvocato in copia"),
    ("pt", "@Brightbank reenviei o email com o meu advogado em cópia"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CC)
def test_everyday_cc_is_none(lang: str, text: str) -> None:
    assert not cc_leak(toks(text)), text


UNDERCOOKED = [
    ("en", "haha thanks @ParceloEats the burger was raw in the middle, been throwing up since 2am 🙃"),
    ("en", "@ParceloEats chicken was pink inside and now my son has been sick twice"),
    ("es", "@ParceloEats el pollo estaba crudo por dentro y llevo toda la noche con diarrea jaja"),
    ("fr", "@ParceloEats le poulet était cru à l'intérieur, j'ai vomi toute la nuit 😂"),
    ("de", "@ParceloEats das Hähnchen war innen roh, seit gestern Abend Durchfall"),
    ("it", "@ParceloEats il pollo era crudo dentro, ho vomitato tutta la notte"),
    ("pt", "@ParceloEats o frango vinha cru por dentro, vomitei a noite toda"),
]


@pytest.mark.parametrize(("lang", "text"), UNDERCOOKED)
def test_undercooked_and_ill_is_health(lang: str, text: str) -> None:
    assert undercooked_and_ill(toks(text)), text
    assert harm(text, lang).kind == "health", text


NOT_UNDERCOOKED = [
    ("en", "@ParceloEats burger was a bit pink, not great for the price"),
    ("en", "@ParceloEats chicken tikka was amazing, been craving it all week"),
    ("es", "@ParceloEats el pollo llegó frío y la salsa derramada"),
    ("fr", "@ParceloEats poulet un peu rose, pas terrible, sinon livraison rapide"),
    ("de", "@ParceloEats das Hähnchen war kalt und die Pommes matschig"),
    ("it", "@ParceloEats pollo freddo e patatine molli, che delusione"),
    ("pt", "@ParceloEats o frango chegou frio e sem molho"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_UNDERCOOKED)
def test_meat_complaint_without_illness(lang: str, text: str) -> None:
    assert not undercooked_and_ill(toks(text)), text


FRAIL_MEDS = [
    ("en", "@BrightbankCare my mum (84) is at the chemist and her card is blocked, she can't wait an hour"),
    ("en", "@BrightbankCare grandad has dementia, card frozen and he needs his tablets tonight"),
    ("es", "@BrightbankCare mi abuela de 88 años está en la farmacia y la tarjeta está bloqueada"),
    ("fr", "@BrightbankCare ma mère âgée a besoin de ses médicaments et sa carte est bloquée"),
    ("de", "@BrightbankCare Oma steht in der Apotheke, Karte gesperrt"),
    ("it", "@BrightbankCare mia nonna è in farmacia e la carta è bloccata, le servono le medicine"),
    ("pt", "@BrightbankCare a minha avó está na farmácia e o cartão está bloqueado"),
]


@pytest.mark.parametrize(("lang", "text"), FRAIL_MEDS)
def test_frail_person_frozen_out_of_medicine(lang: str, text: str) -> None:
    assert frozen_out_of_essentials(toks(text)), text
    assert harm(text, lang).kind == "vulnerable_person", text


NOT_FRAIL_MEDS = [
    ("en", "@BrightbankCare card blocked at the chemist, had to pay cash, annoying"),
    ("en", "@BrightbankCare my gran's card was blocked at the pharmacy but you unblocked it fast, thanks"),
    ("es", "@BrightbankCare tarjeta bloqueada en la farmacia, pagué en efectivo"),
    ("de", "@BrightbankCare Karte in der Apotheke gesperrt, habe bar bezahlt"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FRAIL_MEDS)
def test_frozen_card_at_pharmacy_without_frail_person(lang: str, text: str) -> None:
    assert not frozen_out_of_essentials(toks(text)), text
