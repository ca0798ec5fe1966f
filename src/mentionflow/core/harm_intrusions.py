"""Harm told as plain events, with no harm word, in en/es/fr/de/it/pt (a sibling of core/harm_risks.py,
whose `risk_statement` calls `intrusion_statement`):

* an account taken over: someone else got into the writer's account, app, e-mail or password and
  changed its details, moved money or locked the writer out ("someone got into my app and changed my
  number", "someone reset my password and changed my email", "alguien entró en mi cuenta y cambió
  el correo", "quelqu'un s'est connecté à mon compte");
* a card used while it is with the writer or far away: "payments on my card, the card is in my
  hand", "my card was used in Madrid, I'm in Leeds", "die Karte habe ich bei mir", "used in three
  countries in the last hour"; or the card itself buying in one place and the writer in another
  ("mi tarjeta comprando en Dubái 3 veces esta mañana y yo en Sevilla"): money taken now, severe;
* a foreign body found in food or nearly swallowed: "a piece of plastic in the burger", "un trozo de
  plástico en la pizza" (the lexicon's foreign objects are glass and metal; plastic is everyday
  packaging unless it was found in the food or in a mouth).

Each needs two parts the words alone do not give, so that "can someone get into my account to fix
it?", "I paid with my card, it's in my hand" and "cheap piece of plastic" stay plain complaints.
"""

from __future__ import annotations

from itertools import pairwise

from mentionflow.core.harm_lexicon import words

__all__ = ["ANCHORS", "account_taken_over", "card_away_used", "foreign_body_in_food", "intrusion_statement"]

# -- an account taken over --------------------------------------------------------------------------

_SOMEONE = frozenset(
    words("someone somebody hacker hackers alguien quelquun jemand qualcuno alguém alguem desconhecido estranho")
)
# Got in: "got into", "logged into", "accessed", "broke into", "entró en", "s'est connecté", "eingeloggt".
_GOT_IN = frozenset(
    words(
        "accessed logged broke hacked entered reset "
        "entró entro accedió accedio accedido entrado hackeó hackeo metió "
        "connecté connectée accédé introduit piraté "
        "eingeloggt angemeldet zugegriffen eingedrungen eingebrochen gehackt "
        "entrato entrata acceduto loggato introdotto hackerato "
        "entrou acessou acedeu acessado acedido invadiu hackeou"
    )
)
_GOT_INTO = frozenset([("got", "into"), ("get", "into"), ("got", "in"), ("logged", "in"), ("broken", "into")])
_OWN_ACCOUNT = frozenset(
    words(
        "account app online banking password email cuenta aplicación compte appli application konto app onlinebanking "
        "conto applicazione conta aplicativo aplicação"
    )
)
_MINE = frozenset(words("my mi mis ma mon mes mein meine meinem meinen mio mia miei minha meu"))
# What the intruder did: changed the details, moved or took money, locked the writer out.
_TOOK_OVER = frozenset(
    words(
        "changed moved transferred took emptied sent withdrew drained "
        "cambió cambio cambiaron movió transfirió transfirieron sacó sacaron vació envió "
        "changé modifié viré transféré retiré vidé envoyé "
        "geändert überwiesen abgebucht abgehoben leergeräumt verschoben "
        "cambiato modificato trasferito spostato prelevato svuotato inviato "
        "mudou alterou trocou transferiu tirou levantou esvaziou enviou"
    )
)
_LOCKED_OUT = frozenset(
    [
        ("cant", "log"),
        ("cant", "login"),
        ("cant", "access"),
        ("locked", "out"),
        ("puedo", "entrar"),
        ("puedo", "acceder"),
        ("peux", "plus"),
        ("mehr", "einloggen"),
        ("mehr", "rein"),
        ("riesco", "ad"),
        ("riesco", "più"),
        ("consigo", "entrar"),
        ("consigo", "aceder"),
        ("consigo", "acessar"),
    ]
)
_ASKED = frozenset(words("can could may puede pueda peut pourrait kann könnte può potrebbe pode poderia"))
_INTRUSION_WINDOW = 7  # German puts the verb last: "jemand hat sich in mein Konto eingeloggt"


# Or bought with it: "someone has ordered £240 of food on MY account", "alguien ha pedido con mi cuenta".
_ORDERED = frozenset(
    words(
        "ordered bought booked purchased pidió pedido compró comprado reservó commandé acheté réservé "
        "bestellt gekauft gebucht ordinato comprato prenotato encomendou comprou reservou"
    )
)
_ORDER_WINDOW = 9  # "someone has ordered £240 of food on my account"


