"""Harm words in a mention that says all is well or uses them as figures (core.harm_routine), in
six languages: "sick" praising an idea, a medicine that arrives without a problem, mould on food
nobody ate, pain as a nuisance, an emergency-exit seat as legroom, a feature "killed"; and the
real harms that share their words and must keep the alarm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # slang praise of an idea
        ("en", "@TuneBox random thought: a sleep timer on podcasts would be sick"),
        ("en", "@TuneBox it'd be so sick if you added synced lyrics"),
        ("fr", "@TuneBoxFR un mode hors ligne pour les podcasts, ce serait malade"),
        ("de", "@TuneBoxDE ein Schlaf-Timer für Hörbücher, das wäre echt krank"),
        # a medicine that arrives as it should
        ("en", "@MedsByPost my dad's tablets come on time every month, never fails"),
        ("es", "@FarmaEnvio las pastillas de mi abuela llegan puntuales cada mes, sin problemas"),
        ("fr", "@PharmaColis les médicaments de mon père arrivent toujours à temps, aucun souci"),
        ("de", "@ApoPost die Tabletten meines Vaters kommen immer pünktlich, kein Problem"),
        ("it", "@FarmaPosta i farmaci di mio nonno arrivano sempre puntuali, nessun problema"),
        ("pt", "@FarmaCorreio os medicamentos do meu avô chegam sempre a tempo, sem problemas"),
        # mould on food nobody ate: a quality complaint
        ("en", "@GreenGrocer third loaf of bread this month with mould on it, refund please"),
        ("es", "@FruteriaYa las fresas llegaron con moho, quiero el reembolso"),
        ("fr", "@PrimeurFR encore du pain avec de la moisissure, remboursez-moi"),
        ("de", "@BäckerDE schon wieder Schimmel am Brot, Geld zurück bitte"),
        ("it", "@OrtoFresco le fragole avevano la muffa, voglio il rimborso"),
        ("pt", "@FrutariaPT o pão chegou com bolor, quero reembolso"),
        # pain as a nuisance
        ("en", "@RailCo four platform changes in an hour, what a pain"),
        ("en", "@RailCo the refund process is such a pain, three forms for one ticket"),
        ("es", "@TelcoES darse de baja con vosotros es un dolor de cabeza"),
        ("pt", "@TelcoPT cancelar o contrato convosco é uma dor de cabeça"),
        # an emergency-exit seat as legroom
        ("en", "@SkyBlue booked the emergency exit row again, finally legroom"),
        ("es", "@VuelaYa me dieron asiento junto a la salida de emergencia, qué gusto de espacio"),
        ("it", "@VolaIT posto all'uscita di emergenza, finalmente gambe distese"),
        ("pt", "@VoaPT lugar na saída de emergência, espaço de sobra para as pernas"),
        # a feature killed
        ("en", "@TuneBox you killed the shuffle option, why?"),
        ("es", "@MovilYa la nueva versión mata la batería en medio día"),
    ],
)
def test_figures_and_routine_mentions_raise_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@GreenGrocer my little boy ate a mouldy strawberry from your punnet and now he's vomiting"),
        ("en", "@GreenGrocer mouldy bread in my delivery again, this is a food safety issue"),
        ("es", "@FruteriaYa mi hija se comió una fresa con moho y ahora le duele la tripa"),
        ("en", "@SkyBlue the emergency exit next to my row was blocked by a catering cart the whole flight"),
        ("en", "@SkyBlue emergency exit by row 14 had a loose handle and nobody cared"),
        ("es", "@VuelaYa la salida de emergencia de mi fila estaba bloqueada con maletas"),
        ("it", "@VolaIT l'uscita di emergenza vicino al mio posto era bloccata dai carrelli"),
        ("en", "@ChargeIt my oxygen concentrator stopped working and the engineer won't come till Monday"),
        ("en", "@AirSafe they confiscated my EpiPen at security"),
        ("es", "@FastBurger tengo dolor de cabeza y vómitos desde que comí vuestra hamburguesa"),
    ],
)
def test_real_harm_with_the_same_words_keeps_the_alarm(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@LoanBank a man from your security team rang and I moved my savings to the account he gave"),
        ("es", "@BancoSur me llamaron de vuestro departamento de seguridad y les transferí mis ahorros"),
        ("fr", "@BanqueNord quelqu'un de votre service fraude m'a appelé, je lui ai envoyé mes économies"),
        ("de", "@SparBank jemand von eurer Betrugsabteilung hat angerufen, ich habe ihm mein Erspartes überwiesen"),
        ("it", "@BancaNord mi ha telefonato uno della vostra sicurezza e gli ho mandato tutti i risparmi"),
        ("pt", "@BancoNorte ligaram-me da vossa equipa de fraude e enviei-lhes as poupanças todas"),
    ],
)
def test_an_impostor_call_that_took_money_is_severe_fraud(lang: str, text: str) -> None:
    sig = detect_harm(normalise(text), lang, brand_known=True)
    assert (sig.kind, sig.severity) == ("fraud", "severe")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@LoanBank I called your fraud team and they put the money back the same day, thank you"),
        ("en", "@LoanBank your security team called to check a transfer I made to my sister, all good"),
        ("es", "@BancoSur llamé a vuestro equipo de fraude y me devolvieron el dinero enseguida"),
        ("it", "@BancaNord ho chiamato l'ufficio antifrode e mi hanno rimborsato i soldi, grazie"),
    ],
)
def test_calls_with_the_fraud_team_that_moved_nothing_to_a_caller_are_not_impostors(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@SkyBlue can I bring my insulin pen in hand luggage or do I need a medical certificate?"),
        ("es", "@VuelaYa ¿puedo llevar la insulina en cabina o necesito un certificado médico?"),
        ("fr", "@VolFR je peux garder mon stylo d'insuline en cabine ou il me faut une attestation du médecin ?"),
        ("de", "@FlyDE darf ich meinen Insulinpen ins Handgepäck nehmen oder brauche ich ein Attest vom Arzt?"),
        ("it", "@VolaIT posso portare la penna di insulina in cabina o serve un certificato del medico?"),
        ("pt", "@VoaPT posso levar a insulina na cabine ou preciso de atestado do médico?"),
    ],
)
def test_a_doctors_note_asked_about_in_a_travel_question_is_no_medical_care(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "@VolFR je peux savoir pourquoi vous avez confisqué le stylo d'insuline de ma fille ?"),
        ("en", "@SkyBlue can I know why you confiscated my insulin pen?"),
        ("pt", "@VoaPT posso saber porque confiscaram a caneta de insulina do meu filho?"),
        ("en", "@SkyBlue my dad collapsed at the gate and the doctor on board had to help him"),
    ],
)
def test_a_complaint_put_as_a_question_and_real_care_keep_the_alarm(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@RailCo your guard was so rude at the barrier, even my two boys couldn't believe it"),
        ("es", "@TrenesYa el revisor fue tan borde que hasta mis dos hijos se quedaron de piedra"),
        ("fr", "@TrainFR le contrôleur était si désagréable que même mes deux enfants étaient choqués"),
        ("de", "@BahnDE der Schaffner war so unfreundlich, sogar meine zwei Kinder waren sprachlos"),
        ("it", "@TreniIT il controllore è stato così maleducato che persino i miei due figli erano sconvolti"),
        ("pt", "@ComboiosPT o revisor foi tão mal-educado que até os meus dois filhos ficaram chocados"),
    ],
)
def test_children_only_named_as_witnesses_raise_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@RailCo the guard shut the doors on my son's buggy and the train left with the baby inside"),
        ("es", "@TrenesYa mi hija de 9 años viajaba sola y nadie del personal sabe dónde está"),
        ("fr", "@TrainFR ma fille de 7 ans est restée seule sur le quai quand le train est parti"),
        ("it", "@TreniIT un uomo al telefono ha convinto mia nonna a pagare una 'tassa' con bonifico"),
        # a stranger or a sum gone beside an elder: the lower cut stays
        ("en", "@CityBank my 88 year old gran says somebody has been taking money from her account, 3k gone"),
        ("es", "@BancoSur mi abuelo tiene alzhéimer y alguien ha estado usando su tarjeta por internet"),
        ("de", "@SparBank meine Oma ist 91 und jemand hebt seit Tagen von ihrem Konto ab"),
        # a mobility aid taken away, an elder left seated
        ("pt", "@VoaPT o meu avô de 84 anos ficou sentado no chão do portão, levaram a cadeira de rodas dele"),
        ("es", "@VuelaYa mi abuela de 80 años lleva 3 horas sentada en la puerta, se llevaron su silla de ruedas"),
    ],
)
def test_children_and_elders_to_whom_something_happened_keep_the_alarm(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None
