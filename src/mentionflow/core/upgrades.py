"""An existing customer who wants more of what they buy, in six languages (used by `core.leads`):
a sales lead as much as a prospect's. Three forms:

- an upgrade verb after a wish or an ask ("I'd like to upgrade", "ich möchte upgraden", "quero
  fazer upgrade", "quiero ampliar mi plan", "can I upgrade");
- a move up to a bigger plan ("auf den größeren Tarif wechseln", "passer à l'offre supérieure",
  "vorrei passare all'offerta superiore", "mudar para um plano superior", "move up to Premium");
- more units bought ("wir möchten 12 zusätzliche Lines buchen", "we want to add 6 more lines",
  "me gustaría contratar dos líneas más", "wir brauchen drei weitere SIM-Karten").

Only wishes and asks count: past forms ("I upgraded", "tried to upgrade") and negated wishes
("I don't want to upgrade", "no puedo ampliar") are a customer's story or problem, not a lead."""

from __future__ import annotations

from typing import Final

from mentionflow.core.keywords import words_folded

_set = words_folded


def _elided(text: str) -> frozenset[str]:
    """Nouns with the French and Italian elided articles glued on ("loffre", "allofferta")."""
    base = _set(text)
    return base | frozenset(p + w for w in base for p in ("l", "d", "all", "dell", "sull", "nell"))


# A wish or an ask said by the customer (an infinitive follows); "like" only after "would".
_WISH: Final = _set(
    "want wanna wants looking planning hoping keen möchte möchten würde würden gern gerne will wollen "
    "quiero queremos quisiera quisiéramos gustaría gustaria querría pensando voudrais voudrions veux "
    "voulons souhaite souhaitons aimerais jaimerais aimerait aimerions vorrei vorremmo voglio vogliamo piacerebbe "
    "quero queremos queria queríamos gostaria gostaríamos pretendo pretendemos"
)
_LIKE_AFTER: Final = _set("would id wed")
# Asked as a possibility ("can I", "kann ich", "puedo", "posso", "est-ce que je peux").
_MODAL: Final = _set("can could kann können könnte könnten puedo podemos podría peux pouvons puis posso possiamo")
_ASK_SUBJECT: Final = _set("i we ich wir je on nous")
_SELF_MODAL: Final = _set("puedo podemos podría posso possiamo")
_NEGATION: Final = _set(
    "not dont doesnt didnt cant cannot wont never no nicht kein keine keinen nie nunca non pas jamais mai não nao"
)
_UPGRADE_VERB: Final = _set(
    "upgrade upgraden upgrader upgradear upgradar aufstocken hochstufen ampliar ampliare potenziare augmenter"
)
_UPGRADE_NOUN: Final = _set("upgrade lupgrade")
_MAKE: Final = _set("fazer fare hacer faire make do")
_ARTICLES: Final = _set("un um o el uno l the an a")
# Verbs whose object must be the plan ("ampliar mi plan", not "ampliar la queja").
_NEEDS_PLAN: Final = _set("ampliar ampliare potenziare augmenter aufstocken")
_PLAN: Final = _elided(
    "plan plans tarif tarife tariff contract vertrag paket package bundle data datos données daten dati dados "
    "tarifa contrato forfait offre abonnement abo piano tariffa offerta pacchetto contratto abbonamento plano "
    "pacote assinatura franquia gb giga gigas"
)
# A move up: a moving verb and, a few words on (German: before), a bigger plan.
_MOVE: Final = _set(
    "move switch go change wechseln umsteigen pasar cambiar pasarme cambiarme passer changer basculer passare "
    "cambiare mudar passar trocar"
)
_UP: Final = _set(
    "bigger larger higher größeren größere größeres höheren höhere höheres superior superiores mayor "
    "supérieure supérieur superiore superiori maior premium"
)
# More units bought: a count or "more" next to a unit, and a buying verb.
_MORE: Final = _set(
    "more extra additional another weitere weiteren zusätzliche zusätzlichen mehr más adicional adicionales "
    "otra otras supplémentaire supplémentaires autre autres plus aggiuntiva aggiuntive altre altra ulteriori "
    "mais adicionais outra outras"
)
_NUMBER: Final = _set(
    "two three four five six seven eight nine ten twelve zwei drei vier fünf sechs sieben acht zehn "
    "dos tres cuatro cinco seis siete ocho diez deux trois quatre cinq sept huit dix due tre quattro "
    "cinque sei sette otto dieci duas três quatro oito"
)
_UNITS: Final = _set(
    "lines line sims sim cards data gb leitungen leitung karten simkarten líneas línea lignes ligne linee "
    "linea linhas linha chips chip datos dati dados giga gigas handys phones"
)
_BUY: Final = _set(
    "add buy order book get purchase take buchen dazubuchen hinzufügen kaufen bestellen holen contratar "
    "añadir agregar comprar pedir ajouter acheter commander prendre souscrire aggiungere acquistare "
    "comprare attivare prendere ordinare adicionar ativar encomendar"
)
_NEED: Final = _set(
    "need needs brauchen brauche benötigen necesito necesitamos besoin serve servono preciso precisamos"
)

