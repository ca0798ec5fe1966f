"""A bad state of affairs stated flat beside praise: sarcasm that names no failure word.

"Danke 👏 der Rollstuhl ist in Wien", "thanks 👏 no wheelchair at the gate", "gracias, la maleta
sigue en Madrid": the thing the writer should have (a bag, a wheelchair, an order, a refund) is
somewhere it should not be, or is not there at all. Said beside a thank-you it is the complaint
said the other way round, in every language, though no word in it is a failure word.

Two shapes, per language, compiled into one regex each:

* **Stranded**: the thing, a verb of being or staying ("is", "ist", "sigue", "ficou", "è rimasta")
  and a place ("in Wien", "en Madrid", "à Vienne"). Weak alone ("thanks, my bag is in Vienna" can
  follow a search that found it), so it counts beside a sign of sarcasm (slow clap, eye-roll); with
  "still" ("immer noch in Wien", "sigue en", "toujours à") it is a state that should have ended,
  and counts alone.
* **Absent**: "no", "kein", "pas de", "nessuna", "sin", "sem" before the thing ("no wheelchair at
  the gate", "toujours pas de valise"): beside a sign of sarcasm.

Never when the text says the thing came ("arrived", "angekommen", "llegó", "finally"): that is the
sincere thanks ("thanks, the wheelchair arrived in Vienna"), nor when the place is a state
("in perfect condition", "in good hands", "on its way", "at home").
Read on lower-cased clean text, only for a mention that already has surface praise.
"""

from __future__ import annotations

import re
from typing import Final