def account_taken_over(toks: tuple[str, ...]) -> bool:
    """Someone else got into the writer's account or app and then acted in it, or bought with it."""
    pairs = frozenset(pairwise(toks))
    ordered = not _ORDERED.isdisjoint(toks)
    if _TOOK_OVER.isdisjoint(toks) and _LOCKED_OUT.isdisjoint(pairs) and not ordered:
        return False
    for i, t in enumerate(toks):
        if t not in _SOMEONE or (i and toks[i - 1] in _ASKED):  # "can someone get into my account?"
            continue
        win = toks[i + 1 : i + 1 + _INTRUSION_WINDOW]
        if ordered and not _ORDERED.isdisjoint(toks[i + 1 : i + 3]):
            win = toks[i + 1 : i + 1 + _ORDER_WINDOW]  # the purchase is the act: no "got in" needed
        elif not _got_in(win) or (_TOOK_OVER.isdisjoint(toks) and _LOCKED_OUT.isdisjoint(pairs)):
            continue
        if any(w in _OWN_ACCOUNT and not _MINE.isdisjoint(win[max(0, j - 3) : j]) for j, w in enumerate(win)):
            return True
    return False


def _got_in(win: tuple[str, ...]) -> bool:
    return not _GOT_IN.isdisjoint(win) or not _GOT_INTO.isdisjoint(pairwise(win))


# -- a card used while it is with the writer ----------------------------------------------------------

_CARD = frozenset(
    words("card debit credit tarjeta carte karte kreditkarte bankkarte girokarte ec carta bancomat cartão cartao")
)
# Used or paid with: the card as subject ("my card was used"), or payments on it, or money taken
# with it ("£200 taken by a shop in Poland, card still in my wallet"); not "withdrawn" (one's own cash).
_USED_ON = frozenset(
    words(
        "used charged payments transactions purchases taken debited "
        "usada usado utilizada cargos pagos compras cobrado cobrados "
        "utilisée utilisé débitée paiements achats prélevé prélevés débité "
        "benutzt verwendet eingesetzt belastet zahlungen abbuchungen abgebucht "
        "usata utilizzata addebitata pagamenti addebiti acquisti prelevato prelevati addebitato "
        "usado utilizado pagamentos compras cobranças debitado debitados"
    )
)
# The card as the one buying, far from its owner: "mi tarjeta comprando en Dubái 3 veces y yo en Sevilla",
# "my card buying stuff in Dubai and me in Leeds". Only with the writer placed elsewhere (`_ME_AT`).
_BUYING = frozenset(
    words("buying spending comprando gastando achetant dépensant kauft einkaufen acquistando spendendo")
)
# The writer placed without a verb, after "and": "y yo en Sevilla", "and me in Leeds", "et moi à Lyon".
_ME_AT = frozenset(
    [
        *(("me", "in"), ("me", "at"), ("yo", "en"), ("moi", "à"), ("moi", "en"), ("ich", "in"), ("ich", "im")),
        *(("io", "a"), ("io", "in"), ("eu", "em"), ("eu", "no"), ("eu", "na")),
    ]
)
_AND = frozenset(words("and y e et und"))
# The card is with the writer: "in my hand", "in my wallet", "with me", "conmigo", "bei mir".
_WITH_ME = frozenset(
    [
        ("my", "hand"),
        ("my", "hands"),
        ("my", "wallet"),
        ("my", "purse"),
        ("my", "pocket"),
        ("with", "me"),
        ("mi", "mano"),
        ("mi", "cartera"),
        ("mi", "bolsillo"),
        ("tengo", "yo"),
        ("ma", "main"),
        ("mon", "portefeuille"),
        ("ma", "poche"),
        ("sur", "moi"),
        ("bei", "mir"),
        ("der", "hand"),
        ("meiner", "hand"),
        ("im", "portemonnaie"),
        ("im", "geldbeutel"),
        ("in", "mano"),
        ("mio", "portafoglio"),
        ("nel", "portafoglio"),
        ("con", "me"),
        ("na", "mão"),
        ("minha", "mão"),
        ("na", "carteira"),
        ("minha", "carteira"),
    ]
)
_WITH_ME_WORDS = frozenset(words("conmigo comigo"))
# The writer is somewhere else: "I'm in Leeds", "estoy en casa", "je suis à Lyon", "ich bin in Köln".
_I_AM_AT = frozenset(
    [
        *(("im", "in"), ("im", "at"), ("am", "in"), ("am", "at"), ("estoy", "en"), ("suis", "à"), ("bin", "in")),
        *(("bin", "zu"), ("sono", "a"), ("sono", "in"), ("estou", "em"), ("estou", "no"), ("estou", "na")),
    ]
)
_ARTICLE = frozenset(
    words(
        "the a an my your this that el la los las un una mi tu le les l une mon ma der die das dem den ein eine "
        "einer meinem meiner il lo gli i uno mio mia o os as um uma meu minha"
    )
)
# Not a payment of the writer's own that failed: "I paid with my card, it's in my hand, declined".
_OWN_OR_FAILED = frozenset(
    words(
        "declined rejected failed refused pagué rechazada rechazado denegada payé refusée refusé "
        "bezahlt abgelehnt pagato rifiutata rifiutato paguei recusado recusada"
    )
)


