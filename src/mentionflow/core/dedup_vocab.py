"""Incident vocabulary for ``dedup``: the words, phrases and emoji by which a mention reports (or
asks about) a failing service, a disruption, or says others have the problem too, in the
supported languages. Stems are ``dedup._stem`` units (a word's first five letters) mapped to
concepts by ``similarity.INCIDENT_CONCEPTS``; adding a word there reaches every set below."""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core import similarity

# Questions about an outage's end or cause, in the supported languages: they join an open
# incident (a how-to asked during one does not).
STATUS_QUESTION: Final = re.compile(
    r"(?i)\b(when|eta|back up|back on|going on|cu[aá]ndo|vuelve|qu[eé] pasa|quand|revient|"
    r"r[eé]tabli|qu.est.ce qui se passe|wann|wieder da|was ist los|quando|volta|torna|"
    r"che succede|cosa succede|o que se passa|que se passa)\b"
)
# "Me too", "same here", "anyone else?": a customer saying others have it too reports the
# problem they all have, often in no word of its own ("aquí igual en Nervión", "moi aussi").
SHARED_REPORT: Final = re.compile(  # on lower-cased text: (?i) costs 4x
    r"\b(me too|same here|here too|same for me|same problem|same issue|anyone else|any1 else|"
    r"just me|only me|yo tambi[eé]n|a m[ií] tambi[eé]n|aqu[ií] (?:igual|tambi[eé]n)|lo mismo|"
    r"alguien m[aá]s|solo a m[ií]|s[oó]lo yo|moi aussi|ici aussi|pareil|idem|chez moi aussi|"
    r"quelqu.un d.autre|d.autres personnes|que moi|ich auch|bei mir auch|hier auch|"
    r"geht.s nur mir|nur (?:bei )?mir|noch jemand|sonst noch wer|anche (?:a )?me|anche io|"
    r"anche qui|pure (?:io|qui)|qualcun altro|qualcuno (?:altro|ha)|solo a me|solo io|"
    r"eu tamb[eé]m|aqui tamb[eé]m|comigo tamb[eé]m|mesma coisa|algu[eé]m mais|s[oó] comigo|s[oó] eu|"
    # "Is it everyone / everywhere?": the author asks whether the failure is general, which is
    # saying others may have it too ("c'est général ?", "¿es general?", "bei allen", "ovunque").
    r"everyone else|for everyone|for everybody|everywhere|is it general|widespread|es general|"
    r"a todo el mundo|en todas partes|c.est g[eé]n[eé]ral|est.ce g[eé]n[eé]ral|g[eé]n[eé]ral ou|"
    r"chez tout le monde|partout|bei allen|[uü]berall|alle betroffen|[eè] generale|per tutti|a tutti|"
    r"ovunque|dappertutto|anche i miei|[eé] geral|geral ou|toda a gente|todo mundo|em todo o lado)\b"
)
SHARED_REPORT_MAX_WORDS: Final = 6
# Emoji that say "it's down" or "I'm angry about it" in every language: a mention of a brand
# in these alone, during one of its incidents, is one more report of it.
FAILURE_EMOJI: Final = frozenset(["📵", "📴", "🚫", "❌", "⚠️", "⚠", "🆘", "🔌", "😡", "🤬", "😤", "😠", "👎"])
# Intents a report of a failing service may carry: a calm "pagos rechazados desde hace 10 min" is
# read as other, a "Fehler 503, geht gar nichts?" as a question; praise and spam never report one.
FAILURE_REPORT_INTENTS: Final = frozenset({"complaint", "question", "other", "rant"})
FAILURE_STEMS: Final = frozenset(
    stem for stem, concept in similarity.INCIDENT_CONCEPTS.items() if concept in similarity.FAILURE_CONCEPTS
)
# Asked, "works" is a how-to ("¿cómo funciona Plus?"), not "it doesn't work".
QUESTION_FAILURE_STEMS: Final = FAILURE_STEMS - {w[:5] for w in similarity.WORKS_WORDS.split()}
DISRUPTION_INTENTS: Final = frozenset({"complaint", "other", "rant"})
DISRUPTION_STEMS: Final = frozenset(
    stem for stem, concept in similarity.INCIDENT_CONCEPTS.items() if concept in ("=cancelled", "=delay", "=strike")
)
# A strike grounds everyone at once: a report naming one is the disruption's, whatever else it
# asks (a refund, a hotel). One cancelled flight with a refund question stays a money matter.
STRIKE_STEMS: Final = frozenset(stem for stem, concept in similarity.INCIDENT_CONCEPTS.items() if concept == "=strike")
DECLINED_STEMS: Final = frozenset(
    stem for stem, concept in similarity.INCIDENT_CONCEPTS.items() if concept == "=declined"
)
BLOCKED_STEMS: Final = frozenset(
    stem for stem, concept in similarity.INCIDENT_CONCEPTS.items() if concept in similarity.BLOCKED_CONCEPTS
)
# Pay that has not landed, reported to the bank ("payday and my salary isn't in"): a service
# failure when many report it at once (the clusters' shared words still decide).
SALARY_STEMS: Final = frozenset(stem for stem, concept in similarity.INCIDENT_CONCEPTS.items() if concept == "=salary")
ANY_FAILURE_STEMS: Final = FAILURE_STEMS | BLOCKED_STEMS | SALARY_STEMS
ASKED_DISRUPTION_STEMS: Final = QUESTION_FAILURE_STEMS | DISRUPTION_STEMS
ACTION_STEMS: Final = frozenset(
    stem for stem, concept in similarity.INCIDENT_CONCEPTS.items() if concept in similarity.SERVICE_ACTION_CONCEPTS
)
# "No signal", "sin internet", "pas de réseau", "plus d'internet", "kein Netz", "senza rete",
# "não tenho sinal": the connection itself is what fails. The negation is a stopword, so the
# words before a "=network" word (at most two: "no tengo internet", "je n'ai pas de réseau")
# are read for it. Asked, "without" is a how-to ("can I use the app without internet?").
NETWORK_STEMS: Final = frozenset(
    stem for stem, concept in similarity.INCIDENT_CONCEPTS.items() if concept == "=network"
)
NO_WORDS: Final = frozenset(
    "no kein keine keinen keinem pas niente nessun nessuna nessuno zero non não nao nada nothing".split()  # noqa: SIM905
)
WITHOUT_WORDS: Final = frozenset("without sin sans senza sem ohne".split())  # noqa: SIM905
NO_WORDS_SAID: Final = NO_WORDS | WITHOUT_WORDS
NEGATION_REACH: Final = 2  # words between a negation and the network word it denies, at most
# German compounds name the failure in their last word: "Totalausfall", "Stromausfall",
# "Netzstörung", "Zahlungsfehler" are an outage and an error as "Ausfall", "Störung", "Fehler"
# are. Head -> the stem that carries its concept (read only for German text).
DE_COMPOUND_HEADS: Final = {
    "ausfall": "ausfa",
    "ausfälle": "ausfa",
    "störung": "störu",
    "störungen": "störu",
    "stoerung": "stoer",
    "fehler": "fehle",
}
DE_HEAD_ENDINGS: Final = tuple(DE_COMPOUND_HEADS)
AFFINE_MAX_SCORE: Final = -0.1  # a complaint naming no category must read clearly negative to join
