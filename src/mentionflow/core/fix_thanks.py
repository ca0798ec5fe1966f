"""Thanks for a fix is gratitude, thanks for a failure is sarcasm.

"Thanks for fixing the outage so quickly, back online in an hour", "gracias por arreglarlo tan
rápido", "merci d'avoir réparé si vite", "danke fürs schnelle Beheben", "grazie per aver risolto
subito", "obrigado por resolverem tão rápido": the thing thanked is a fix (fixed, sorted,
restored, resolved, repaired, replaced, refunded, back online). The failure named beside it (the
outage) is what was fixed, so the irony cues that turn "thanks for the 4 hour outage" round have
nothing to turn: the mention carries the keyword file's "resolved" label, as "fixed" does.
Not when the fix is negated, mocked or undone ("thanks for fixing nothing", "gracias por no
arreglar nada", "thanks for taking 3 days to fix it", "... NOT", "now I'm charged twice", an
eye-roll emoji).
A protective act after a mishap ("thanks for blocking my card so fast after it was stolen") is the
fix of the theft or loss, only beside a mishap word. Also here, for the import order: a helper's
wait for the customer drops the wait word's failure label (helper_wait.py).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from mentionflow.core.helper_wait import helper_waited
from mentionflow.core.intent import FAILURE, IRONY_MARKER, PRAISE, RESOLVED, LabelTally, tally_labels
from mentionflow.core.polite_requests import thanks_as_request
from mentionflow.core.thanks_for import thanks_for_tokens

# Gratitude for a fix: the fix ("resolved") and the praise the thanks are ("thank you" is no praise word
# of the keyword file, so a model that reads "broken router" as negative would decide alone).
RESOLVED_LABEL: Final = ("resolved", "praise")

# Tokens that can open the thanks (a cheap gate before the regex).
THANKS_TOKENS: Final = frozenset(
    {"thanks", "thank", "thankyou", "thx", "cheers", "gracias", "merci", "danke", "dankeschön", "dank", "grazie"}
    | {"obrigado", "obrigada", "obg", "valeu"}
)
_THANKS = (
    r"(?:thanks|thank you|thankyou|thx|cheers|gracias|merci|danke|dankeschön|vielen dank|grazie|obrigad[oa]|obg|valeu)"
)
# What ties the thanks to the thing thanked: "for", "por", "pour", "d'avoir", "für(s)", "dass", "per", "pelo".
# The fix follows within three words ("for quickly fixing", "per aver risolto"); German "dass"
# puts the verb last ("dass ihr den Ausfall so schnell behoben habt").
# "Whoever" names the one who did it ("thank you whoever upgraded the mast", "gracias a quien lo arregló",
# "merci à celui qui a réparé", "danke an wen auch immer", "grazie a chi ha sistemato", "obrigado a quem").
_WHOEVER = (
    r"(?:whoever|to whoever|(?:a|an|à) "
    r"(?:quien|quienes|qui|celui qui|celle qui|ceux qui|wen|den|die|chi|quem)(?: \S+){0,4}?)"
)
_FOR = (
    r"(?:(?:for|por|pour|de|davoir|dêtre|für|fürs|per|di|pelo|pela|pelos|pelas)(?: \S+){0,3}?"
    rf"|dass(?: \S+){{0,6}}?|{_WHOEVER})"
)
_FIX = (
    r"(?:fix|fixed|fixing|sorted|sorting|restor(?:e|ed|ing)|resolv\w*|solv(?:e|ed|ing)|repair(?:ed|ing)?|"
    r"replac(?:e|ed|ing)|refund(?:ed|ing)?|rebook(?:ed|ing)|(?:get|getting|got|bring|bringing|brought|put|putting)"
    r"(?: \S+){0,2} back (?:online|up|on)|"
    r"arregl\w*|solucion\w*|resuelt\w*|repar\w*|restablec\w*|reembols\w*|reemplaz\w*|"  # es
    r"résolu\w*|résoudre|régl\w*|rétabli\w*|répar\w*|corrig\w*|rembours\w*|remplac\w*|dépann\w*|"  # fr
    r"beheb\w*|behoben|gelöst|lösung|wiederhergestellt|erstatt\w*|zurückerstatt\w*|ersetzt|gefixt|"  # de
    r"risol\w*|sistemat\w*|sistemar\w*|ripar\w*|ripristin\w*|rimbors\w*|sostitu\w*|aggiust\w*|"  # it
    r"consert\w*|restabelec\w*|substitu\w*|arrum\w*|"  # pt
    # An upgrade is a fix said of what was only slow or old ("thank you whoever upgraded that mast",
    # "gracias por mejorar la cobertura", "merci d'avoir amélioré le réseau", "danke fürs Ausbauen").
    r"upgrad(?:e|ed|ing)|improv(?:e|ed|ing)|mejor(?:ad\w*|ó|o|aron|ar|ando)|amélior\w*|ameliorer|ausgebaut|ausbauen|aufgerüstet|"
    r"verbessert|potenziat\w*|potenziar\w*|miglior(?:at\w*|are|ando)|melhor(?:ad\w*|ou|aram|ar|ando))"
)
# A protective act after a mishap is the fix of a theft or a loss ("thanks for blocking my card so
# fast after it was stolen", "gracias por bloquear la tarjeta", "merci d'avoir bloqué ma carte",
# "dass ihr die Karte gesperrt habt", "per aver bloccato la carta", "por bloquearem o cartão"); only
# beside a mishap (_MISHAPS): "thanks for blocking my account" alone is sarcasm.
_PROTECT = (
    r"(?:block(?:ed|ing)?|freez(?:e|ing)|froze|frozen|lock(?:ed|ing)?|bloque\w*|congel\w*|bloqu(?:é|ée|er|ez|ant)|"
    r"opposition|(?:ge)?sperr\w*|blocc\w*)"
)
_MISHAPS: Final = frozenset(
    {"stolen", "theft", "lost", "robbed", "hacked", "fraud", "fraudulent", "pickpocketed", "mugged"}
    | {"robaron", "robado", "robada", "robo", "perdí", "perdida", "fraude", "vol", "volé", "volée", "perdu", "perdue"}
    | {"gestohlen", "gestohlene", "gestohlenen", "geklaut", "geklaute", "verloren", "diebstahl", "betrug"}
    | {"rubata", "rubato", "rubati", "furto", "persa", "perso", "truffa", "roubado", "roubada", "roubo", "perdi"}
)
# Finding what was lost is its fix ("cheers for finding my lost suitcase", "gracias por encontrar mi maleta
# perdida", "merci d'avoir retrouvé ma valise", "per aver ritrovato la valigia", "por acharem a minha mala");
# only of a lost thing or a bag, a parcel, a wallet ("thanks for finding new ways to charge me" is none).
_FIND = (
    r"(?:find|finding|found|locat(?:e|ed|ing)|track(?:ed|ing) down|encontr\w*|localiz\w*|retrouv\w*|trouv(?:é|ée|er)|"
    r"gefunden|ritrovat\w*|ritrovar\w*|trovat\w*|acha(?:r|rem|ram|do|da)|achou)(?: \S+){0,3} "
    r"(?:lost|missing|perdid[oa]s?|extraviad[oa]s?|perdue?s?|verloren\w*|vermisst\w*|pers[aoie]|smarrit\w*|"
    r"bag|bags|luggage|suitcase|maleta|equipaje|valise|bagages?|koffer|gepäck|valigia|bagagli[oa]|mala|bagagem|"
    r"parcel|package|paquete|colis|paket|pacco|encomenda|wallet|cartera|portefeuille|geldbörse|portafoglio|carteira)"
)
_THANKED_FIX: Final = re.compile(rf"{thanks_for_tokens(_THANKS, _FOR, 3)} (?P<fix>{_FIX}|{_FIND})(?!\S)")
# (German puts the block last, after the theft: "dass ihr meine Karte nach dem Diebstahl so schnell gesperrt habt".)
_FOR_PROTECT = _FOR.replace(r"dass(?: \S+){0,6}?", r"dass(?: \S+){0,9}?")
_THANKED_PROTECT: Final = re.compile(rf"{thanks_for_tokens(_THANKS, _FOR_PROTECT, 3)} (?P<fix>{_PROTECT})(?!\S)")
# Between the thanks and the fix: a negation ("thanks for not fixing"), or a slow fix mocked
# ("thanks for taking 3 days to fix it", "gracias por tardar una semana en arreglarlo").
_SPOILERS: Final = frozenset(
    {"not", "never", "no", "nunca", "pas", "ne", "nicht", "nie", "non", "mai", "não", "nao", "sin", "sem", "ohne"}
    | {"senza", "sans", "without", "taking", "took", "tardar", "tardado", "tardaron", "demorar", "demoraram"}
    | {"metterci", "mettre", "mis", "gebraucht"}
    # Thanks in advance ask for the fix ("thanks in advance for fixing", "merci d'avance de corriger").
    | {"advance", "davance", "avance", "antemano", "anticipo", "anticipado", "voraus", "antecipadamente"}
)
# After the fix, the thanks turned round: nothing fixed ("thanks for fixing nothing", "... NOT",
# "ou pas", "jetzt geht gar nichts mehr"), or a failure since ("now I'm charged twice", "still
# down", "but the app crashes", "encore en panne").
_TURNS: Final = frozenset(
    {"nothing", "nada", "rien", "nichts", "niente", "nulla", "not", "never", "pas", "nicht", "non", "não", "nao"}
    | {"nunca", "jamais", "nie", "mai", "kein", "keine", "still", "again", "yet", "but", "immer", "encore"}
    | {"toujours", "mais", "todavía", "todavia", "sigue", "pero", "ancora", "però", "ainda", "mas", "aber", "ma"}
    | {"otra", "nuovo"}
)
# "Now" turns it round when something follows ("now I'm charged twice", "jetzt geht gar nichts"),
# not after a good state ("all good now", "working fine now").
_NOW: Final = frozenset({"now", "jetzt", "maintenant", "ahora", "agora", "ora", "adesso"})
_SETTLED: Final = frozenset({"good", "fine", "sorted", "working", "works", "ok", "okay", "perfect", "great", "online"})
# An eye-roll, upside-down face, unamused face or clown beside the thanks mocks it.
_MOCKING: Final = frozenset(["\U0001f643", "\U0001f644", "\U0001f612", "\U0001f921"])


def thanked_fix(tokens: tuple[str, ...], tokset: frozenset[str]) -> bool:
    """The mention thanks the brand for a fix (in en, es, fr, de, it, pt)."""
    if THANKS_TOKENS.isdisjoint(tokset) or not _MOCKING.isdisjoint(tokset):
        return False
    text = " ".join(tokens)
    found = list(_THANKED_FIX.finditer(text))
    if not _MISHAPS.isdisjoint(tokset):
        found += _THANKED_PROTECT.finditer(text)
    for m in found:
        between = (m.group("head") + " " + m.group("gap")).split()  # head ends without a space
        if _requested(m.group("gap").split(), m.group("fix")):
            continue
        if _SPOILERS.isdisjoint(between) and not _turned(text[m.end("fix") :].split()):
            return True
    return False


def _requested(gap: list[str], fix: str) -> bool:
    """French "merci de (me, bien vouloir) + infinitive" ("merci de me rembourser rapidement"): a
    request for the fix, not thanks for one done ("merci de m'avoir remboursé"); the one test of
    polite_requests.thanks_as_request, on the words as tokens write them."""
    return gap[0] == "de" and thanks_as_request(f"merci {' '.join(gap)} {fix}")


def _turned(rest: list[str]) -> bool:
    """Words after the fix that turn the thanks round; not "thanks again", "encore merci"."""
    for i, w in enumerate(rest):
        if w not in _TURNS and w not in _NOW:
            continue
        before, after = rest[i - 1] if i else "", rest[i + 1] if i + 1 < len(rest) else ""
        if before in THANKS_TOKENS or after in THANKS_TOKENS:
            continue
        if w in _TURNS or (after and before not in _SETTLED):
            return True
    return False


def with_thanked_fix(
    labels: list[tuple[str, ...]], tally: LabelTally, tokens: tuple[str, ...], tokset: frozenset[str]
) -> tuple[list[tuple[str, ...]], LabelTally]:
    """``labels`` and their tally with the "resolved" label added when the thanks is for a fix, and
    a marked thanks ("obrigadinha", "danke auch") read as thanks beside a success (below)."""
    labels, tally = _sincere_marked_thanks(labels, tally, tokens, tokset)
    if not thanked_fix(tokens, tokset):
        return labels, tally
    labels = [*labels, RESOLVED_LABEL]
    return labels, tally_labels(labels)


# Thanks said with a mark that is sarcasm only beside a failure: the Portuguese diminutive, German
# "danke auch" ("obrigadinho pela fatura" is sarcasm, "obrigadinha pelo reembolso, foi rapidíssimo" is
# thanks). The keyword file lists them as irony markers; beside a success and no failure they are thanks.
_MARKED_THANKS: Final = frozenset({"obrigadinho", "obrigadinha", "brigadinho", "brigadinha"})
_MARKED_THANKS_PAIRS: Final = frozenset({("danke", "auch"), ("dank", "auch")})
_IRONY_LABEL: Final = ("irony_marker",)
_PRAISE_LABEL: Final = ("praise",)
# A success beside the thanks: a fix word, or one of speed ("rapidíssimo", "super schnell").
_SUCCESS_RE: Final = re.compile(
    rf"(?<!\S){_FIX}(?!\S)|(?<!\S)(?:funciona\w*|funziona\w*|fonctionne\w*|funktioniert|works|working|"
    r"rapid\w*|rápid\w*|schnell\w*|veloc\w*|vite|quick\w*|fast)(?!\S)"
)
# Words that undo the success ("não resolveu nada", "ainda sem rede", "immer noch nicht").
_UNDOING: Final = _SPOILERS | (_TURNS - {"but", "mas", "mais", "pero", "ma", "aber"})


def _sincere_marked_thanks(
    labels: list[tuple[str, ...]], tally: LabelTally, tokens: tuple[str, ...], tokset: frozenset[str]
) -> tuple[list[tuple[str, ...]], LabelTally]:
    """A marked thanks that is the only irony marker, beside a success and no failure, mocking emoji
    or undoing word: its irony-marker label becomes praise."""
    flags = tally[2]
    if not flags & IRONY_MARKER or flags & FAILURE or not _MOCKING.isdisjoint(tokset):
        return labels, tally
    marked = sum(t in _MARKED_THANKS for t in tokens) + sum((a, b) in _MARKED_THANKS_PAIRS for a, b in pairwise(tokens))
    if not marked or labels.count(_IRONY_LABEL) > marked or not _UNDOING.isdisjoint(tokset):
        return labels, tally
    if not (flags & (RESOLVED | PRAISE) or _SUCCESS_RE.search(" ".join(tokens))):
        return labels, tally
    labels = [_PRAISE_LABEL if lab == _IRONY_LABEL else lab for lab in labels]
    return labels, tally_labels(labels)


def without_helper_wait(
    labels: list[tuple[str, ...]],
    tally: LabelTally,
    wait_labels: list[tuple[str, ...] | None],
    low: str,
    tokset: frozenset[str],
) -> tuple[list[tuple[str, ...]], LabelTally]:
    """``labels`` less the wait words' own labels (``wait_labels``) when a helper waited for the
    customer ("the courier waited 10 minutes for me": helper_wait.py)."""
    if not wait_labels or not helper_waited(low, tokset):
        return labels, tally
    labels = list(labels)
    for lab in wait_labels:
        if lab is not None and lab in labels:
            labels.remove(lab)  # the wait word's own label (one), not other words'
    return labels, tally_labels(labels)
