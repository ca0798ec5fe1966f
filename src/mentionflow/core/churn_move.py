"""Churn said as a move of what the customer holds to a named rival, with the object between
the verb and the rival: "moving the lot to Starling", "taking all our accounts over to Monzo",
"me llevo la nómina a BBVA", "je transfère mon épargne chez Boursorama", "ich bringe mein
Gehalt zu N26", "sposto lo stipendio su Fineco", "levo a conta para o Nubank". The phrase file
names the verb and the rival side by side ("moving to", "over to {competitor}"); this is the
family with up to ``_GAP`` words in between (used by `core.signals`)."""

from __future__ import annotations

from typing import Final

# Verbs that carry something away, in the present or as a plan (past moves are history, not a threat).
_CARRY: Final = frozenset(
    {"move", "moving", "transfer", "transferring", "switch", "switching", "port", "porting", "take", "taking"}
    | {"emmène", "emmene", "nehme", "mitnehmen"}
    | {"muevo", "mover", "llevo", "llevar", "traslado", "trasladar", "paso", "pasar", "transfiero", "transferir"}
    | {"transfère", "transfere", "transférer", "transferer", "déplace", "deplace", "déplacer", "passe", "passer"}
    | {"bringe", "bringen", "verlege", "verlegen", "übertrage", "übertragen", "ziehe", "ziehen", "wechsle"}
    | {"sposto", "spostare", "porto", "portare", "trasferisco", "trasferire", "passo", "passare"}
    | {"levo", "levar", "transfiro", "transferir", "mudo", "mudar", "passo", "passar"}
    # The same move said by a household or a business ("nos las llevamos a Digi", "on emmène
    # nos lignes chez Free", "portiamo i conti su Fineco", "levamos as linhas para a NOS").
    | {"llevamos", "movemos", "trasladamos", "pasamos", "transferimos", "cambiamos"}
    | {"emmenons", "transférons", "transferons", "déplaçons", "deplacons", "passons"}
    | {"nehmen", "verlegen", "wechseln", "übertragen"}
    | {"spostiamo", "portiamo", "trasferiamo", "passiamo"}
    | {"levamos", "mudamos", "passamos"}
)
# The preposition before the rival ("to", "a", "chez", "zu", "su", "para").
_TOWARDS: Final = frozenset(
    {"to", "a", "al", "con", "chez", "vers", "à", "zu", "nach", "su", "da", "in", "para", "pra", "pro", "no", "na"}
)
# An article may stand between ("para o Nubank", "to the Co-op"); the gap counts from the preposition.
_ARTICLE: Final = frozenset({"the", "el", "la", "le", "il", "lo", "o", "os", "die", "der"})
_GAP: Final = 6
# A sum carried is a payment ("transfer 50 euros to a Revolut account"), and a rival's account
# or card after the name is where a payment goes, not where the customer goes.
_PAYMENT: Final = frozenset(
    {"money", "cash", "payment", "dinero", "pago", "argent", "paiement", "virement", "geld", "zahlung"}
    | {"überweisung", "soldi", "pagamento", "bonifico", "dinheiro", "euros", "euro", "pounds", "quid", "dollars"}
)
# A rival not named ("taking all our lines to a rival", "me llevo las líneas a la competencia",
# "je passe à la concurrence", "ich wechsle zur Konkurrenz"): a rival all the same.
_ANY_RIVAL: Final = frozenset(
    {"rival", "rivals", "competitor", "competitors", "competition", "competencia", "concurrent", "concurrence"}
    | {"konkurrenz", "konkurrenten", "concorrenza", "concorrente", "concorrência", "concorrencia"}
)
# "all 6 lines", "our 3 accounts": a count of what is carried, not a sum paid.
_HOLDINGS: Final = frozenset(
    {"lines", "líneas", "lineas", "lignes", "linien", "leitungen", "linee", "linhas", "accounts", "cuentas"}
    | {"comptes", "konten", "conti", "contas", "phones", "sims", "contracts", "contratos", "contrats", "verträge"}
)
_ACCOUNT_AFTER: Final = frozenset(
    {"account", "card", "user", "customer", "cuenta", "tarjeta", "compte", "carte", "konto", "karte"}
    | {"conto", "carta", "conta", "cartão", "cartao"}
)


