"""A helper's wait is not the customer's wait.

"The courier waited 10 minutes for me to get home, what a hero", "el repartidor esperó a que
llegara", "le livreur a attendu que je rentre", "der Fahrer hat auf mich gewartet", "il corriere
ha aspettato che tornassi", "o entregador esperou eu chegar": the one who waited is the brand's
helper (a courier, a driver, an agent), and the wait is for the customer. No wait was suffered, so
the wait cues ("still_waiting") and the wait word's failure label ("gewartet") have nothing to
report, and the praise beside them is sincere, not irony. Not when the customer waited for the
helper ("I waited 40 minutes for the driver"), nor "still waiting".
"""

from __future__ import annotations

import re
from typing import Final

# Who helps: the brand's people on the spot (en, es, fr, de, it, pt).
_HELPERS = (
    r"(?:courier|driver|rider|agent|staff|crew|technician|engineer|postman|postie|delivery (?:guy|man|driver|person)|"
    r"repartidor\w*|conductor\w*|mensajer[oa]s?|técnic[oa]s?|chófer|agente|"  # es
    r"livreur|livreuse|chauffeur|coursier|technicien\w*|facteur|"  # fr
    r"fahrer\w*|bote|kurier|zusteller\w*|techniker\w*|postbote|"  # de
    r"corriere|fattorino|autista|tecnico|postino|rider|"  # it
    r"entregador\w*|motorista|motoboy|carteiro|estafeta)"  # pt
)
_WAITED = (
    r"(?:waited|was waiting|kindly waited|esperó|esperaba|esperaron|a attendu|m'a attendu|ma attendu|"
    r"(?:hat|haben) (?:\S+ ){0,5}?gewartet|wartete|ha aspettato|mi ha aspettato|aspettò|esperou|"
    r"ficou esperando|ficou à espera)"
)
# ... for the customer: "for me", "a que llegara", "que je rentre", "auf mich", "che tornassi", "eu chegar".
_FOR_ME = (
    r"(?:for (?:me|us|my|our)|till i|until i|while i|"
    r"a que (?:llegara|llegase|volviera|bajara)|(?:por|a) (?:mí|mi|nosotros)|hasta que llegu\w*|"
    r"que je|que nous|qu'on|quon|(?:pour )?moi|"
    r"auf (?:mich|uns)|bis ich|"
    r"che (?:tornassi|arrivassi|scendessi|rientrassi)|per me|per noi|finché|"
    r"eu (?:chegar|descer|voltar)|(?:por|a) mim|por nós|até eu)"
)
# German says it in the middle: "der Fahrer hat 15 Minuten auf mich gewartet", or in a relative
# clause: "danke an den Fahrer, der auf mich gewartet hat".
_DE_ON_ME = r"(?:(?:hat|haben) (?:\S+ ){0,3}?|(?:der|die) (?:\S+ ){0,2}?)auf (?:mich|uns) gewartet"
_HELPER_WAITED: Final = re.compile(
    # ",": a relative clause ("the driver, who waited for me", "dem Fahrer, der auf mich gewartet hat")
    rf"\b{_HELPERS}\b,?(?: \S+){{0,2}}? (?:{_WAITED}\b(?: \S+){{0,4}}? {_FOR_ME}|{_DE_ON_ME})"
)
# Wait words whose failure label the helper's wait leaves unsaid.
WAIT_WORDS: Final = frozenset({"waited", "gewartet", "wartete", "esperó", "attendu", "aspettato", "esperou"})
_WAIT_ANCHORS: Final = (
    WAIT_WORDS
    | {"waiting", "esperaba", "esperaron", "aspettò", "esperando", "espera"}
    | {
        "attendait",
        "aspettava",
        "esperava",
        "wartete",
    }
)

# ... or what the brand laid on stood ready for the customer: "wheelchair waiting at the door",
# "assistance was waiting at the gate", "la silla de ruedas nos esperaba en la puerta", "le
# fauteuil attendait à la porte", "der Rollstuhl wartete am Gate", "la sedia a rotelle ci aspettava",
# "a cadeira de rodas estava à espera". Not the customer waiting for it ("waited 40 min for the
# wheelchair"), nor one that was not there ("no wheelchair waiting at the door").
_AIDS = (
    r"(?:wheelchair|assistance|buggy|escort|porter|driver|taxi|cab|chauffeur|car|someone|staff|agent|rep|"
    r"silla(?: de ruedas)?|asistencia|fauteuil(?: roulant)?|assistance|rollstuhl|begleitung|"
    r"sedia(?: a rotelle)?|assistenza|cadeira(?: de rodas)?|assistência)"
)
_READY: Final = re.compile(
    rf"\b{_AIDS}\s(?:(?:was|were|is|already|all|ready|and)\s){{0,2}}waiting\s"
    r"(?:at|by|outside|in|on|when|for (?:me|us|him|her|them|my|our))\b|"
    rf"\b{_AIDS}\s(?:(?:nos|me|le|la|lo|ya|ci|mi|schon|bereits|nous|m|qui|che|que|estava|stava)\s){{0,2}}"
    r"(?:esperaba|esperando|attendait|wartete|aspettava|esperava|à espera)\b"
)
_NOT_THERE: Final = re.compile(
    r"\b(?:no|not|never|wasnt|werent|without|ningun\w*|sin|aucun\w*|pas de|kein\w*|nessun\w*|sem)\s(?:\S+\s){0,2}$"
)


def _aid_ready(low: str) -> bool:
    """Laid-on help ready for the customer, not said to be missing just before."""
    return any(_NOT_THERE.search(low[max(0, m.start() - 30) : m.start()]) is None for m in _READY.finditer(low))


def helper_waited(low: str, tokset: frozenset[str]) -> bool:
    """A helper of the brand waited for the customer, or laid-on help stood ready for them
    (``low``: the clean text, lower-cased)."""
    if _WAIT_ANCHORS.isdisjoint(tokset):
        return False
    return _HELPER_WAITED.search(low) is not None or _aid_ready(low)


# What the customer did while the helper waited: "until I came down", "que je descende", "bis ich
# runterkam", "che scendessi", "eu descer". The movement words ("down") are no outage.
_WHILE_I_RE: Final = re.compile(
    rf"\b{_HELPERS}\b,?(?: \S+){{0,2}}? {_WAITED}\b(?: \S+){{0,4}}? {_FOR_ME}((?: [^\W\d_]+){{1,3}})"
)


def helper_wait_words(low: str, tokset: frozenset[str]) -> frozenset[str]:
    """The wait words and the words of the customer's own errand after them ("the rider waited
    until I came down": "came", "down") where a helper waited for the customer; none otherwise."""
    if not helper_waited(low, tokset):
        return frozenset()
    m = _WHILE_I_RE.search(low)
    errand = frozenset(m.group(1).split()) if m is not None else frozenset()
    # Only the text's own tokens: the regex's words split an elision ("l'hôpital" -> "l") that the
    # tokenizer keeps whole, and a word that is no token has no label to drop.
    return (WAIT_WORDS | errand) & tokset
