"""A failure that has stopped, and thanks for it: praise, not a complaint.

"since the new router the wifi has never dropped again, thanks", "a internet nunca mais caiu,
obrigado", "seitdem kein einziger Ausfall mehr, danke", "plus aucune coupure depuis, merci": the
failure word is negated (never, no more, not once, kein ... mehr, non ... più) and the writer
thanks someone. The models weigh the failure word and read a complaint; the irony model reads
thanks beside a failure as sarcasm. Not when anything failed is said without a negator ("still
dropping, thanks"), when what is negated is working ("it hasn't worked since, thanks for
nothing": no failure word is negated), after a contrast, nor in a question.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from mentionflow.core.intent import FAILURE, IRONY_MARKER, tally_labels


def _w(words: str) -> list[str]:
    return words.split()


# Words of a connection or a service failing (any supported language): what may be negated.
_FAILING: Final = frozenset(
    _w(
        "drop dropped drops dropping disconnect disconnected disconnects crash crashed crashes outage outages "
        "cut cuts failed fail fails glitch glitched glitches lag lagged buffering froze freeze frozen down "
        "caído caída caídas caer cae cayó caido caida corte cortes cortado cortó falla fallas fallo fallos "
        "coupure coupures coupé coupée panne pannes planté plantée tombé tombée déconnexion déconnexions "
        "ausfall ausfälle ausgefallen abbruch abbrüche abgebrochen abgestürzt störung störungen unterbrechung "
        "caduta caduto cadute caduti interruzione interruzioni disservizio disservizi bloccato bloccata "
        "caiu cai caído queda quedas falha falhas travou trava desconectou oscilou "
        # present-tense forms ("la llamada ya no se corta", "non cade più", "já não corta"; French "ne coupe
        # plus" and German "bricht nicht mehr ab" negate after the verb, not read here)
        "corta cortan cortaba cortaban caen coupe coupent plante plantent cade cadono caem cortam"
    )
)
_NEGATORS: Final = frozenset(
    _w(
        "never not no hasnt havent hadnt didnt doesnt isnt wasnt wont zero nunca jamás ningún ninguna ni "
        "jamais aucun aucune pas plus kein keine keinen keiner einziger einzige nie nicht non mai nessun "
        "nessuna nessuno neanche não nao nenhum nenhuma nem"
    )
)
# Words between the negator and the failure: auxiliaries, "once", "a single", "again", "more".
_BETWEEN: Final = frozenset(
    _w(
        "has have had been it the wifi connection internet signal once single a an even one again more "
        "se ha han vuelto a un una más mas ni "
        "ne n plus a été est une seule seul de d "
        "ein eine einen einziger einzige einziges mehr ist hat war "
        "è è più stata stato mai un una ha c ci "
        "mais voltou a um uma foi tem teve"
    )
)
_GAP: Final = 5
_AFTER: Final = frozenset(_w("again anymore more mehr más mais plus più"))
# Left outside the negation: a failure, a complaint, an insult, a major word, "thanks for nothing".
_PROBLEM: Final = FAILURE | IRONY_MARKER | 1 | 4 | 8
THANKS: Final = frozenset(_w("thanks thank thx ty cheers gracias merci danke dank grazie obrigado obrigada valeu"))
# A failure that goes on, or comes back, outside any negation: the thanks is sarcasm.
_ONGOING: Final = frozenset(
    _w(
        "still again keeps keep todavía sigue siempre otra encore toujours immer noch wieder ancora sempre ainda "
        "continua"
    )
)
_OTHER_NEGATORS: Final = frozenset(
    _w(
        "dont cant cannot couldnt wouldnt wont arent werent aint nothing nobody nada nadie rien nichts niemand "
        "niente nulla nessuno ninguém ninguem sin sans ohne senza sem"
    )
)
_CONTRAST: Final = frozenset(_w("but pero mais aber però ma mas porém however"))


def failure_ceased(toks: tuple[str, ...], tokset: frozenset[str], clean: str, flagged: Iterable[str] = ()) -> set[int]:
    """Every failure word in ``toks`` (the list above, and ``flagged``: the tokens the keyword
    file labels a failure) sits after a negator with at most a few auxiliaries between, and the
    writer thanks: the failure has stopped. The positions of the negations (empty: none such)."""
    if THANKS.isdisjoint(tokset) or "?" in clean or "plus en plus" in clean:
        return set()
    # A contrast ("..., but the bill doubled"); not the Portuguese "nunca mais" (never again).
    if any(t in _CONTRAST and not (t == "mais" and i and toks[i - 1] in _NEGATORS) for i, t in enumerate(toks)):
        return set()
    failing = _FAILING | frozenset(flagged)
    negated: set[int] = set()
    last = len(toks) - 1
    for i, tok in enumerate(toks):
        if tok not in failing:
            continue
        if i < last and toks[i + 1] == "to":  # "never fails to disappoint": an idiom
            return set()
        for j in range(i - 1, max(-1, i - 1 - _GAP), -1):
            word = toks[j]
            if word in _NEGATORS:
                # The whole negation: "kein einziger Ausfall", "não caiu nenhuma vez", "plus aucune".
                while j > 0 and toks[j - 1] in _NEGATORS:
                    j -= 1
                negated.update(range(j, i + 1))
                negated.update(k for k in range(i + 1, min(i + 3, last + 1)) if toks[k] in _NEGATORS)
                # "again"/"more" right after it ("never dropped again") is the cessation.
                if i < last and toks[i + 1] in _AFTER:
                    negated.add(i + 1)
                break
            if word not in _BETWEEN:
                return set()
        else:
            return set()
    if any((t in _ONGOING or t in _NEGATORS or t in _OTHER_NEGATORS) and i not in negated for i, t in enumerate(toks)):
        # "still", "again" outside the negation: it goes on; another negator ("... but calls don't
        # connect", "no signal at all") negates what works, a failure.
        return set()
    return negated


def ceased_labels(
    toks: tuple[str, ...],
    tokset: frozenset[str],
    clean: str,
    token_labels: Mapping[str, tuple[str, ...] | None],
    phrases: list[tuple[str, ...]],
) -> list[tuple[str, ...]] | None:
    """The keyword-file labels of the tokens outside the negation, and praise, when a failure has
    ceased and nothing outside the negation names a problem (None otherwise)."""
    if THANKS.isdisjoint(tokset):
        return None
    flagged = [tok for tok, lab in token_labels.items() if lab is not None and "failure" in lab]
    negated = failure_ceased(toks, tokset, clean, flagged)
    if not negated:
        return None
    said = {toks[i] for i in negated}
    kept = [lab for tok, lab in token_labels.items() if lab is not None and tok not in said] + phrases
    if tally_labels(kept)[2] & _PROBLEM:
        return None
    return [*kept, ("praise",)]