def card_away_used(toks: tuple[str, ...]) -> bool:
    """A card used or charged while the writer holds it or is somewhere else."""
    if _CARD.isdisjoint(toks) or (_USED_ON.isdisjoint(toks) and _BUYING.isdisjoint(toks)):
        return False
    pairs = frozenset(pairwise(toks))
    if _USED_ON.isdisjoint(toks):
        return _card_buying_elsewhere(toks)
    if ("i", "paid") in pairs or ("i", "used") in pairs or not _OWN_OR_FAILED.isdisjoint(toks):
        return False
    away = not _WITH_ME.isdisjoint(pairs) or not _WITH_ME_WORDS.isdisjoint(toks)
    if not away and not _I_AM_AT.isdisjoint(pairs):
        # "my card was used in Madrid, I'm in Leeds": the place of use comes before the writer's own.
        # A place, not "I'm in the app", "estoy en la cola", "je suis dans l'appli": no article after it.
        first_use = min(i for i, t in enumerate(toks) if t in _USED_ON)
        rest = toks[first_use + 2 :]
        away = any(
            (a, b) in _I_AM_AT and (j + 2 < len(rest) and rest[j + 2] not in _ARTICLE)
            for j, (a, b) in enumerate(pairwise(rest))
        )
    return away or _far_apart_places(toks)


def _card_buying_elsewhere(toks: tuple[str, ...]) -> bool:
    """The card itself buying ("mi tarjeta comprando en Dubái") and, after "and", the writer elsewhere
    ("y yo en Sevilla"): two places, not one ("my card buying in Madrid and me in Madrid" is no fraud)."""
    for i, t in enumerate(toks):
        if t in _CARD and _BUYING.intersection(toks[i + 1 : i + 3]):
            rest = toks[i + 2 :]
            used_at = next((rest[j + 1] for j in range(len(rest) - 1) if rest[j] in _PLACE_PREP), None)
            for j in range(len(rest) - 3):
                if rest[j] in _AND and (rest[j + 1], rest[j + 2]) in _ME_AT and rest[j + 3] not in _ARTICLE:
                    return used_at is not None and rest[j + 3] != used_at
    return False


_PLACE_PREP = frozenset(words("in en à a im em no na"))


# English: "my card has been used in three countries in the last hour", "used in several cities".
_MANY = frozenset(words("two three four five six several multiple different various"))
_PLACES = frozenset(words("countries cities states places towns"))


def _far_apart_places(toks: tuple[str, ...]) -> bool:
    return any((a in _MANY or a.isdigit()) and b in _PLACES for a, b in pairwise(toks))


# -- a foreign body in food ------------------------------------------------------------------------------

# A piece of plastic: "piece of plastic", "trozo de plástico", "morceau de plastique", "Stück Plastik".
_PLASTIC = frozenset(words("plastic plástico plastico plastique plastik plastica"))
_PIECE = frozenset(
    words(
        "piece bit chunk shard lump trozo pedazo trocito morceau bout stück stückchen teil pezzo pezzetto "
        "frammento pedaço bocado"
    )
)
# Found in the food, or in a mouth: "found ... in", "bit into", "swallowed", "choked".
_IN_FOOD = frozenset(
    words(
        "found swallow swallowed swallowing choke choked choking bit biting "
        "encontré encontramos encontrado tragar tragó tragado atragantó atragantado mordí "
        "trouvé trouvée trouvés avaler avalé avalée étouffé croqué "
        "gefunden geschluckt verschluckt verschlucken erstickt gebissen "
        "trovato trovata ingoiare ingoiato ingoiarlo ingoiata ingoiarla soffocato morso "
        "encontrei encontrámos encontramos engolir engoliu engasgou engasgado mordi"
    )
)


def foreign_body_in_food(toks: tuple[str, ...]) -> bool:
    """A piece of plastic found in the food or nearly swallowed."""
    if _IN_FOOD.isdisjoint(toks):
        return False
    return any(t in _PLASTIC and not _PIECE.isdisjoint(toks[max(0, i - 3) : i]) for i, t in enumerate(toks))


ANCHORS = _SOMEONE | _CARD | _PLASTIC


def intrusion_statement(toks: tuple[str, ...]) -> tuple[str, bool] | None:
    """(harm kind, certainly severe) of an intrusion or a foreign body told plainly, or None."""
    if not _SOMEONE.isdisjoint(toks) and account_taken_over(toks):
        return "fraud", True  # the account is someone else's now: money and codes are at risk
    if not _CARD.isdisjoint(toks) and card_away_used(toks):
        # The card buying now far from its owner ("comprando en Dubái 3 veces ... y yo en Sevilla"):
        # money being taken now, severe (tests/data/harm/README.md); a past use is the model's to weigh.
        return "fraud", _USED_ON.isdisjoint(toks)
    if not _PLASTIC.isdisjoint(toks) and foreign_body_in_food(toks):
        return "health", False
    return None
