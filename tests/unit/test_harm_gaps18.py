"""Harm recall gaps and a false alarm found in session 18 (s18-harm3), in every language.

A vehicle or rider that ran someone over or nearly did ("ran me over", "a failli me renverser"), a
shard in food named as a German compound ("Glasscherbe", "Metallsplitter"), a damaged mobility aid
(a mobility scooter, a rollator); and assistance booked in advance, which is a request, not harm.
"""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.harm_bookings import books_help
from mentionflow.core.text import normalise


def harm(text: str, lang: str) -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


HARM = [
    ("en", "@QuickBite one of your couriers nearly ran me over outside the station", "physical_safety"),
    ("en", "@QuickBite your van ran over my foot in the car park", "physical_safety"),
    ("en", "@QuickBite my daughter almost got run over by your scooter rider", "physical_safety"),
    ("fr", "@QuickBite votre livreur a failli me renverser devant l'école", "physical_safety"),
    ("fr", "@QuickBite un coursier à vélo a failli nous renverser sur le passage piéton", "physical_safety"),
    ("es", "@QuickBite vuestro repartidor casi me atropella en el paso de cebra", "physical_safety"),
    ("it", "@QuickBite il vostro rider mi ha quasi investito sulle strisce", "physical_safety"),
    ("pt", "@QuickBite o vosso estafeta quase me atropelou na passadeira", "physical_safety"),
    ("de", "@QuickBite euer Fahrer hätte mich auf dem Zebrastreifen fast umgefahren", "physical_safety"),
    ("de", "@QuickBite in meinem Salat war eine Glasscherbe", None),
    ("de", "@QuickBite Metallsplitter in der Suppe, danke auch", None),
    ("de", "@QuickBite Glasscherben im Nachtisch!!", None),
    ("en", "@SkyLarkAir my grandad's mobility scooter came back from the hold in bits", None),
    ("de", "@SkyLarkAir der Rollator meiner Oma kam völlig verbogen an", None),
]


@pytest.mark.parametrize(("lang", "text", "kind"), HARM)
def test_harm_found(lang: str, text: str, kind: str | None) -> None:
    signal = harm(text, lang)
    assert signal.kind is not None, text
    if kind:
        assert signal.kind == kind, (text, signal)


NO_HARM = [
    ("en", "@QuickBite can you hand me over to a manager please"),
    ("en", "@QuickBite the meeting ran over so I missed my delivery slot"),
    ("en", "@QuickBite please run over the order details with me again"),
    ("fr", "@QuickBite j'ai failli renverser mon café en ouvrant le sac, rien de grave"),
    ("de", "@QuickBite ein Glas Wein zum Essen wäre schön"),
    ("en", "@SkyLarkAir I'd like to book special assistance for my dad next Tuesday"),
    ("en", "@SkyLarkAir please add wheelchair assistance for my grandmother to our booking"),
    ("es", "@SkyLarkAir quisiera solicitar asistencia especial para mi abuela"),
    ("fr", "@SkyLarkAir je souhaite réserver une assistance pour mon père en fauteuil roulant"),
    ("de", "@SkyLarkAir ich möchte für meinen Vater Rollstuhlservice buchen"),
    ("it", "@SkyLarkAir vorrei richiedere l'assistenza speciale per mia nonna"),
    ("pt", "@SkyLarkAir quero solicitar assistência especial para o meu avô"),
]


@pytest.mark.parametrize(("lang", "text"), NO_HARM)
def test_no_harm(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None, (text, harm(text, lang))


# Booked help that failed is harm again.
FAILED = [
    ("en", "@SkyLarkAir booked assistance for my blind mum and nobody came to meet her"),
    ("es", "@SkyLarkAir reservé asistencia para mi padre en silla de ruedas y nadie vino"),
    ("fr", "@SkyLarkAir j'avais réservé une assistance pour ma mère handicapée mais personne n'est venu"),
    ("de", "@SkyLarkAir Rollstuhlservice für meinen Vater gebucht, aber niemand kam"),
    ("it", "@SkyLarkAir avevo prenotato l'assistenza per mio padre disabile, nessuno si è presentato"),
    ("pt", "@SkyLarkAir pedi assistência para a minha mãe cadeirante e ninguém apareceu"),
]


@pytest.mark.parametrize(("lang", "text"), FAILED)
def test_failed_assistance_is_harm(lang: str, text: str) -> None:
    assert harm(text, lang).kind is not None, text


def test_books_help_needs_a_request_and_no_failure() -> None:
    assert books_help(("i", "want", "to", "book", "special", "assistance"))
    assert not books_help(("booked", "assistance", "but", "nobody", "came"))
    assert not books_help(("my", "mum", "needs", "assistance"))
