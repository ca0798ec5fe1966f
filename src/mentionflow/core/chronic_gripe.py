"""A repeat complainer's daily gripe about the same chronic problem is venting, not chasing.

"app is slow AGAIN" on Monday, "still slow, useless app" on Tuesday, "app. slow. again." on
Saturday; "sigo sin cobertura en casa, como siempre" a day after "otra vez sin cobertura": the
customer (flagged repeat complainer by the 30-day memory) tells the brand once more that the same
problem is still there. The contract (Customer memory) listens to it (no-response / listen_only,
P4) instead of raising the case each day as if it were a chaser.

What it is not, and what stays answered or raised (Conversations and grouping):

* a chaser: the customer waits for the brand ("still waiting", "3 days and no reply", "¿alguien?",
  "personne ne répond", "keine Antwort", "nessuna risposta", "sem resposta"): the wait is the news;
* a new problem: another category than the case's, a major problem, harm, a sum of money or a
  reference number (an agent can act on it: core/concrete_detail.py), legal / regulator / data /
  churn / press signals;
* the same day: a follow-up within hours of the case's last mention is that conversation going on,
  and an angrier one raises the case;
* a first or second complaint: without the repeat-complainer flag, a day-later "still broken" is
  an ordinary follow-up.

Language-bound word lists (en es fr de it pt) name only the wait; "same problem" is decided from
the analysis (category, severity, harm, signals) against the case's, not from phrases.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from mentionflow.core.concrete_detail import concrete_detail
from mentionflow.core.harm_lexicon import words

# A day's gap: a case raised again after this long is another occasion (as dedup counts them).
ANOTHER_DAY_S: Final = 12 * 3600.0
# Signals that make a mention something to act on, whatever its tone.
_ACTIONABLE: Final = frozenset({"legal", "regulator", "data_request", "churn", "press", "new_topic"})
_NEW_PROBLEM_INTENTS: Final = frozenset({"complaint", "rant", "other"})  # a question asks; it is answered
# The customer waits for the brand: its reply, its call, or for something it owes (a refund).
_WAIT_WORDS: Final = frozenset(
    words(
        """
    wait waiting waited reply replies replied respond responded response answer answered answers
    ignore ignored ignoring ignores callback
    espero esperando esperar esperamos espera respuesta respuestas responde responden respondéis
    responder contestar répondre repondre rispondere respondeis respondido contesta contestan contestáis
    contestais contestado ignoran ignoráis
    ignorais ignorando
    attends attendre attendu attente réponse reponse réponses répond repond répondez repondez
    répondu repondu ignorez ignorer
    warte warten wartet gewartet antwort antworten antwortet geantwortet reaktion rückmeldung
    rueckmeldung ignoriert ignoriere rückruf
    aspetto aspettando aspettare attesa risposta risposte risponde rispondete risposto ignorate
    ignorato ignorando
    aguardo aguardando esperei resposta respostas respondem respondeu ignoram ignoraram retorno
    refund refunds refunded reembolso reembolsos devolución devolucion remboursement remboursé
    rembourse erstattung rückerstattung rueckerstattung rimborso rimborsi estorno
    """
    )
)
# Words that chase only as a question: "hello??", "anyone there?", "any update?", "¿alguien?", "des
# nouvelles ?", "hallo?", "qualcuno?", "alguém?" ("hola, la app otra vez" greets; "someone took my
# order" tells).
_ASKED_FOR: Final = re.compile(
    r"(?i)\b(?:hello+|hola|allo|allô|hallo|olá|ola|anyone|anybody|some(?:one|body)|alguien|quelqu ?un|jemand|"
    r"qualcuno|alguém|alguem|updates?|news|noticias|nouvelles|neuigkeiten|notizie|notícias)\b[^.!?]{0,24}\?"
)
_WORD_RE: Final = re.compile(r"[^\W\d_]+")
# Categories that name one problem in different words: a slow app is read as an outage one day and
# a defect the next; a late order as a delay or a delivery problem.
_KIND: Final = {"outage": "service", "defect": "service", "delivery": "delivery", "delay": "delivery"}


def same_kind(category: str | None, case_category: str | None) -> bool:
    """Whether a follow-up's category names the case's problem again (none, "other", or its kind)."""
    if category in (None, "other") or category == case_category:
        return True
    return case_category is not None and _KIND.get(category, category) == _KIND.get(case_category, case_category)


# Time gone by and nothing came: "20 minutes and NOTHING", "45 minutes later and still not a word",
# "2 horas y nada", "45 minutos y ni una palabra", "une heure et rien", "45 minutes et toujours pas un
# mot", "30 Minuten und nichts", "45 Minuten und kein Wort", "20 minuti e niente", "neanche una
# parola", "20 minutos e nada", "nem uma palavra".
_TIME_GONE: Final = (
    r"(?:\b\d+\s*|\b(?:an?|one|two|un[ao]?|dos|une|deux|eine?|zwei|due|uma?|duas)\s+)"
    r"(?:mins?|minutes?|minutos?|minuten|minuti|h|hrs?|hours?|horas?|heures?|stunden?|ore|"
    r"days?|d[ií]as?|jours?|tage?n?|giorn[oi])\b"
)
_NO_WORD: Final = (
    r"(?:nothing|not (?:a|one) (?:word|reply|call)|no (?:word|news|reply|call)|nada|ni (?:una|media) palabra|"
    r"rien|pas (?:un|une) (?:mot|réponse|appel)|aucun (?:mot|appel)|nichts|kein (?:wort|anruf|ton)|keine nachricht|"
    r"niente|nulla|neanche (?:una|mezza) parola|nessuna notizia|nem (?:uma|meia) palavra|nenhuma (?:palavra|notícia))"
)
_NOTHING_SINCE: Final = re.compile(
    rf"(?i){_TIME_GONE}[^.!?\d]{{0,24}}?\b(?:and|y|et|und|e)\s+(?:\w+\s+){{0,2}}?{_NO_WORD}\b"
)
# Nobody of the brand says, knows or answers anything: "nobody knows anything", "nadie dice nada",
# "personne ne dit rien", "niemand sagt etwas", "nessuno dice niente", "ninguém diz nada".
_NOBODY_SAYS: Final = re.compile(
    r"(?i)\b(?:nobody|no one|no-one|nadie|personne(?: ne| n)?|niemand|nessuno|ningu[eé]m)\s+"
    r"(?:(?:me|us|nos|nous|mi|ci|mir|uns|te)\s+)?"
    r"(?:says|said|tells|told|knows|answers|calls|dice|sabe|cuenta|llama|dit|sait|appelle|sagt|weiß|weiss|"
    r"meldet|ruft|sa|chiama|diz|liga|fala)\b"
)


def nothing_since(clean: str) -> bool:
    """Whether the text says time went by with no word from the brand ("20 minutes and NOTHING",
    "45 minutos y ni una palabra"), or that nobody of it says or knows anything ("nadie dice nada")."""
    return _NOTHING_SINCE.search(clean) is not None or _NOBODY_SAYS.search(clean) is not None


def waits_for_the_brand(clean: str) -> bool:
    """Whether the text says the customer is waiting for the brand (a reply, an update, anyone)."""
    low = clean.lower().replace("'", "").replace("\u2019", "")
    return not _WAIT_WORDS.isdisjoint(_WORD_RE.findall(low)) or nothing_since(low) or bool(_ASKED_FOR.search(low))


# Stems (``dedup_text.STEM_LEN`` letters) that say when or how often, not what: "again", "always",
# "every night", "como siempre", "comme d'hab", "wie immer", "come sempre", "de novo".
_WHEN_STEMS: Final = frozenset(
    words(
        """
    again still alway every night today usual daily week
    siemp nuevo sigo sigue todav otra cada noche diari
    toujo encor jours comme habit soir chaqu
    immer wiede schon jeden abend tägl
    sempr ancor nuovo ogni sera giorn
    ainda novo outra dias noite
    """
    )
)
_MIN_SUBJECT: Final = 4  # "app", "net", "wifi": a subject shorter than this is shared by too much


def subjects(topic: tuple[str, ...] | list[str]) -> set[str]:
    """What a mention's content stems say it is about: concepts ("=network", "=app") and stems of
    four letters or more that are no word of time or repetition, nor a number."""
    return {
        s for s in topic if s.startswith("=") or (len(s) >= _MIN_SUBJECT and s not in _WHEN_STEMS and not s.isdigit())
    }


def retold(topic: tuple[str, ...], known: set[str]) -> bool:
    """Whether a mention (its content stems ``topic``) tells again a problem the author already told
    (``known``: the subjects of their earlier complaints): at least half of what it is about was
    said before ("cena fría, como siempre" after "comida fría de nuevo"). A new problem brings its
    own words ("my salary never reached my account", "bag lost in Bilbao with my medicines")."""
    said = subjects(topic)
    shared = said & known
    return bool(shared) and 2 * len(shared) >= len(said)


def _nothing_new(a: Any, clean: str) -> bool:
    """A gripe that adds nothing to act on: no harm, no worse problem, no threat to act, no sum or
    reference, no wait for the brand."""
    if a.intent not in _NEW_PROBLEM_INTENTS:
        return False
    if a.harm or a.severity == "major" or not _ACTIONABLE.isdisjoint(a.signals):
        return False  # harm, a worse problem, a threat to act: never mere venting
    return not concrete_detail(clean) and not waits_for_the_brand(clean)


def is_chronic_gripe(analysis: Any, clean: str, case_facts: Mapping[str, Any], quiet_s: float) -> bool:
    """Whether a follow-up (``analysis``, its normalised text ``clean``) to a case (``case_facts``,
    already updated with the author's 30-day count) is a repeat complainer's gripe about the case's
    same problem on another day (``quiet_s``: time since the case's last customer mention)."""
    if not case_facts.get("repeat_complainer") or quiet_s < ANOTHER_DAY_S:
        return False
    if not same_kind(analysis.category, case_facts.get("category")):
        return False  # another kind of problem: a new one, answered
    return _nothing_new(analysis, clean)


def is_repeated_gripe(analysis: Any, clean: str, repeat_complainer: bool, same_problem_cases: int) -> bool:
    """Whether a mention that opens a case is a repeat complainer's gripe about a problem they have
    already complained of in the memory window (``same_problem_cases``: their earlier complaint
    cases about it, dedup's ``author_same_problem``), with nothing new in it."""
    return repeat_complainer and same_problem_cases > 0 and _nothing_new(analysis, clean)
