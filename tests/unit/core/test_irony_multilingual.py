"""Sarcastic praise of a failure in es/pt/de/fr/it is a complaint, never praise to amplify; its
sincere twin (the same praise, the problem fixed or never there) stays praise. The cue data:
`data/categories.yaml` (failure, irony and resolution markers per language) and
`core/irony_cues.py` (spans of time, the deadpan "really" tag)."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.irony_cues import NO_SPAN, ONGOING, SPAN, deadpan_tag, foreign_span
from mentionflow.core.lang import LanguageGuess, detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def is_ironic(a: TextAnalysis) -> bool:
    return "irony" in a.cues or "sarcasm" in a.cues


# (sarcastic, sincere twin): praise words alike, the failure named in one, the fix in the other.
TWINS = [
    # es: a charge I never made; signal only in one spot; money returned
    (
        "Muchas gracias @Brightbank por cobrarme una comisión que no hice. Excelente servicio 🙃",
        "Muchas gracias @Brightbank por devolverme la comisión, me la devolvieron en un día. Excelente servicio",
    ),
    (
        "Genial @NimbusMobile, señal solo en la ventana de la cocina. Maravilloso.",
        "Genial @NimbusMobile, ya tengo señal en toda la casa. ¡Gracias!",
    ),
    # pt: signal only in the yard; hours on the line vs called back
    (
        "Obrigado @NimbusMobile, sinal só no quintal e pago 40€ por mês. Excelente 🙃",
        "Obrigado @NimbusMobile, desbloquearam o meu cartão em 2 horas. Excelente!",
    ),
    (
        "Parabéns @Brightbank, 3 horas na linha e ninguém resolve. Ótimo atendimento 👏",
        "Parabéns @Brightbank, me ligaram em 10 minutos e resolveram tudo. Ótimo atendimento 👏",
    ),
    # de: blocked without warning, days without money, flat "echt."; reception only in the cellar
    (
        "Danke @Brightbank, Karte ohne Vorwarnung gesperrt, seit 2 Tagen ohne Geld. Super Service, echt.",
        "Danke @Brightbank, die Karte wurde nach 2 Tagen wieder entsperrt. Super Service, echt!",
    ),
    (
        "Toll @NimbusMobile, Empfang nur im Keller. Klasse, wirklich.",
        "Hut ab @NimbusMobile, der Techniker war nach 2 Stunden da und alles läuft. Danke!",
    ),
    # fr: network only on the balcony for days, "super, vraiment."; card blocked without notice
    (
        "Merci @NimbusMobile, du réseau que sur le balcon depuis 3 jours. Super, vraiment.",
        "Merci @NimbusMobile, le technicien est venu en 2 jours et tout marche. Super, vraiment !",
    ),
    (
        "Bravo @Brightbank, carte bloquée sans prévenir en plein voyage. Génial 🙃",
        "Chapeau @Brightbank, carte débloquée en 10 minutes. Merci !",
    ),
    # it: an emptied account and "ma bravi"; coverage only on the hilltop, "davvero."
    (
        "Grazie @Brightbank, mi hanno svuotato il conto e voi dite di aspettare 10 giorni. Ma bravi 👏",
        "Tanto di cappello @Brightbank, conto sbloccato in un'ora. Grazie mille!",
    ),
    (
        "Fantastico @NimbusMobile, campo solo in cima alla collina. Complimenti, davvero.",
        "Grazie @NimbusMobile, il tecnico è venuto in 2 giorni e ora funziona tutto. Bravissimi!",
    ),
]


@pytest.mark.parametrize(("sarcastic", "sincere"), TWINS)
def test_sarcastic_praise_of_a_failure_is_a_complaint_and_its_sincere_twin_praise(sarcastic: str, sincere: str) -> None:
    a = run(sarcastic)
    assert is_ironic(a), a
    assert a.intent in ("complaint", "rant"), a
    b = run(sincere)
    assert not is_ironic(b), b
    assert b.intent == "praise", b


@pytest.mark.parametrize(
    "text",
    [
        # A span alone is no failure, however flat the "really": a stay, a trip, a lead time.
        "Grazie @SkyLarkAir, 3 giorni a Roma perfetti. Bravi, davvero.",
        "Merci @SkyLarkAir pour les 3 jours à Lisbonne, équipage adorable. Top, vraiment.",
        "Gracias @SkyLarkAir, llegamos 2 horas antes de lo previsto. Genial, de verdad.",
        "Obrigada @NimbusMobile, 2 dias de internet grátis no aniversário. Amei, sério.",
        # Years as a customer are loyalty, not a wait.
        "Danke @Brightbank, seit 10 Jahren Kunde und immer zufrieden. Top Service, echt.",
    ],
)
def test_a_span_of_time_with_a_deadpan_tag_alone_is_not_irony(text: str) -> None:
    a = run(text)
    assert not is_ironic(a), a
    assert a.intent == "praise", a


def test_an_ongoing_span_with_a_sign_of_sarcasm_is_irony() -> None:
    # "seit 3 Tagen" (how long the state has lasted) and a flat "echt.": sarcasm.
    a = run("Danke @SkyLarkAir, mein Koffer ist in Rom und ich seit 3 Tagen in Oslo. Super Service, echt.")
    assert is_ironic(a) and a.intent in ("complaint", "rant"), a
    # A plain span and scare quotes: the "check" took four days.
    b = run('Danke @Brightbank, dass ihr meine Überweisung 4 Tage "geprüft" habt. Toller Service.')
    assert is_ironic(b) and b.intent in ("complaint", "rant"), b


def test_irony_marker_is_surface_praise() -> None:
    # "obrigadinha" / "na toll" are praise said the other way round: with a failure, irony.
    a = run("Obrigadinha @Brightbank por me cortarem o cartão sem aviso no aeroporto")
    assert is_ironic(a) and a.intent in ("complaint", "rant"), a
    b = run("Na super @NimbusMobile, Empfang nur auf dem Dachboden")
    assert is_ironic(b) and b.intent in ("complaint", "rant"), b


def test_foreign_span_kinds() -> None:
    assert foreign_span("seit 3 tagen ohne netz") == ONGOING
    assert foreign_span("desde hace dos días sin línea") == ONGOING
    assert foreign_span("há 3 dias sem sinal") == ONGOING
    assert foreign_span("depuis 4 jours sans réseau") == ONGOING
    assert foreign_span("da 5 giorni senza linea") == ONGOING
    assert foreign_span("2 horas na linha") == SPAN
    assert foreign_span("3 jours à lisbonne") == SPAN
    # one hour / one day is how sincere posts say fast; minutes and years are no wait
    assert foreign_span("en un día me lo devolvieron") == NO_SPAN
    assert foreign_span("en 5 min c'était réglé") == NO_SPAN
    assert foreign_span("seit 10 jahren kunde") == NO_SPAN
    assert foreign_span("1.200 giorni") == NO_SPAN  # an amount, not a span


def test_deadpan_tag() -> None:
    for text in ("top service, echt.", "super, vraiment.", "genial, de verdad.", "bravi, davvero…"):
        assert deadpan_tag(text), text
    for text in ("top service, echt!", "super vraiment", "vraiment super.", "genial, de verdad?"):
        assert not deadpan_tag(text), text


def test_sincere_thanks_for_a_fraud_refund_is_no_harm_case() -> None:
    text = "Increíble, @Brightbank me ha devuelto en dos días el dinero de la estafa. Chapó por el equipo 👏"
    a = run(text)
    assert a.intent == "praise" and not is_ironic(a), a
    n = normalise(text)
    assert detect_harm(n, "es").kind is None


def test_praise_beside_a_named_fix_is_gratitude_not_irony() -> None:
    # The irony model reads "scammed" beside "wonderful" as irony; the fix named ("every penny
    # back") makes it gratitude for how a past problem was put right.
    a = run(
        "Just want to say @Brightbank were wonderful when I was scammed by a fake text. They got "
        "every penny back within a week. Thank you 💐"
    )
    assert a.irony < 0.5 and not is_ironic(a), a
    # ... unless the fix itself is in scare quotes or rolled eyes: sarcasm.
    b = run("Thanks @Brightbank for 'sorting' my refund, still nothing after 3 weeks 🙄")
    assert b.irony >= 0.5 and b.intent in ("complaint", "rant"), b


@pytest.mark.parametrize(
    "text",
    [
        "Merci @SkyLarkAir, vol retardé de 3 heures mais équipage adorable et repas offert. Bravo 👏",
        "Thanks @SkyLarkAir, flight delayed 3 hours but the crew were lovely and fed us. Bravo 👏",
    ],
)
def test_a_slow_clap_after_a_contrast_is_sincere(text: str) -> None:
    # The failure conceded, then the praise: "delayed, but the crew were lovely. Bravo 👏".
    assert not is_ironic(run(text))


def test_a_slow_clap_beside_a_failure_with_no_contrast_is_sarcasm() -> None:
    a = run("Complimenti @SkyLarkAir, volo cancellato e nessuna assistenza. Bravi 👏👏")
    assert is_ironic(a) and a.intent in ("complaint", "rant"), a


@pytest.mark.parametrize(
    "text",
    [
        "Genial @ParceloEats, pedido equivocado otra vez, y encima la app no funciona 👏",
        "Super @NimbusMobile, le wifi ne fonctionne plus depuis 3 jours. Merci 🙃",
        "Danke @NimbusMobile, Router funktioniert nicht, Hotline besetzt. Toll 👏",
    ],
)
def test_a_negated_fix_word_is_no_fix(text: str) -> None:
    # "funciona" / "fonctionne" / "funktioniert" name a fix; negated, they name the failure.
    a = run(text)
    assert is_ironic(a) and a.intent in ("complaint", "rant"), a


def test_a_replacement_card_is_a_fix() -> None:
    a = run(
        "Mil gracias @Brightbank, me bloquearon la tarjeta por fraude y al día siguiente tenía tarjeta nueva. Chapó."
    )
    assert a.intent == "praise" and not is_ironic(a), a


# More cue families, each with its sincere twin.
TWINS_MORE = [
    # a failure phrase beside slang praise ("top demais" is hyperbole, not the praise here)
    (
        "Parabéns @NimbusMobile, 3 horas na linha e nada. Atendimento top demais 👏",
        "Parabéns @NimbusMobile, atendimento top demais 👏 resolveram em 5 minutos",
    ),
    # charged twice, with words between
    (
        "Adoro quando a @ParceloEats me cobra duas vezes o mesmo pedido. Obrigadinho",
        "Adoro a @ParceloEats, me cobraram duas vezes mas devolveram na hora. Obrigado!",
    ),
    # waiting as a pastime, since a time of day
    (
        "Adoro aspettare il corriere di @ParceloEats dalle 8 di stamattina. Il mio passatempo preferito 🙂",
        "Adoro @ParceloEats, il corriere è arrivato alle 8 in punto. Grazie!",
    ),
    (
        "Merci @ParceloEats, j'attends ma commande depuis 11h. Top. Vraiment.",
        "Merci @ParceloEats, commande livrée à 11h pile. Top !",
    ),
    # whereabouts unknown vs already on its way
    (
        "Danke @SkyLarkAir, mein Koffer ist wer weiß wo. Super.",
        "Danke @SkyLarkAir, Koffer war weg, ist aber schon unterwegs zu mir. Super!",
    ),
]


@pytest.mark.parametrize(("sarcastic", "sincere"), TWINS_MORE)
def test_more_sarcasm_families_and_their_sincere_twins(sarcastic: str, sincere: str) -> None:
    a = run(sarcastic)
    assert is_ironic(a) and a.intent in ("complaint", "rant"), a
    b = run(sincere)
    assert not is_ironic(b) and b.intent == "praise", b


def test_since_a_time_of_day_is_ongoing_but_years_are_not() -> None:
    assert foreign_span("depuis 9h ce matin") == ONGOING
    assert foreign_span("seit 8 uhr warte ich") == ONGOING
    assert foreign_span("desde las 10 esperando") == ONGOING
    assert foreign_span("da stamattina") == ONGOING
    assert foreign_span("seit 10 jahren kunde") == NO_SPAN
    assert foreign_span("depuis 2019 cliente") == NO_SPAN
    assert deadpan_tag("depuis 9h. vraiment. c'est mon passe-temps")


def test_the_fix_after_the_contrast_keeps_the_praise() -> None:
    a = run("Didn't expect much but @SkyLarkAir rebooked me within minutes after my flight was cancelled. Legends")
    assert a.intent == "praise", a
    b = run("Didn't expect much but @SkyLarkAir cancelled my flight again. Legends")
    assert b.intent != "praise", b


def test_a_vow_about_a_past_problem_then_praise_is_praise() -> None:
    a = run(
        "Kudos to the @SkyLarkAir team on my Lisbon flight. Last year you cancelled on me and I "
        "said never again, but this time they were brilliant with my nervous dad."
    )
    assert a.intent == "praise", a
    # The same vow, the failure happening again after the "but": a complaint.
    b = run(
        "Shoutout to @SkyLarkAir. Last year you lost my bag and I swore never again, "
        "but today you lost it again. Amazing 🙄"
    )
    assert b.intent != "praise", b


# A penalty for the brand's own failure, a card blocked abroad; their twins: waived, reactivated.
TWINS_PENALTY = [
    ("Danke @Brightbank für die dritte Mahnung", "Danke @Brightbank, dass ihr die Mahngebühr erlassen habt!"),
    (
        "Grazie @Brightbank, mi avete addebitato la penale per un errore vostro. Bravissimi",
        "Grazie @Brightbank, mi avete stornato la penale in un attimo. Bravissimi",
    ),
    (
        "Bravo @Brightbank, carte bloquée à l'étranger, en plein week-end.",
        "Merci @Brightbank, carte bloquée à l'étranger mais débloquée en 5 minutes. Parfait.",
    ),
    (
        "Gracias @Brightbank, tarjeta bloqueada en Lisboa y sin un euro. Genial",
        "Gracias @Brightbank, tarjeta bloqueada en Lisboa y me la reactivaron en 5 minutos. Genial",
    ),
]


@pytest.mark.parametrize(("sarcastic", "sincere"), TWINS_PENALTY)
def test_penalties_and_blocked_abroad_with_their_sincere_twins(sarcastic: str, sincere: str) -> None:
    a = run(sarcastic)
    assert is_ironic(a) and a.intent in ("complaint", "rant"), a
    b = run(sincere)
    assert not is_ironic(b) and b.intent == "praise", b


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Danke @ParceloEats für das eiskalte Essen nach 90 Minuten. Echt top 👏👏", "de"),
        ("Bravo @Brightbank, 45 min d'attente au téléphone pour faire opposition. Record battu 🏆🥇", "fr"),
        ("Adoro quando a @ParceloEats cancela o meu pedido depois de 1 hora à espera. Dia perfeito 🙂🙂", "pt"),
    ],
)
def test_praise_of_an_ice_cold_meal_a_long_hold_or_a_cancellation_is_no_praise(text: str, code: str) -> None:
    assert analyse(normalise(text), LanguageGuess(code, 1.0, True)).intent != "praise"


@pytest.mark.parametrize(
    ("text", "intent_is_praise"),
    [
        ("@SkyLarkAir lost the bag with ALL my knives in it. Nobody at the desk can tell me anything. Great.", False),
        ("@NimbusHelp router dead again since Monday. Perfect.", False),
        ("@SkyLarkAir flight was on time, crew were kind. Great.", True),
    ],
)
def test_a_one_word_verdict_closing_a_failure_is_deadpan(text: str, intent_is_praise: bool) -> None:
    n = normalise(text)
    assert (analyse(n, detect_language(n)).intent == "praise") is intent_is_praise
