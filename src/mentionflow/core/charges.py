"""A payment taken twice ("charged twice", "cobrado dos veces", "zweimal abgebucht", "you've
taken my payment TWICE"), in en es fr de it pt: a charge word within a few words of a word for
twice."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

_TWICE_WORDS = frozenset(("twice", "2x", "zweimal", "doppelt", "2mal", "x2", "dreimal", "3x", "3mal", "x3"))
# Twice, or three times ("cobraram-me a mesma compra 3 vezes"): a count of the same charge.
_TWICE_PAIRS = frozenset(
    (a, b)
    for nums, times in (
        (("two", "three", "2", "3"), ("times",)),
        (("dos", "tres", "2", "3"), ("veces",)),
        (("deux", "trois", "2", "3"), ("fois",)),
        (("due", "tre", "2", "3"), ("volte",)),
        (("duas", "três", "tres", "2", "3"), ("vezes",)),
        (("2", "3"), ("mal",)),
    )
    for a in nums
    for b in times
)
_CHARGE_WORDS = frozenset(
    [
        "charged",
        "charges",
        "cobra",
        "cobram",
        "cobrou",
        "cobran",
        "cobró",
        "billed",
        "debited",
        "deducted",
        "abgebucht",
        "belastet",
        "berechnet",
        "abgezogen",
        "cobrado",
        "cobrada",
        "cobraron",
        "cobrasteis",
        "cobrados",
        "cargado",
        "cargaron",
        "débité",
        "débitée",
        "débités",
        "prélevé",
        "prélevée",
        "prélevés",
        "facturé",
        "facturée",
        "addebitato",
        "addebitata",
        "addebitati",
        "addebitate",
        "prelevato",
        "cobraram",
        "debitado",
        "debitada",
        "descontado",
        "descontaram",
        # infinitives and other persons: "por me cobrarem o jantar duas vezes"
        "charge",
        "charging",
        "cobrar",
        "cobrarem",
        "cobrando",
        "cobraste",
        "cobrarme",
        "facturer",
        "prélever",
        "débiter",
        "abbuchen",
        "addebitare",
        "addebitano",
        "addebitando",
        # money taken out ("me sacaron el alquiler dos veces", "tiraram a renda duas vezes")
        "sacaron",
        "sacasteis",
        "sacado",
        "tiraram",
        # present tense, said of the brand ("me cobran 30€ de roaming", "vous me prélevez")
        "cobráis",
        "cobrais",
        "cobras",
        "prélevez",
        "prélèvent",
        "prélève",
        "facturez",
        "facturent",
        "bucht",
        "addebitate",
        "addebitano",
        "debitaram",
        "debitou",
        "cobrou",
    ]
)
# "took my rent out twice", "taken the direct debit out twice": taking out is charging.
_TAKE = frozenset(("took", "taken", "takes", "taking", "take"))
# The payment itself, taken twice ("you've taken my laptop payment TWICE"): with a word for
# twice, not a multiplier ("2x points on every payment" is an offer).
_CHARGE_NOUNS = frozenset(
    [
        "payment",
        "payments",
        "transaction",
        "pago",
        "cobro",
        "cargo",
        "paiement",
        "prélèvement",
        "zahlung",
        "abbuchung",
        "addebito",
        "pagamento",
        "cobrança",
    ]
)
_CHARGE_WINDOW = 5


_MULTIPLIERS = frozenset(("2x", "x2", "3x", "x3"))
# A payment that failed twice ("payment failed twice at the till") took no money: no double charge.
_FAILED = frozenset(
    {"failed", "fails", "declined", "rejected", "refused", "bounced", "fallido", "fallidos", "rechazado"}
    | {"rechazada", "rechazados", "denegado", "denegada", "refusé", "refusée", "refusés", "abgelehnt"}
    | {"fehlgeschlagen", "rifiutato", "rifiutata", "respinto", "recusado", "recusada", "falhou", "negado"}
)


# Paying twice ("made me pay the fee twice", "pagare la commissione due volte"): a pay verb beside
# twice is a double charge, unless the count is an instalment plan ("pagar en dos veces", "payer en
# 3 fois", "pagare in tre volte", "pagar em duas vezes"): a preposition stands before the number.
_PAY_WORDS = frozenset(
    [
        "pay",
        "paid",
        "paying",
        "pagar",
        "pagué",
        "pagado",
        "pagamos",
        "payer",
        "payé",
        "payée",
        "payés",
        "zahlen",
        "bezahlen",
        "bezahlt",
        "gezahlt",
        "pagare",
        "pagato",
        "pagata",
        "pagou",
        "paguei",
    ]
)
_PLAN_PREPS = frozenset(("en", "in", "em"))
# "paid twice as much", "pagué dos veces más", "deux fois plus cher": a price compared, no charge.
_COMPARED = frozenset(("as", "the", "more", "más", "mas", "plus", "so", "più", "mais", "mehr", "over"))


def instalment_plan(tokens: tuple[str, ...]) -> bool:
    """A pay verb with "en/in/em" + a count of times: paying in instalments, not twice."""
    if _PAY_WORDS.isdisjoint(tokens):
        return False
    return any(
        tokens[i] in _PLAN_PREPS and (tokens[i + 1], tokens[i + 2]) in _TWICE_PAIRS for i in range(len(tokens) - 2)
    )


# A bill that left the account twice ("rent went out twice", "el alquiler salió dos veces", "le loyer
# est sorti deux fois", "die Miete ist zweimal abgegangen", "l'affitto è uscito due volte", "a renda saiu
# duas vezes"): the money went, though no charge verb says so. Only with a bill or payment named.
_WENT_OUT_PAIRS = frozenset((a, "out") for a in ("went", "gone", "came", "come", "goes", "going"))
_WENT_OUT_WORDS = frozenset(
    (
        "left",  # "the payment has left my account twice"
        "salió",
        "salieron",
        "salido",
        "sorti",
        "sortie",
        "sortis",
        "abgegangen",
        "rausgegangen",
        "uscito",
        "uscita",
        "usciti",
        "saiu",
        "saíram",
        "saído",
    )
)
_BILLS = _CHARGE_NOUNS | frozenset(
    (
        "rent",
        "mortgage",
        "debit",
        "alquiler",
        "hipoteca",
        "recibo",
        "loyer",
        "crédit",
        "miete",
        "rate",
        "lastschrift",
        "affitto",
        "laffitto",
        "mutuo",
        "rata",
        "aluguel",
        "aluguer",
        "renda",
        "prestação",
    )
)


_BILL_BEFORE = 3


def _went_out_twice(tokens: tuple[str, ...], twice: list[int]) -> bool:
    if _BILLS.isdisjoint(tokens):
        return False
    outs = [i for i, t in enumerate(tokens) if t in _WENT_OUT_WORDS]
    outs += [i for i, pair in enumerate(pairwise(tokens)) if pair in _WENT_OUT_PAIRS]
    # The bill is what went out: named just before the verb ("rent went out", "a renda saiu").
    outs = [j for j in outs if not _BILLS.isdisjoint(tokens[max(0, j - _BILL_BEFORE) : j])]
    return any(abs(i - j) <= _CHARGE_WINDOW for i in twice for j in outs)


_PERSONS = frozenset(("me", "us", "him", "her", "them", "you"))
# What a bank or a biller takes: "taken my bill twice", "took the money twice".
_TAKEN_MONEY = frozenset(("bill", "money", "payment", "debit", "rent", "subscription", "fee", "premium"))


def _taken_out(tokens: tuple[str, ...], i: int) -> bool:
    """Money taken out: "took my rent out", "was taken out twice"; not "took me out (to dinner)",
    nor "took out a loan"."""
    after = tokens[i + 1 : i + 5]
    if "out" not in after:
        return False
    k = after.index("out")
    if k == 0:  # "taken out twice": only with the count right after
        return tokens[i + 2 : i + 3] in (("twice",), ("2x",))
    return tokens[i + 1] not in _PERSONS


def charged_twice(tokens: tuple[str, ...]) -> bool:
    """A charge word within a few words of "twice" (or its equivalent) in any supported language;
    a payment noun only beside a word for twice, not a multiplier."""
    taken_out = [i for i, t in enumerate(tokens) if t in _TAKE and _taken_out(tokens, i)]
    verbs = bool(taken_out) or not (_CHARGE_WORDS.isdisjoint(tokens) and _PAY_WORDS.isdisjoint(tokens))
    # "you've taken my bill twice", "took the money twice", "direct debit taken twice"
    money_taken = not _TAKEN_MONEY.isdisjoint(tokens) and not _TAKE.isdisjoint(tokens)
    if not (verbs or money_taken) and _BILLS.isdisjoint(tokens):  # _BILLS holds the payment nouns
        return False
    twice = [i for i, t in enumerate(tokens) if t in _TWICE_WORDS]
    twice += [i for i, pair in enumerate(pairwise(tokens)) if pair in _TWICE_PAIRS]
    if not twice:
        return False
    if money_taken and any(
        abs(i - j) <= _CHARGE_WINDOW and not _TAKEN_MONEY.isdisjoint(tokens[max(0, j - 3) : j + 4])
        for i in twice
        for j, t in enumerate(tokens)
        if t in _TAKE
    ):
        return True
    charges = [i for i, t in enumerate(tokens) if t in _CHARGE_WORDS] + taken_out
    if any(abs(i - j) <= _CHARGE_WINDOW for i in twice for j in charges):
        return True
    if _went_out_twice(tokens, twice):
        return True
    # A pay verb, nearer (4 words): "zweimal umgestiegen und habe alles bezahlt" is no double charge.
    ends = [i + (tokens[i] not in _TWICE_WORDS) + 1 for i in twice]
    if not instalment_plan(tokens) and _COMPARED.isdisjoint(tokens[e] for e in ends if e < len(tokens)):
        pays = [i for i, t in enumerate(tokens) if t in _PAY_WORDS]
        if any(abs(i - j) <= _CHARGE_WINDOW - 1 for i in twice for j in pays):
            return True
    if not _FAILED.isdisjoint(tokens):
        return False
    worded = [i for i in twice if tokens[i] not in _MULTIPLIERS]
    nouns = [i for i, t in enumerate(tokens) if t in _CHARGE_NOUNS]
    return any(abs(i - j) <= _CHARGE_WINDOW for i in worded for j in nouns)


# "twice as much", "dos veces más", "deux fois plus cher", "zweimal so viel", "due volte di più",
# "duas vezes mais": the count multiplies a price (a price complaint), it counts no charges.
_MORE_AFTER_OF = frozenset(("più", "más", "mas", "mais", "plus"))
_OF = frozenset(("di", "de", "do", "da"))


def _compared_spans(tokens: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each word for twice that a comparative follows ("twice as much")."""
    spans = []
    for i, tok in enumerate(tokens):
        if tok in _TWICE_WORDS and tok not in _MULTIPLIERS:
            end = i + 1
        elif (tok, tokens[i + 1] if i + 1 < len(tokens) else "") in _TWICE_PAIRS:
            end = i + 2
        else:
            continue
        nxt = tokens[end : end + 2]
        if (nxt and nxt[0] in _COMPARED) or (len(nxt) == 2 and nxt[0] in _OF and nxt[1] in _MORE_AFTER_OF):
            spans.append((i, end))
    return spans


