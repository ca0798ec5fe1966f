"""Two readings from the arrival of blind sets 52/53 (session 20).

A letter from counsel for a client (core/counsel.py): the harm it names is told after the fact, so it is
elevated, never severe, and legal owns the reply (rules.yaml legal-over-harm); the person harmed writing
themselves, or a lawyer named as a threat by the customer, keep a severe harm with safety.

The writer's own body beside a hyperbole (core/slang.py `body_in_pain`): "my knees are dead 💀 the seat is
killing me" is a body in discomfort, not slang praise.
"""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.counsel import writes_for_a_client
from mentionflow.core.lang import detect_language
from mentionflow.core.route import load_rules, route
from mentionflow.core.sentiment import analyse
from mentionflow.core.slang import body_in_pain
from mentionflow.core.text import normalise
from mentionflow.settings import packaged_data

from rulesamples import facts

COUNSEL = [
    ("en", "@ParceloEats On behalf of my client, your courier injured on 2 May, we will issue proceedings in 14 days."),
    (
        "en",
        "@SkyLarkAir We act as solicitors for Ms R., scalded on flight SL12 last month. Letter before action follows.",
    ),
    (
        "es",
        "@ParceloEats En representación de mi cliente, rider atropellado el día 4, iniciaremos acciones judiciales.",
    ),
    ("es", "@SkyLarkAir Como abogada de la Sra. P., herida en el embarque del 2/10, les reclamo una indemnización."),
    ("fr", "@ParceloEats Au nom de mon client, livreur blessé le 12 mars, je vous mets en demeure de répondre."),
    ("fr", "@SkyLarkAir En tant qu'avocate de Mme L., brûlée à bord le 3/9, j'engage une action en justice."),
    ("de", "@ParceloEats Im Namen meines Mandanten, am 5.10. angefahren, fordere ich binnen 14 Tagen Schadensersatz."),
    ("de", "@SkyLarkAir Im Auftrag meiner Mandantin, an Bord verletzt, erheben wir Klage."),
    (
        "it",
        "@ParceloEats In qualità di legale del sig. B., rider ferito il 2/10, vi diffido a rispondere entro 7 giorni.",
    ),
    ("it", "@SkyLarkAir Per conto del mio assistito, ustionato a bordo il 4/8, procederemo per vie legali."),
    ("pt", "@ParceloEats Em nome do meu cliente, estafeta atropelado no dia 3, avançaremos com ação judicial."),
    ("pt", "@SkyLarkAir Na qualidade de advogada da Sra. T., ferida a bordo, apresentaremos queixa e ação judicial."),
]


@pytest.mark.parametrize(("lang", "text"), COUNSEL)
def test_counsel_is_recognised(lang: str, text: str) -> None:
    assert writes_for_a_client(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats my client meeting was ruined, the rider was 2 hours late",
        "@SkyLarkAir mi cliente favorito soy yo, y me habéis perdido la maleta",
        "@ParceloEats je livre pour mon compte, pas pour vous",
        "@NimbusHelp my lawyer will hear about this, my son is in hospital after your engineer left wires out",
    ],
)
def test_not_counsel(text: str) -> None:
    assert not writes_for_a_client(normalise(text)), text


def _harm(text: str) -> tuple[str | None, str | None]:
    norm = normalise(text)
    guess = detect_language(norm)
    record, _ = read_mention(norm, guess, guess.code, True)
    return record.harm, record.harm_severity


def test_counsel_harm_is_elevated_and_goes_to_legal() -> None:
    kind, severity = _harm(
        "@ParceloEats On behalf of my client, your rider run over and injured on 2 May, we will issue proceedings."
    )
    assert kind is not None and severity == "elevated"
    rules = load_rules(packaged_data("rules.yaml"))
    d = route(facts(intent="complaint", harm=kind, harm__severity=severity, signals=["legal"]), rules)
    assert d.queue == "legal-regulatory"


def test_own_injury_with_a_lawyer_threat_stays_severe() -> None:
    kind, severity = _harm(
        "@ParceloEats your rider ran me over an hour ago, I'm in hospital with a broken leg. my lawyer will hear"
    )
    assert kind == "physical_safety" and severity == "severe"


BODY_SLANG = [
    ("en", "11 hours on @SkyLarkAir and my back is dead 💀 these seats are killing me"),
    ("en", "my legs are DEAD 💀 who designed this seat pitch, it's killing me @SkyLarkAir"),
    ("es", "9 horas en el asiento de @SkyLarkAir y mi espalda me mata 💀"),
    ("fr", "mes genoux sont morts, ce siège @SkyLarkAir ça tue 💀"),
    ("it", "@SkyLarkAir le mie ginocchia... questo sedile mi uccide 💀"),
    ("de", "@SkyLarkAir meine Knie, dieser Sitzabstand, ich sterbe 💀"),
    ("pt", "@SkyLarkAir as minhas costas, esse assento, morri 💀"),
]


@pytest.mark.parametrize(("lang", "text"), BODY_SLANG)
def test_body_beside_hyperbole_is_no_slang_praise(lang: str, text: str) -> None:
    norm = normalise(text)
    a = analyse(norm, detect_language(norm))
    assert "slang_praise" not in a.cues, (text, a.cues)
    if lang in ("en", "es", "fr", "it"):
        assert a.intent != "praise", (text, a.intent)


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats that burger is fire 🔥 killed it",
        "@SkyLarkAir the crew are killing it today 🔥🔥",
        "@SkyLarkAir the lounge came back better, killing it 🔥",
    ],
)
def test_hyperbole_praise_without_a_body_stays_praise(text: str) -> None:
    norm = normalise(text)
    assert "slang_praise" in analyse(norm, detect_language(norm)).cues, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my knees are dead", True),
        ("mi espalda me mata", True),
        ("meine Knie tun weh", True),
        ("as minhas costas doem", True),
        ("came back to the app, killing it", False),
        ("il collo del pacco era rotto", False),
    ],
)
def test_body_in_pain(text: str, expected: bool) -> None:
    assert body_in_pain(normalise(text).tokens) is expected