# What a customer holds with a provider, carried to a name the rival list may not hold ("porting
# my number to Smarty", "nos llevamos las líneas a Pepephone"): with a holding carried, any
# name after the preposition is the new provider (see ``carried_to_named``).
_HELD: Final = _HOLDINGS | frozenset(
    {"line", "account", "number", "salary", "wages", "business", "custom", "savings", "mortgage", "contract"}
    | {"línea", "linea", "cuenta", "número", "numero", "nómina", "nomina", "ahorros", "hipoteca", "contrato"}
    | {"ligne", "compte", "numéro", "salaire", "épargne", "epargne", "contrat", "forfait"}
    | {"linie", "konto", "nummer", "rufnummer", "gehalt", "ersparnisse", "vertrag", "verträgen", "tarif"}
    | {"conto", "stipendio", "risparmi", "mutuo", "contratto", "linha", "conta", "salário", "ordenado"}
)
# Handing a holding over ("transfer my contract to Sarah", "paso la línea a Pablo") is a change of
# owner, not of provider: with a name the list does not hold, only the verbs of going elsewhere.
_CARRY_NAMED: Final = _CARRY - frozenset(
    {"transfer", "transferring", "transfiero", "transferir", "transferimos", "transfère", "transfere"}
    | {"transférer", "transferer", "transférons", "transferons", "übertrage", "übertragen", "trasferisco"}
    | {"trasferire", "trasferiamo", "transfiro", "paso", "pasar", "pasamos", "passe", "passer", "passons"}
    | {"passo", "passare", "passiamo", "passar", "passamos", "take", "nehme", "nehmen"}
)


def _holding(tokens: tuple[str, ...], i: int) -> bool:
    """Whether the number at ``i`` counts holdings ("6 business lines"), up to one word between."""
    return not _HOLDINGS.isdisjoint(tokens[i + 1 : i + 3])


def _preposition(tokens: tuple[str, ...], j: int) -> int:
    """Index of the preposition before the rival at ``j`` ("to Monzo", "para o Nubank"), or -1."""
    if j >= 1 and tokens[j - 1] in _TOWARDS:
        return j - 1
    if j >= 2 and tokens[j - 1] in _ARTICLE and tokens[j - 2] in _TOWARDS:
        return j - 2
    return -1


def carried_to_rival(tokens: tuple[str, ...], rivals: frozenset[str]) -> tuple[int, int] | None:
    """(start, length) of a carrying verb, up to ``_GAP`` words, a preposition and one of
    ``rivals`` (single words), or None."""
    if _CARRY.isdisjoint(tokens):  # first: no set union for the texts that carry nothing
        return None
    rivals = rivals | _ANY_RIVAL
    if rivals.isdisjoint(tokens):
        return None
    for j, tok in enumerate(tokens):
        if tok not in rivals or (tokens[j + 1 : j + 2] and tokens[j + 1] in _ACCOUNT_AFTER):
            continue
        to = _preposition(tokens, j)
        for i in range(to - 1, max(-1, to - 2 - _GAP), -1) if to > 0 else ():
            if tokens[i] in _PAYMENT or (tokens[i].isdigit() and not _holding(tokens, i)):
                break  # a sum between: a payment
            if tokens[i] in _CARRY:
                return i, j - i + 1
    return None


# Names of a plan or tier, not of a provider ("switching my account to Premium", "moving my line
# to Business"): a change within the brand.
_TIERS: Final = frozenset(
    {"premium", "plus", "pro", "gold", "silver", "platinum", "business", "basic", "standard", "unlimited"}
    | {"max", "family", "student", "joint", "metal", "ultra", "lite", "light", "prepaid", "postpaid"}
)


def carried_to_named(tokens: tuple[str, ...], named: frozenset[str]) -> tuple[int, int] | None:
    """(start, length) of a verb of going elsewhere (``_CARRY_NAMED``), a holding carried
    (``_HELD``), up to ``_GAP`` words, a preposition and a word of ``named`` (the names the writer
    capitalised, the brand's own left out), or None: the rival recognised by the move, whatever
    its name."""
    named = named - _TIERS
    if not named or named.isdisjoint(tokens) or _CARRY_NAMED.isdisjoint(tokens):
        return None
    for j, tok in enumerate(tokens):
        if tok not in named or (tokens[j + 1 : j + 2] and tokens[j + 1] in _ACCOUNT_AFTER):
            continue
        to = _preposition(tokens, j)
        held = False
        for i in range(to - 1, max(-1, to - 2 - _GAP), -1) if to > 0 else ():
            if tokens[i] in _PAYMENT or (tokens[i].isdigit() and not _holding(tokens, i)):
                break  # a sum between: a payment
            if tokens[i] in _HELD:
                held = True
            elif tokens[i] in _CARRY:
                if held and tokens[i] in _CARRY_NAMED:
                    return i, j - i + 1
                break
    return None


CARRY_NAMED: Final = _CARRY_NAMED  # (core/signals.py: whether to read the capitalised names at all)
