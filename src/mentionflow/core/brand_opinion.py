"""An opinion or a prediction about a brand, with nothing of the writer's own in it, is a rant, not a
complaint (used by `core.sentiment`), in en, es, fr, de, it and pt.

"parcelo is a scam run by tech bros", "Brightbank is a house of cards and you're all going to lose
your money", "Nimbus es una estafa piramidal", "Brightbank va faire faillite", "die Bank geht bald
pleite", "questa banca è una truffa", "essa empresa vai falir": a verdict on the brand itself (a
fraud noun or a collapse metaphor said of it) or a forecast of its fall. The complaint definition
asks for a problem of the customer's that an agent could act on; such a text tells none: no first
person (no "I", no "my order", no "our account"), no failure, no wait, no sum or reference, no
question. It is venting, and a repeat of it is what the repeat-ranter rule reads.

Not an opinion (the complaint stays): the writer's own stake or experience ("they charged me twice,
total scam", "Nimbus es una estafa, me cobraron 30 €"), a failure or a wait named, a scam approach
reported ("this text is a scam, don't click the link": a message, a call, a stranger), a question
("is Brightbank going under?"). First-person words inside a formula of opinion ("mark my words",
"in my opinion", "croyez-moi", "secondo me") are the opiner, not a customer's stake.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from mentionflow.core.concrete_detail import concrete_detail
from mentionflow.core.intent import flag_names
from mentionflow.core.keywords import word_set

__all__ = ["OPINION_CUE", "brand_opinion"]

OPINION_CUE: Final = "brand_opinion"

# The writer's own stake: I, me, my, we, our in the six languages (tokens as `normalise` emits them).
_FIRST_PERSON: Final = word_set(
    "i im ive id ill me my mine myself we us our ours weve "
    "yo me mi mis nos nosotros nosotras nuestro nuestra nuestros nuestras conmigo "
    "je j moi mon ma mes nous notre nos "
    "ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem "
    "io mi mio mia miei mie noi nostro nostra nostri nostre "
    "eu meu minha meus minhas nós nosso nossa nossos nossas comigo"
)
# Formulas of opinion whose first person is the opiner, removed before that test.
_OPINION_FORMULAS: Final = re.compile(
    r"\b(?:mark my words|in my (?:humble )?opinion|if you ask me|trust me|believe me|i think|i bet|i reckon|"
    r"i predict|i guarantee|im telling you|im calling it|you heard it from me|"
    r"en mi opinión|en mi opinion|créeme|creedme|creo que|acordaos de mí|acordaos de mi|"
    r"à mon avis|a mon avis|croyez moi|croyezmoi|je pense que|je vous le dis|"
    r"meiner meinung nach|glaubt mir|ich glaube|ich sag es euch|ich sags euch|"
    r"secondo me|credetemi|fidatevi|penso che|ve lo dico io|"
    r"na minha opinião|na minha opiniao|acreditem|acho que|guardem as minhas palavras|escrevam o que eu digo)\b"
)
# A fraud noun or a collapse metaphor said of the brand, within three words after a copula.
_COPULAS: Final = word_set("is are its thats es son cest est sont ist sind è sono é são sao")
_VERDICT_NOUNS: Final = word_set(
    "scam scams fraud ponzi psyop cult grift racket sham "
    "estafa timo fraude secta chiringuito "
    "arnaque escroquerie secte "
    "betrug abzocke kartenhaus sekte schneeballsystem "
    "truffa frode setta "
    "golpe seita pirâmide piramide"
)
_VERDICT_PHRASES: Final = re.compile(
    r"\b(?:house of cards|pyramid scheme|clown show|castillo de naipes|estafa piramidal|château de cartes|"
    r"chateau de cartes|castello di carte|castelo de cartas|schema ponzi|esquema ponzi)\b"
)
_VERDICT_WINDOW = 3
# A forecast of the brand's fall, or of its customers' money lost.
_FALL: Final = re.compile(
    r"\b(?:go(?:ing|nna)? (?:under|bust|bankrupt)|will (?:collapse|fold)|going to collapse|"
    r"lose (?:all )?(?:of )?your (?:money|savings)|"
    r"va(?:n)? a quebrar|quebrará|quebrara|va(?:n)? a la quiebra|se va a hundir|se hundirá|"
    r"perder(?:éis|eis|án|an)? (?:todo )?(?:vuestro|su|tu) dinero|"
    r"faire faillite|fera faillite|feront faillite|va(?:s)? couler|vont couler|perdre (?:tout )?votre argent|"
    r"perdrez (?:tout )?votre argent|"
    r"gehen? (?:bald )?pleite|pleite gehen|bald pleite|geht (?:bald )?unter|euer geld verlieren|"
    r"fallirà|fallira|falliranno|va(?:nno)? a fallire|perderete (?:tutti )?i vostri soldi|"
    r"va(?:i|o)? falir|vão falir|vao falir|vai à falência|vai a falencia|vão à falência|vai quebrar|"
    r"perder (?:todo )?o (?:vosso|seu) dinheiro)\b"
)
# A word every match of each regex above holds (they are case-sensitive): texts without any skip it.
_VERDICT_WORDS: Final = ("cards", "pyramid", "clown", "naipes", "piramidal", "cartes", "carte", "cartas", "ponzi")
_FALL_WORDS: Final = (
    "under", "bust", "bankrupt", "collapse", "fold", "your", "quebra", "quiebra", "hundir", "dinero", "faillite",
    "couler", "argent", "pleite", "unter", "geld", "fallir", "soldi", "falir", "falência", "falencia", "dinheiro",
)  # fmt: skip
# A scam approach reported, not a verdict: a message, a call, a stranger, a credential, the police.
_APPROACH: Final = word_set(
    "text texts sms email emails message messages link call caller someone somebody stranger hacked phishing "
    "pin otp password code police "
    "mensaje correo enlace llamada alguien contraseña código policía "
    "lien appel quelquun inconnu mot motdepasse "
    "nachricht anruf jemand passwort polizei "
    "messaggio chiamata qualcuno polizia "
    "mensagem ligação ligacao alguém alguem senha polícia policia whatsapp"
)
# Money wanted back: the writer's own stake ("give the money back", "devolvedme el dinero",
# "remboursez-moi", "ridatemi i soldi"): a word, or a stem that takes a clitic ("devolvedme").
_WANTED_BACK: Final = word_set("back zurück ridate ridatemi ridateci")
_WANTED_BACK_STEMS: Final = tuple(
    sorted(word_set("refund reembols devolv devuelv devoluç rembours erstatt rimbors restitu"))
)
# The rules' cues of something that happened to the writer (a wait, a cancellation, an unmet
# expectation, sarcasm about a failure): a complaint, however it is worded.
_EVENT_CUES: Final = frozenset(
    {
        "long_wait",
        "on_hold",
        "still_waiting",
        "cancelled",
        "waited",
        "payment_failed",
        "unmet",
        "never_again",
        "wished_fix",
        "sarcasm",
        "irony",
        "resolved",
    }
)
# Keyword-file flags that name the writer's problem: a failure, a fix, a failed payment, a complaint marker.
_STAKE_FLAGS: Final = frozenset({"failure", "resolved", "payment_failed", "complaint", "praise", "irony_marker"})


def _called(tokens: tuple[str, ...], joined: str) -> bool:
    """A verdict noun within three words after a copula ("is a scam", "es una estafa", "ist
    reine Abzocke"), a verdict phrase ("a house of cards"), or a forecast of the brand's fall."""
    if (any(map(joined.__contains__, _VERDICT_WORDS)) and _VERDICT_PHRASES.search(joined)) or (
        any(map(joined.__contains__, _FALL_WORDS)) and _FALL.search(joined)
    ):
        return True
    if _VERDICT_NOUNS.isdisjoint(tokens):  # most texts: no verdict noun to look behind
        return False
    return any(
        t in _VERDICT_NOUNS and not _COPULAS.isdisjoint(tokens[max(0, i - _VERDICT_WINDOW) : i])
        for i, t in enumerate(tokens)
    )


def brand_opinion(
    intent: str,
    tokens: tuple[str, ...],
    clean: str,
    failure: bool,
    cues: Iterable[str],
    named: tuple[int, int] = (0, 0),
) -> bool:
    """Whether a rule complaint is an opinion or a forecast about the brand with nothing of the
    writer's own (see the module docstring): `failure` is a failure the analysis found; a sum or
    a reference in `clean` is a stake. `named`: the keyword file's category hits and flag bits.
    As with contempt (core/intent.py), one category word beside the verdict is what it vents about
    ("lose your money", "a hot meal"); two or more name a problem ("the app crashes", "the food
    arrives cold"), and so does a failure, a fix or money wanted back, or a complaint marker."""
    if intent != "complaint" or failure:
        return False
    joined = " ".join(tokens)
    if not _called(tokens, joined):  # the rare part first: every other test only clears it
        return False
    hits, flags = named
    if hits > 1 or not _STAKE_FLAGS.isdisjoint(flag_names(flags)):
        return False
    if "?" in clean or concrete_detail(clean):
        return False
    if not (_EVENT_CUES.isdisjoint(cues) and _APPROACH.isdisjoint(tokens) and _WANTED_BACK.isdisjoint(tokens)):
        return False
    if any(t.startswith(_WANTED_BACK_STEMS) for t in tokens):
        return False
    said = _OPINION_FORMULAS.sub(" ", joined).split()
    return _FIRST_PERSON.isdisjoint(said)