# What a customer expects to have with them or at their door.
_THINGS: Final[tuple[str, ...]] = (
    "bag", "bags", "luggage", "suitcase", "suitcases", "wheelchair", "pram", "stroller", "buggy",
    "parcel", "package", "order", "delivery", "food", "meal", "refund", "scooter", "dinner", "lunch",
    "takeaway", "groceries", "shopping", "cena", "almuerzo", "dîner", "déjeuner", "courses", "abendessen",
    "mittagessen", "einkauf", "pranzo", "spesa", "jantar", "almoço", "compras",
    "maleta", "maletas", "equipaje", "silla de ruedas", "carrito", "paquete", "pedido", "comida",
    "reembolso", "valise", "valises", "bagage", "bagages", "fauteuil", "fauteuil roulant", "poussette",
    "colis", "commande", "repas", "remboursement",
    "koffer", "gepäck", "rollstuhl", "kinderwagen", "paket", "bestellung", "essen", "erstattung",
    "valigia", "valigie", "bagaglio", "bagagli", "sedia a rotelle", "carrozzina", "passeggino", "pacco",
    "ordine", "rimborso", "cibo",
    "mala", "malas", "bagagem", "cadeira de rodas", "carrinho", "encomenda", "pacote", "comida",
    "reembolso",
)  # fmt: skip
_BE: Final[tuple[str, ...]] = (
    "is", "are", "'s", "\u2019s", "stayed", "remained", "remains", "sits", "is sitting", "is stuck",
    "has stayed", "went", "flew", "is now", "está", "están", "esta", "sigue", "siguen", "se quedó",
    "quedó", "se fue", "viajó", "voló", "est", "sont", "reste", "est restée", "est resté", "est restées",
    "est partie", "est parti", "a voyagé", "ist", "sind", "bleibt", "blieb", "ist geblieben",
    "ist noch", "liegt", "steht", "flog", "ist geflogen", "è", "sono", "resta", "è rimasta", "è rimasto",
    "è andata", "è andato", "è volata", "fica", "ficou", "ficaram", "continua", "foi", "viajou", "voou",
)  # fmt: skip
# "Still": the state should have ended by now.
_STILL: Final[tuple[str, ...]] = (
    "still", "noch", "immer noch", "weiterhin", "toujours", "encore", "ancora", "todavía", "todavia",
    "aún", "aun", "ainda", "sigue", "siguen", "continua", "continúa", "bleibt", "resta", "reste",
)  # fmt: skip
_AT: Final[tuple[str, ...]] = (
    "in", "at", "on", "en", "à", "a", "au", "aux", "em", "no", "na", "nel", "nella", "am", "im", "auf",
    "bei", "nach", "to", "para", "pra",
)  # fmt: skip
_ARTICLES: Final = (
    r"(?:(?:the|la|el|le|les|der|dem|die|den|il|lo|o|a|os|as|my|our|mi|ma|mon|mes|notre|mein|meine|meinem|"
    r"meiner|unserem|unserer|mio|mia|meu|minha|nosso|nossa)\s+|l['\u2019]\s*)"
)
# A place that is a state or the writer's own ("in perfect condition", "on its way", "at home").
_NO_PLACE: Final = frozenset(
    (
        "good", "great", "perfect", "perfectly", "safe", "one", "mint", "excellent", "hand", "hands", "way",
        "its", "their", "condition", "shape", "order", "home", "me", "us", "my", "our", "time", "stock",
        "buen", "buenas", "buenos", "buena", "perfecto", "perfecta", "perfectas", "perfectos", "perfecto",
        "manos", "camino", "casa", "mí", "mi", "su", "tiempo", "hora", "estado", "stock",
        "bon", "bonne", "bonnes", "parfait", "parfaite", "parfaitement", "mains", "route", "moi", "nous",
        "maison", "temps", "l'heure", "heure", "état", "son", "sa",
        "gutem", "guten", "guter", "perfektem", "ordnung", "händen", "hause", "mir", "uns", "zeit",
        "zustand", "sicherheit", "sein", "seinem", "ihrem",
        "buono", "buone", "buona", "perfetto", "perfette", "perfetta", "ottimo", "ottime", "mano", "mani",
        "arrivo", "orario", "tempo", "stato", "salvo", "sicuro", "suo", "sua",
        "bom", "boa", "boas", "perfeito", "perfeita", "perfeitas", "mãos", "maos", "mim", "nós",
        "hora", "estado", "seu", "sua", "segurança", "dia",
        # Where it was meant to go: the writer's room, door or house ("at my door 👏" is delivered).
        "room", "door", "doorstep", "house", "flat", "apartment", "hotel", "kitchen", "habitación", "puerta",
        "cocina", "chambre", "porte", "cuisine", "zimmer", "tür", "haustür", "wohnung", "küche", "camera",
        "porta", "cucina", "quarto", "apartamento", "cozinha",
        # A place one collects from ("au point relais", "at the locker", "beim Nachbarn"): where it was sent.
        "locker", "lockers", "pickup", "collection", "reception", "neighbour", "neighbours", "neighbor", "post",
        "point", "relais", "consigne", "casier", "gardien", "voisin", "voisins", "packstation", "paketshop",
        "nachbarn", "filiale", "abholstation", "punto", "taquilla", "conserjería", "vecino", "vecinos", "portineria",
        "vicino", "vicini", "armadietto", "cacifo", "portaria", "vizinho", "vizinhos", "recepción", "réception",
        "rezeption", "receção", "recepção",
    )
)  # fmt: skip
# "Already" there: where it was meant to be, sooner than hoped ("already in my kitchen").
_ALREADY_RE: Final = re.compile(r"\b(?:already|ya|déjà|deja|schon|bereits|già|gia|já)\b")
_ARRIVED: Final = re.compile(
    r"\b(?:arrived|arrives|landed|came|turned up|showed up|made it|delivered|back|found|returned|finally"
    r"|llegó|llego|llegaron|ha llegado|apareció|entregado|entregada|devuelto|por fin|al fin|encontr\w+"
    r"|arrivée?s?|arrivé|livrée?s?|retrouvée?s?|enfin|finalement|rendue?"
    r"|angekommen|ankam|geliefert|zugestellt|gefunden|zurück|endlich"
    r"|arrivata|arrivato|arrivate|arrivati|consegnat\w|ritrovat\w|finalmente|tornat\w"
    r"|chegou|chegaram|entregue|entregues|encontrad\w|devolvid\w|enfim"
    # ... or it waits there, ready ("the wheelchair is at the gate waiting for me", "qui m'attend").
    r"|waiting for (?:me|us)|ready for (?:me|us)|esperándome|esperandome|esperándonos|m['\u2019]attend|nous attend"
    r"|wartet auf (?:mich|uns)|mi aspetta|ci aspetta|aspettandomi|à minha espera|à nossa espera|me esperando)\b"
)


def _alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in set(words)), key=len, reverse=True))