def price_compared(tokens: tuple[str, ...]) -> bool:
    """A word for twice that multiplies a price ("paid twice as much"), not one that counts charges."""
    return bool(_compared_spans(tokens))


def only_a_price_compared(tokens: tuple[str, ...], severity_of: Callable[[str], str | None]) -> bool:
    """A major complaint whose only major thing is a price compared: ``severity_of`` (the
    analysis) reads the text without the words for twice ("I paid as much as my neighbour") as
    no major problem. Used by `core.pipeline`."""
    spans = _compared_spans(tokens)
    if not spans:
        return False
    cut = {j for start, end in spans for j in range(start, end)}
    return severity_of(" ".join(t for j, t in enumerate(tokens) if j not in cut)) != "major"


# Charged more than owed: "me cobraron 30 euros de más", "prélevé 30€ de trop", "20 euro in più
# addebitati", "zu viel abgebucht", "cobraram 30 reais a mais", "charged me too much". A charge
# word within a few words of a word for too much; "fate/fanno pagare" is Italian's "charge".
_EXCESS_PAIRS = frozenset(
    (
        ("de", "más"),
        ("de", "mas"),
        ("de", "trop"),
        ("en", "trop"),
        ("zu", "viel"),
        ("in", "più"),
        ("di", "più"),
        ("a", "mais"),
        ("de", "mais"),
        ("too", "much"),
    )
)
_MAKE_PAY = frozenset(
    (a, b) for a in ("fate", "fanno", "fatto", "fatta", "fa", "fai", "fare") for b in ("pagare", "pagato")
)
_CHARGE_NEGATORS = frozenset(
    ("no", "not", "never", "nunca", "pas", "jamais", "nicht", "nie", "non", "mai", "não", "nao")
)
_EXCESS_WINDOW = 6


def charged_extra(tokens: tuple[str, ...]) -> bool:
    """A charge word (not negated: "no me cobran nada de más", "ne prélèvent jamais") within a few words of a word for
    too much: a charge the customer disputes, a billing complaint however calmly said."""
    excess = [i for i, pair in enumerate(pairwise(tokens)) if pair in _EXCESS_PAIRS]
    excess += [i for i, t in enumerate(tokens) if t == "zuviel"]
    if not excess:
        return False
    charges = [i for i, t in enumerate(tokens) if t in _CHARGE_WORDS]
    charges += [i for i, pair in enumerate(pairwise(tokens)) if pair in _MAKE_PAY]
    charges = [i for i in charges if _CHARGE_NEGATORS.isdisjoint(tokens[max(0, i - 3) : i + 2])]
    return any(abs(i - j) <= _EXCESS_WINDOW for i in excess for j in charges)
