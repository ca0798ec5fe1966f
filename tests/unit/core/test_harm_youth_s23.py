"""Harassment by staff or a stranger, a friend's or one's own despair in two signs, scams told without
the word (a deposit for a flat that does not exist, a money mule) and a card buying far from its owner,
in en/es/fr/de/it/pt (core/harm_pursued.py, core/harm_goodbye.py, core/harm_scams_told.py,
core/harm_intrusions.py); each severe, with figures of speech and near misses as controls. Also the
German "sie schreibt mir" that the spam list read as the call "schreibt mir!" (core/spam_told.py)."""

from __future__ import annotations

import pytest

from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.harm_goodbye import despair_signs
from mentionflow.core.harm_pursued import address_posted, pursued_by_staff
from mentionflow.core.harm_scams_told import money_mule, paid_to_a_ghost
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise


def _read(text: str) -> tuple[str, str | None, str | None]:
    norm = normalise(text)
    guess = detect_language(norm)
    record, signal = read_mention(norm, guess, guess.code, brand_known=True)
    return record.intent, signal.kind, signal.severity


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "ok so the @ParceloEats rider who dropped my food at like 12:30 has been texting my number "
            "'u looked cute tonight 😉' and he just knocked on my door AGAIN. it's 1am, I'm alone in "
            "the flat, genuinely shaking rn",
            "physical_safety",
        ),
        (
            "@ParceloEats your rider followed me from the lobby to my flat door asking for my insta "
            "and wouldn't leave till my flatmate came out. I don't feel safe ordering anymore",
            "physical_safety",
        ),
        (
            "PSA girls: the @ParceloEats rider who delivered to me saved my number and has sent me 14 "
            "messages tonight incl 'I know which window is yours'. reported in app 3 hours ago, "
            "nothing.",
            "physical_safety",
        ),
        (
            "@SkyLarkAir some random guy keeps replying under my delay complaint with my HOME ADDRESS "
            "and pics of my house. I complained about a sandwich, why is this happening. pls help",
            "physical_safety",
        ),
        (
            "@Brightbank declined AGAIN at the big tesco lol. £2.13 till the loan drops, rent due fri, "
            "mum not picking up. honestly might just disappear at this point 🙃 not like anyone would "
            "notice 💀",
            "self_harm",
        ),
        (
            "@BrightbankCare not my account but my flatmate's. she's been crying about her overdraft "
            "for days, won't open her door, and tonight she texted me 'i can't do this anymore, sorry "
            "for everything'. I don't know who else to tell. please can someone help",
            "self_harm",
        ),
        (
            "@Brightbank bitte helft ihr schnell, sie schreibt mir grad dass sie seit 2 Tagen nix "
            "gegessen hat und nicht mehr weiß wie es weitergehen soll",
            "self_harm",
        ),
        (
            "@Brightbank I sent £650 deposit + first month to a 'landlord' from a marketplace ad for a "
            "room near uni. Flat doesn't exist, he's blocked me everywhere. Is there ANY way to get it "
            "back?? That was literally all my savings",
            "fraud",
        ),
        (
            "@Brightbank un mec sur insta m'a proposé un 'job étudiant', 300€ pour prêter mon compte "
            "qqs jours. il vient de m'envoyer 2000€ et il veut que je les vire ailleurs ce soir... c "
            "normal ça?? j'ai trop peur là",
            "fraud",
        ),
        (
            "jajaja qué bien @Brightbank, mi tarjeta comprando en Dubái 3 veces esta mañana y yo en "
            "Sevilla en un examen 🙃 genial todo",
            "fraud",
        ),
    ],
)
def test_reported_mentions_are_severe(text: str, kind: str) -> None:
    assert _read(text)[1:] == (kind, "severe")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "@ParceloEats el repartidor que me trajo la cena me está escribiendo al móvil y volvió a "
            "tocar la puerta. estoy sola en casa, tengo miedo",
            "physical_safety",
        ),
        (
            "@ParceloEats le livreur a gardé mon numéro et m'envoie des messages depuis hier soir, "
            "j'ai peur, il sait où j'habite",
            "physical_safety",
        ),
        (
            "@ParceloEats der Fahrer von gestern schreibt mir ständig und klingelt schon wieder, ich habe Angst",
            "physical_safety",
        ),
        (
            "@ParceloEats il rider mi sta scrivendo da ieri sera e ha suonato di nuovo, sono da sola e ho paura",
            "physical_safety",
        ),
        (
            "@ParceloEats o estafeta guardou o meu número e está me mandando mensagens, não me sinto segura",
            "physical_safety",
        ),
        ("@SkyLarkAir alguien está publicando mi dirección y fotos de mi casa debajo de mi queja", "physical_safety"),
        ("@Brightbank sinceramente quiero desaparecer, nadie lo notaría", "self_harm"),
        ("@Brightbank je pourrais disparaître, personne ne le remarquerait", "self_harm"),
        ("@Brightbank ich könnte einfach verschwinden, würde eh keiner merken", "self_harm"),
        ("@Brightbank vorrei sparire, nessuno se ne accorgerebbe", "self_harm"),
        ("@Brightbank queria sumir, ninguém ia notar", "self_harm"),
        ("@Brightbank mi amiga no come desde hace 3 días y me escribió 'perdón por todo'", "self_harm"),
        (
            "@Brightbank le pagué la fianza al casero de un anuncio de idealista y el piso no existe, me bloqueó",
            "fraud",
        ),
        (
            "@Brightbank j'ai viré la caution au propriétaire de l'annonce leboncoin, l'appartement n'existe pas",
            "fraud",
        ),
        (
            "@Brightbank ich habe 800€ Kaution überwiesen, die Wohnung gibt es nicht und er hat mich überall blockiert",
            "fraud",
        ),
        (
            "@Brightbank ho pagato la caparra per la stanza dell'annuncio, la stanza non esiste e mi ha bloccata",
            "fraud",
        ),
        ("@Brightbank paguei a caução ao senhorio do anúncio, o apartamento não existe e me bloqueou", "fraud"),
        (
            "@Brightbank a guy on insta offered me £300 to lend him my account, he sent £2000 and "
            "wants me to send it on to another account tonight",
            "fraud",
        ),
        (
            "@Brightbank un tipo me ofreció 300€ por prestar mi cuenta, me mandó 2000€ y quiere que "
            "los transfiera a otra cuenta",
            "fraud",
        ),
        ("@Brightbank meine Karte kauft in Dubai ein und ich in Köln im Büro", "fraud"),
        ("@Brightbank meu cartão comprando em Dubai e eu em Lisboa", "fraud"),
    ],
)
def test_six_languages_are_severe(text: str, kind: str) -> None:
    assert _read(text)[1:] == (kind, "severe")


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats the rider texted me that he was outside, so quick!",
        "my flatmate followed me on insta lol",
        "@ParceloEats I'm dead 💀 this rider wrote good luck on my bag",
        "@Brightbank I can't do this app anymore, switching banks",
        "@SkyLarkAir can't wait to disappear for a week on holiday",
        "@ParceloEats sorry for everything, my bad, I typed the wrong address",
        "@Brightbank sent the deposit for the flat, thanks for the quick transfer",
        "@Brightbank can I lend my account to my brother?",
        "@Brightbank my card was used in Madrid, I was in Madrid",
        "@Brightbank I can't do this anymore, 3 hours on hold. sorry for the rant",
        "@Brightbank ich weiß nicht wie es weitergehen soll mit meinem Vertrag, schreibt mir bitte",
        "@Brightbank I paid the deposit for my flat and the landlord blocked me from the group chat lol jk all sorted",
        "@ParceloEats el repartidor me escribe que ya está abajo, qué rapidez!",
        "@ParceloEats le livreur m'a écrit qu'il était en bas, top",
        "@Brightbank la app me bloqueó la tarjeta, le pagué el alquiler al casero igual",
        "@SkyLarkAir I want to disappear for a week on holiday",
        "@Brightbank mi tarjeta comprando en Madrid y yo en Madrid, todo bien",
        "@Brightbank le livreur m'a suivie sur insta mdr",
        "@Brightbank ich habe die Kaution überwiesen, danke für die schnelle Überweisung",
        "@Brightbank puedo prestar mi cuenta a mi hermano?",
        "@Brightbank je peux prêter mon compte à ma sœur ?",
        "@Brightbank perdón por todo el lío, puse mal la dirección",
        "@Brightbank sorry für alles, hab die falsche IBAN eingegeben",
        "@ParceloEats il rider mi ha scritto che era sotto casa, velocissimo!",
        "@ParceloEats o entregador me mandou mensagem que estava na porta, rapidinho",
        "@Brightbank não aguento mais esse app, vou mudar de banco",
    ],
)
def test_figures_and_near_misses_stay_no_harm(text: str) -> None:
    assert _read(text)[1] is None


def test_told_write_to_me_is_not_spam() -> None:
    text = (
        "@Brightbank bitte helft ihr schnell, sie schreibt mir grad dass sie seit 2 Tagen nix "
        "gegessen hat und nicht mehr weiß wie es weitergehen soll"
    )
    assert _read(text)[0] != "spam"
    assert _read("@Brightbank ihr schreibt mir nur Standardmails, Konto gesperrt")[0] != "spam"


def test_checks_alone() -> None:
    assert pursued_by_staff("the rider followed me to my door and wouldn't leave, i don't feel safe")
    assert not pursued_by_staff("the rider followed me to my door with the food, so polite")
    assert address_posted("some random guy keeps posting my home address")
    assert not address_posted("i posted my home address in the app by mistake")
    assert despair_signs("might just disappear. not like anyone would notice")
    assert not despair_signs("might just disappear for a week")
    assert paid_to_a_ghost("i sent the deposit to the landlord and the flat doesn't exist")
    assert not paid_to_a_ghost("i sent the deposit to the landlord, all good")
    assert money_mule("300€ pour prêter mon compte, il veut que je les vire ailleurs")
    assert not money_mule("je peux prêter mon compte à mon frère ?")