GATE: Final = _UPGRADE_VERB | _UPGRADE_NOUN | _UP | _UNITS | {"gamme"}


def _wished(toks: tuple[str, ...], i: int, before: int) -> bool:
    """A wish or an ask within ``before`` words before ``toks[i]``, not negated."""
    start = max(0, i - before)
    for j in range(i - 1, start - 1, -1):
        tok = toks[j]
        asked = (
            tok in _WISH
            or (tok == "like" and j > 0 and toks[j - 1] in _LIKE_AFTER)
            or (tok in _MODAL and (tok in _SELF_MODAL or not _ASK_SUBJECT.isdisjoint(toks[j + 1 : j + 2])))
        )
        if asked:
            return _NEGATION.isdisjoint(toks[max(0, j - 2) : i])
    return False


def _upgrade(toks: tuple[str, ...], i: int, tok: str) -> bool:
    prev = toks[i - 1] if i else ""
    if (tok in _UPGRADE_NOUN and tok not in _UPGRADE_VERB) or (tok == "upgrade" and prev not in ("to", "i", "we")):
        # The noun: "fazer upgrade", "fare l'upgrade", "hacer un upgrade" (not "the upgrade failed")
        made = prev in _MAKE or (prev in _ARTICLES and i > 1 and toks[i - 2] in _MAKE)
        return made and _wished(toks, i, 5)
    if tok in _NEEDS_PLAN and _PLAN.isdisjoint(toks[i + 1 : i + 4]) and _PLAN.isdisjoint(toks[max(0, i - 3) : i]):
        return False
    # German puts the verb last ("ich möchte meinen Tarif upgraden"): a wider window.
    return _wished(toks, i, 6)


def _move_up(toks: tuple[str, ...], i: int) -> bool:
    """``toks[i]`` is a bigger-plan word: a move to it, wished ("auf den größeren Tarif wechseln")."""
    near = toks[max(0, i - 4) : i + 4]
    if _PLAN.isdisjoint(near) and toks[i] != "premium":
        return False
    for j in range(max(0, i - 4), min(len(toks), i + 4)):
        if toks[j] in _MOVE or (toks[j] == "up" and j > 0 and toks[j - 1] in _MOVE):
            return _wished(toks, j, 5)
    return False


def _more_units(toks: tuple[str, ...], i: int) -> bool:
    """``toks[i]`` is a unit ("lines"): a count or "more" by it and a wish to buy or a need."""
    around = toks[max(0, i - 3) : i + 2]
    counted = not _MORE.isdisjoint(around) or not _NUMBER.isdisjoint(around) or any(t.isdigit() for t in around)
    if not counted:
        return False
    for j in range(max(0, i - 8), min(len(toks), i + 5)):
        if toks[j] in _BUY and _wished(toks, j, 10):
            return True
        # "we need 3 more SIMs", "wir brauchen drei weitere SIM-Karten": the need is the buying
        if toks[j] in _NEED and j < i and j + 4 >= i and _NEGATION.isdisjoint(toks[max(0, j - 2) : j]):
            return True
    return False


def wants_more(toks: tuple[str, ...]) -> bool:
    """Whether ``toks`` (normalised tokens) wish to upgrade, move up a plan or buy more units."""
    if GATE.isdisjoint(toks):
        return False
    for i, tok in enumerate(toks):
        if tok in _UPGRADE_VERB or tok in _UPGRADE_NOUN:
            if _upgrade(toks, i, tok):
                return True
        elif tok in _UP:
            if _move_up(toks, i):
                return True
        elif tok in _UNITS and _more_units(toks, i):
            return True
        elif tok == "gamme" and toks[max(0, i - 2) : i] == ("monter", "en") and _wished(toks, i - 2, 5):
            return True  # "je souhaite monter en gamme"
    return False