_OWN: Final = (
    r"(?:(?:my|our|the|his|her|mi|mis|la|el|las|los|nuestra|nuestro|ma|mon|mes|notre|nos|le|les|"
    r"mein|meine|meinen|der|die|das|unser|unsere|la mia|il mio|le mie|i miei|mia|mio|a minha|o meu|"
    r"as minhas|os meus|minha|meu|a|o)\s+)?"
)
STRANDED_RE: Final = re.compile(
    rf"(?<!\w){_OWN}(?:{_alternation(_THINGS)})\b[^.!?\n]{{0,30}}?(?<!\w)(?:{_alternation(_BE)})"
    rf"((?:\s+(?:{_alternation(_STILL)}))*)\s+(?:{_alternation(_AT)})\s+(?:{_ARTICLES})?([\w'\u2019-]+)"
)
# "still in Madrid" after the thing, the verb left out ("la maleta, todavía en Madrid").
_STILL_ALONE: Final = frozenset(("still", "noch", "immer noch", "toujours", "ancora", "todavía", "ainda", "aún"))
_NO: Final[tuple[str, ...]] = (
    "no", "not a", "not one", "still no", "without", "kein", "keine", "keinen", "noch kein", "noch keine",
    "ohne", "pas de", "pas d'", "pas d\u2019", "toujours pas de", "aucun", "aucune", "sans", "nessun",
    "nessuna", "nessuno", "senza", "ancora nessun", "ancora nessuna", "ningún", "ninguna", "ningun",
    "sin", "todavía sin", "no hay", "nenhum", "nenhuma", "sem", "ainda sem", "não há", "nada de",
)  # fmt: skip
_STILL_NO_RE: Final = re.compile(
    r"(?:still no|noch kein|noch keine|toujours pas|ancora nessun|todavía sin|todavia sin|aún sin|ainda sem)"
)
_FILLER: Final = r"(?:(?:sign|trace|rastro|señal|sinal|signe|traccia|spur)\s+(?:of|de|da|do|di|du|von)\s+)?"
ABSENT_RE: Final = re.compile(
    rf"(?<!\w)(?:{_alternation(_NO)})\s+{_FILLER}{_OWN}(?:{_alternation(_THINGS)})\b(?!\s+(?:needed|necesari|nécessaire|nötig|necessari|necessári))"
)


def arrived(low: str) -> bool:
    """The text says the thing came ("arrived", "angekommen", "llegó", "finally")."""
    return _ARRIVED.search(low) is not None


def stranded(low: str, signed: bool) -> bool:
    """The thing somewhere it should not be ("der Rollstuhl ist in Wien"): with "still" alone, else
    only beside a sign of sarcasm (``signed``). ``low``: lower-cased clean text."""
    for m in STRANDED_RE.finditer(low):
        if m.group(2) in _NO_PLACE or m.group(2).isdigit():
            continue
        if _ARRIVED.search(low) is not None or _ALREADY_RE.search(low) is not None:
            return False
        if signed or any(w in _STILL_ALONE or w in _STILL for w in m.group(1).split()) or _said_still(m.group(0)):
            return True
    return False


def _said_still(span: str) -> bool:
    return re.search(rf"(?<!\w)(?:{_alternation(_STILL)})(?!\w)", span) is not None


def absent(low: str, signed: bool = True) -> bool:
    """No such thing where it should be ("no wheelchair at the gate", "toujours pas de valise"): with
    "still" alone ("todavía sin silla de ruedas"), else only beside a sign of sarcasm (``signed``)."""
    for m in ABSENT_RE.finditer(low):
        if _ARRIVED.search(low) is not None:
            return False
        if signed or _STILL_NO_RE.match(m.group(0)) is not None:
            return True
    return False


# The cheap test first: a token that ends one of the things ("bag", "ruedas", "rotelle").
THING_TOKENS: Final = frozenset(t.split()[-1] for t in _THINGS)


def bad_state(low: str, signed: bool, tokset: frozenset[str]) -> bool:
    """A bad state of affairs stated flat (see the module doc): the thing stranded, or absent beside a
    sign of sarcasm (``signed``: slow clap, eye-roll or a "how handy" tag)."""
    if THING_TOKENS.isdisjoint(tokset):
        return False
    return stranded(low, signed) or absent(low, signed)


# The outage category's topic nouns ("mast", "server*"): what a network or a service is made of, named
# in praise as often as in a complaint ("thanks for the new mast, full bars now"). Not a failure alone.
_OUTAGE_TOPICS: Final = frozenset(("mast", "masts"))


def outage_failure(labels: list[tuple[str, ...]], tokset: frozenset[str]) -> bool:
    """An outage label that is more than the category's topic nouns (one label per distinct token)."""
    hits = sum(1 for lab in labels if "outage" in lab)
    if not hits:
        return False
    topics = len(tokset & _OUTAGE_TOPICS) + sum(1 for t in tokset if t.startswith("server"))
    return hits > topics
