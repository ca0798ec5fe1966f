"""Threats against staff or premises and literal near misses (core.harm_threats via core.harm):
each language, with figurative controls that must stay quiet."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> tuple[str | None, str | None]:
    sig = detect_harm(normalise(text), lang)
    return sig.kind, sig.severity


THREATS = [
    ("en", "@CoastRail just so you know there is a bomb aboard the 17:40 to Brighton"),
    ("en", "@MegaMart I'm going to blow up your branch on High Street"),
    ("en", "@MegaMart I have planted a bomb in the warehouse, you won't find it"),
    ("en", "@CoastRail I'll stab the conductor if he fines me again"),
    ("es", "@AutobusesSur hay una bomba en el autobús de las 10 a Granada"),
    ("es", "@MegaMercado voy a colocar una bomba en vuestra sucursal"),
    ("es", "@MegaMercado voy a matar al cajero que me cobró de más"),
    ("fr", "@TransExpress il y a une bombe à bord du car pour Nantes"),
    ("fr", "@SuperMarche je vais faire sauter votre magasin"),
    ("fr", "@TransExpress je vais poignarder le chauffeur demain"),
    ("de", "@Fernbus im Bus nach Hamburg ist eine Bombe"),
    ("de", "@Kaufhaus ich werde eure Filiale in die Luft sprengen"),
    ("de", "@Fernbus ich werde den Fahrer abstechen"),
    ("it", "@Autolinee c'è una bomba sull'autobus per Roma"),
    ("it", "@SuperMercato farò saltare in aria la vostra filiale"),
    ("it", "@Autolinee domani accoltello l'autista"),
    ("pt", "@Expressos tem uma bomba no autocarro para Braga"),
    ("pt", "@SuperMercado vou explodir a vossa agência amanhã"),
    ("pt", "@Expressos vou esfaquear o motorista"),
]

NEAR_MISSES = [
    ("en", "@ZipScoot the scooter's throttle stuck and it almost killed me at a crossing", "physical_safety"),
    ("en", "@SnackCo your granola bar with hidden cashews nearly killed my daughter", "health"),
    ("es", "@MotoYa el casco se rompió y casi me mata la caída", "physical_safety"),
    ("es", "@ComidaYa la ensalada tenía nueces y casi mata a mi hijo", "health"),
    ("fr", "@VeloCity le frein a cédé dans la descente, il a failli me tuer", "physical_safety"),
    ("de", "@RadVerleih die Bremse fiel aus, das Rad hätte mich fast umgebracht", "physical_safety"),
    ("it", "@BiciCity il freno si è rotto, per poco non mi ammazzava", "physical_safety"),
    ("pt", "@BiciLisboa o travão partiu e a bicicleta quase me matou", "physical_safety"),
    ("pt", "@ComidaJa o prato tinha amendoim e quase matou o meu filho", "health"),
]

NEGATIVES = [
    ("en", "@RecordShop that new remix is the bomb, thanks for the preorder"),
    ("en", "@CoastRail the bomb scare at the station cost me my connection, refund please"),
    ("en", "@TelcoUK my phone is blowing up with your marketing texts"),
    ("en", "@GymFlex leg day nearly killed me lol"),
    ("en", "@Bank the overdraft fee nearly killed me"),
    ("en", "@PizzaNow the chilli pizza nearly killed me, would order again"),
    ("en", "@TelcoUK this update nearly killed my battery"),
    ("en", "@MegaMart I'll shoot the manager an email about it"),
    ("en", "@MegaMart I'd kill for your cinnamon rolls right now"),
    ("es", "@MegaMercado bombazo de rebajas este finde"),
    ("es", "@MegaMercado este perfume es una bomba, me encanta"),
    ("es", "@AeroSur mañana voy a volar desde el aeropuerto de Málaga con vosotros"),
    ("es", "@MegaMercado la cola de caja casi me mata jajaja"),
    ("es", "@MegaMercado el repartidor tardó dos horas, casi lo mato"),
    ("fr", "@Boutique cette robe c'est de la bombe"),
    ("fr", "@Banque pouvez-vous faire sauter les frais de retard ?"),
    ("fr", "@Banque les frais ont failli me tuer mdr"),
    ("de", "@Kaufhaus was für eine Bombenstimmung bei eurem Sommerfest"),
    ("de", "@Kaufhaus der Rabatt ist eine Bombe"),
    ("de", "@Kaufhaus die Warteschlange hätte mich fast umgebracht haha"),
    ("it", "@SuperMercato sconto bomba di prezzo sui gelati"),
    ("it", "@SuperMercato ho saltato il pranzo in filiale per la fila"),
    ("it", "@SuperMercato la coda alla cassa per poco non mi ammazzava ahahah"),
    ("pt", "@Loja a nova coleção bombou no lançamento"),
    ("pt", "@Loja vou explodir de raiva se não me responderem"),
    ("pt", "@Loja a fila quase me matou kkkkk"),
]


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_threats_against_staff_or_premises_are_severe_physical_safety(lang: str, text: str) -> None:
    assert _kind(text, lang) == ("physical_safety", "severe")


@pytest.mark.parametrize(("lang", "text", "kind"), NEAR_MISSES)
def test_literal_near_misses_are_elevated_harm(lang: str, text: str, kind: str) -> None:
    assert _kind(text, lang) == (kind, "elevated")


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_figurative_bombs_and_near_misses_raise_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) == (None, None)


def test_a_threat_addressed_to_no_brand_is_left_to_the_rest_of_the_detector() -> None:
    # News of a bomb ("police say there was a bomb on the train") addresses no brand: no threat cue.
    sig = detect_harm(normalise("police say there was a bomb on the train to Leeds"), "en")
    assert "threat" not in sig.cues
