"""A service said to be gone, or a thing owed still awaited. Gone: a thing one is served (internet,
fibre, the line, power, the app, a card) beside a word for its being out of action ("fibre coupée",
"Glasfaser seit Montag ausgefallen", "la fibra está caída", "internet giù", "a rede caiu", "fibre
has been out"), in en es fr de it pt.

The keyword file lists the outage phrases one says as a whole ("no internet", "sin señal", "kein
Netz"); a state word alone is no outage ("coupé" is also a haircut, "out" a release, "weg" a way),
so here it counts only a few words from the thing gone. A refund, a parcel or an order awaited
("j'attends mon remboursement", "warte auf meine Erstattung", "aspetto il rimborso") is one gone
too: what the customer is owed and does not have. With a span of days (spans.py) either is the
"no service for days" that the triage contract sends to care-escalations.
"""

from __future__ import annotations

from typing import Final

_SERVICES: Final = frozenset(
    {"internet", "fibre", "fiber", "broadband", "wifi", "signal", "network", "line", "landline", "power"}
    | {"electricity", "connection", "service", "app", "website", "site", "card", "account", "router", "tv"}
    | {"box", "réseau", "ligne", "connexion", "électricité", "courant", "appli", "carte", "compte", "téléphone"}
    | {"glasfaser", "netz", "dsl", "wlan", "strom", "leitung", "festnetz", "telefon", "verbindung", "karte"}
    | {"konto", "fibra", "red", "señal", "línea", "luz", "conexión", "tarjeta", "cuenta", "servicio", "rete"}
    | {"linea", "segnale", "luce", "corrente", "connessione", "carta", "conto", "servizio", "net", "rede"}
    | {"sinal", "linha", "energia", "conexão", "cartão", "conta", "serviço"}
)
# Out of action: said after the thing ("la fibre est coupée", "Internet ist seit Tagen weg").
_GONE_AFTER: Final = frozenset(
    {"out", "down", "dead", "gone", "coupé", "coupée", "coupés", "coupées", "hs", "morte", "tombé", "tombée"}
    | {"ausgefallen", "weg", "tot", "gestört", "caído", "caída", "caídos", "caídas", "cortado", "cortada"}
    | {"muerta", "muerto", "giù", "caduta", "caduto", "morta", "morto", "staccata", "staccato", "interrotta"}
    | {"caiu", "caíram", "cortaram", "fora"}
)
# ... or before a network ("caído el internet", "caiu a internet", "ausgefallen ist das Netz"); not
# before an account ("caiu na conta" is money that landed).
_GONE_BEFORE: Final = frozenset({"caído", "caída", "caiu", "ausgefallen", "coupé", "coupée", "giù"})
_NETWORKS: Final = frozenset(
    {"internet", "fibre", "fiber", "broadband", "wifi", "signal", "network", "réseau", "connexion", "netz"}
    | {"glasfaser", "wlan", "dsl", "fibra", "red", "señal", "rete", "segnale", "rede", "sinal", "net", "linha"}
)
# "out" then "of" is a place or a date ("out of the box", "out of date"); "out now" a release.
_NOT_AFTER_OUT: Final = frozenset(("of", "there", "now", "today", "soon"))
# ... or a network with a word for none a few words before it ("seit 5 Tagen kein Nimbus Fibre",
# "keine Glasfaser", "without broadband"): not where trouble with it is what is denied ("no wifi
# issues since the upgrade", "kein Problem mit dem Netz").
_NONE_BEFORE: Final = frozenset({"kein", "keine", "keinen", "ohne", "without", "sans", "senza", "sem", "sin", "zero"})
_NONE_WINDOW: Final = 3  # "kein Nimbus Fibre": a brand's product name between
_TROUBLE: Final = frozenset(
    {"issue", "issues", "problem", "problems", "problème", "problèmes", "souci", "soucis", "probleme", "problema"}
    | {"problemas", "problemi", "störung", "störungen", "fallo", "fallos", "falha", "falhas", "panne", "pannes"}
)
_AFTER_WINDOW: Final = 5  # "Glasfaser seit Montag ausgefallen", "das Internet ist seit fünf Tagen weg"
_BEFORE_WINDOW: Final = 2


def service_gone(toks: tuple[str, ...]) -> bool:
    """Whether a service is said to be out of action (see above)."""
    for i, tok in enumerate(toks):
        if tok not in _SERVICES:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + _AFTER_WINDOW)):
            if toks[j] in _GONE_AFTER and not (toks[j] == "out" and _NOT_AFTER_OUT.intersection(toks[j + 1 : j + 2])):
                return True
        if tok in _NETWORKS and not _GONE_BEFORE.isdisjoint(toks[max(0, i - _BEFORE_WINDOW) : i]):
            return True
        if (
            tok in _NETWORKS
            and not _NONE_BEFORE.isdisjoint(toks[max(0, i - _NONE_WINDOW) : i])
            and _TROUBLE.isdisjoint(toks[max(0, i - _NONE_WINDOW) : i + 4])
        ):
            return True
    return False


_WAITS: Final = frozenset(
    {"waiting", "waited", "awaiting", "attends", "jattends", "attendre", "attente", "warte", "warten", "gewartet"}
    | {"esperando", "espero", "aspetto", "aspettando", "attendo", "aguardando", "aguardo"}
)
_AWAITED: Final = frozenset(
    {"refund", "delivery", "parcel", "package", "order", "replacement", "remboursement", "colis", "commande"}
    | {"livraison", "erstattung", "rückerstattung", "paket", "lieferung", "bestellung", "reembolso"}
    | {"devolución", "paquete", "pedido", "entrega", "rimborso", "pacco", "ordine", "consegna", "estorno"}
    | {"encomenda"}
)
_WAIT_WINDOW: Final = 4  # "warte seit einer Woche auf meine Erstattung"


def service_lost(toks: tuple[str, ...]) -> bool:
    """A service gone (`service_gone`), or a refund, a parcel, an order still awaited."""
    if service_gone(toks):
        return True
    for i, tok in enumerate(toks):
        if tok in _WAITS and not _AWAITED.isdisjoint(toks[max(0, i - _WAIT_WINDOW) : i + 1 + _WAIT_WINDOW + 2]):
            return True
    return False
