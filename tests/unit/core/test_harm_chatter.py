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
