"""Text fingerprints for near-duplicate and incident detection.

Short texts (posts, replies: the bulk of traffic) are fingerprinted by their content words,
capped at ``MAX_WORDS``; similarity is the overlap coefficient of their word sets, computed
only when an author posts again inside the window (the rare path), so the hot path costs one
list comprehension. Long texts (reviews, forum threads, e-mails)
would make that state unbounded: they are fingerprinted with datasketch's MinHash, a fixed
64 x 32-bit signature (~60 us to build, constant state per entry). Measured in
docs/benchmarks.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any, Final

import xxhash
from datasketch import MinHash

MAX_WORDS: Final = 48
MIN_OVERLAP_WORDS: Final = 3  # shorter texts are compared by Jaccard, not overlap
MINHASH_PERM: Final = 64
_MINHASH_SEED: Final = 17
_SKETCH: Final = "#minhash"  # first element of a MinHash fingerprint

# Words that carry no evidence of "the same problem"; placeholders come from core.text.
STOPWORDS: Final = frozenset(
    """a an the and or but if of to in on at for from by with about as is are was were be been am
    i me my we our you your it its this that these those so just not no do does did have has
    had can could will would should there here what when why how who rt via please pls hi hey
    url user hashtag emoji number""".split()  # noqa: SIM905
    # es/fr/de/it/pt function words (none an English word): a Spanish report's "la", "de", "el"
    # must not dilute its share of an incident's words, nor make two reports look alike.
    + """el la los las del de que en un una por para con es está y lo al se su sus mi mis
    ya muy pero como más hay desde hace esta este esto eso le les des du et est une pas ne qui
    dans sur avec mais ou très tout plus mon ma mes vous nous ce cette ça cest jai nest depuis
    der das und ist nicht ich ein eine einen mit auf für von zu den dem im sind hat haben kein
    keine noch schon auch aber wie wir ihr sie mein meine seit ist il di che non è per sono ho
    ha hanno anche più della delle dei nel nella alla gli da ci sempre ancora não nao é um
    com do da dos das na ao pra tá meu minha mas já só ainda sem há sin sans senza ohne""".split()  # noqa: SIM905
)

# Words of one meaning across en/es/fr/de/it/pt, by their 5-letter stem (the incident
# vocabulary's unit, `dedup._stem`): a Spanish "sin señal, la red está caída" and an English
# "no signal, network down" share "=signal", "=network" and "=outage". Each group lists the
# words of one concept; words that are also ordinary words of another language are left out
# ("mala": bad, "pane": bread, "campo": field).
# "It works": asked, a how-to ("¿cómo funciona Plus?"); said, "no funciona" (its negation a stopword).
WORKS_WORDS: Final = "funciona funcionan funcionando funziona funzionano funktioniert fonctionne fonctionnent"
_CONCEPT_WORDS: Final = {
    # Signal, network, line, internet, fibre: to a customer one thing, "no connection" ("sin
    # señal", "senza linea", "kein Internet", "pas de réseau", "sem rede", "fibra muerta").
    "network": "network red réseau reseau netz netzwerk rete rede netzausfall signal señal senal sinal "
    "segnale empfang cobertura coverage couverture copertura reception internet wifi wlan línea linea "
    "linha ligne fibra fibre fiber glasfaser conexión conexion conexão conexao verbindung "
    # ... and mobile data, which customers name beside it ("sin datos", "sem dados", "niente dati").
    "datos dados dati données",
    # Down, not working, dead: "caída", "panne", "Störung", "giù", "fora do ar", "no funciona",
    # "non funziona", "funktioniert nicht", "App tot", "appli morte". The negation is a
    # stopword, so the verb stands for it (a "ya funciona" is praise or resolved, no report).
    "outage": "outage down caída caida caído caido avería averia panne störung stoerung ausfall "
    "ausgefallen guasto disservizio caiu offline giù dead morta morte muerta tot fail failed failing fails "
    "falla fallo fallando falha falhou falhar falhando échec échoué fehlgeschlagen " + WORKS_WORDS,
    "call": "call calls calling llamar llamadas appeler appels anrufen chiamare chiamate ligar chamada chamadas",
    "app": "app apps aplicación aplicacion appli application aplicativo applicazione",
    "login": "login sesión sesion connexion connecter anmelden anmeldung einloggen accesso accedere acesso",
    "payment": "payment payments pago pagos pagar paiement payer zahlung bezahlen pagamento pagamenti pagare",
    "card": "card tarjeta carte karte cartão cartao carta",
    # A payment or a login turned down: "tarjeta denegada", "carte refusée", "Karte abgelehnt".
    "declined": "declined rejected denegada denegado denegados rechazada rechazado rechazados rechazadas "
    "refusée refusé refusés refusées abgelehnt rifiutata rifiutato rifiutati recusado recusada recusou",
    # "Can't", whose negation is a stopword: "no puedo pagar", "sin poder pagar", "non riesco a
    # pagare", "não consigo pagar", "impossible de payer", "kann nicht bezahlen".
    "unable": "unable can't cant cannot imposible impossible impossibile impossível impossivel puedo poder "
    "puede riesco riesce consigo consegue peux peut kann können",
    "phone": "phone mobile móvil movil portable handy telefono telefone celular cellulare téléphone telefon",
    "delay": "delay delayed retraso retrasado retard retardé verspätung verspätet ritardo atraso atrasado",
    "cancelled": "cancelled canceled cancelado annulé annule gestrichen annulliert cancellato cancelou",
    # A strike grounds flights for everyone at once: "grève", "huelga", "Streik", "sciopero".
    "strike": "strike strikes huelga grève greve streik sciopero",
    "flight": "flight flights vuelo vuelos vol vols flug flüge volo voli voo voos",
    "luggage": "luggage suitcase maleta equipaje valise bagage bagages koffer gepäck valigia bagaglio bagagem",
    "refund": "refund reembolso remboursement erstattung rückerstattung rimborso",
    # Pay day gone wrong at a bank: "salary isn't in", "wages missing", "no me ha llegado la nómina".
    "salary": "salary salaries wages payday paycheck sueldo nómina nomina salaire gehalt lohn stipendio "
    "salário salario",
    "error": "error errors erreur fehler errore erro",
    # ... "in tilt": Italian for a machine or app that has stopped working ("app in tilt").
    "crash": "crash crashes crashing crashed abstürzt abgestürzt crasha plante planté tilt",
}
INCIDENT_CONCEPTS: Final = {
    word[:5]: "=" + concept for concept, words in _CONCEPT_WORDS.items() for word in words.split()
}
# Concepts that report a service failing, in any language: a mention naming one is a report of a
# service incident whatever category or intent its words drew ("pagos rechazados" read as
# billing, "errore 500 al pagamento" as other).
FAILURE_CONCEPTS: Final = frozenset({"=outage", "=error", "=crash"})
# ... and being unable to pay, log in, call or use a card ("can't pay", "no puedo entrar", "non
# riesco a chiamare"), or a payment, card or login declined ("tarjeta denegada", "Zahlung
# abgelehnt"; a refund or a loan application turned down is a decision, not a failure).
BLOCKED_CONCEPTS: Final = frozenset({"=unable", "=declined"})
SERVICE_ACTION_CONCEPTS: Final = frozenset({"=payment", "=login", "=call", "=card"})

_PERMUTATIONS = MinHash(num_perm=MINHASH_PERM, seed=_MINHASH_SEED)


def content_tokens(tokens: Iterable[str]) -> list[str]:
    """Lower-case tokens minus stopwords and 1-character noise."""
    return [t for t in tokens if len(t) > 1 and t not in STOPWORDS]


def _shingles(words: Sequence[str]) -> set[str]:
    """Word unigrams and bigrams."""
    shingles = set(words)
    shingles.update(f"{a} {b}" for a, b in pairwise(words))
    return shingles


def fingerprint(tokens: Sequence[str]) -> list[Any]:
    """A bounded fingerprint: the content words, or a MinHash signature for long texts."""
    return fingerprint_of_words(content_tokens(tokens))


def fingerprint_of_words(words: list[str]) -> list[Any]:
    """``fingerprint`` of content words already filtered by ``content_tokens``."""
    if len(words) <= MAX_WORDS:
        return words
    sketch = MinHash(
        num_perm=MINHASH_PERM,
        seed=_MINHASH_SEED,
        permutations=_PERMUTATIONS.permutations,
        scheme=_PERMUTATIONS.scheme,
    )
    sketch.update_batch([s.encode("utf-8") for s in _shingles(words)])
    return [_SKETCH, *(int(v) for v in sketch.hashvalues)]


def _word_overlap(a: set[Any], b: set[Any]) -> float:
    """Overlap coefficient |A & B| / min(|A|, |B|) of two content-word sets.

    A rewording that adds or drops words ("my bag didn't arrive" -> "correction: my bag
    didn't arrive, ref ...") keeps most of the shorter text's words, where the Jaccard of
    word shingles falls to 0.4-0.6. Below ``MIN_OVERLAP_WORDS`` words the coefficient says
    too little (one shared word out of two), so tiny texts need the Jaccard instead."""
    small = min(len(a), len(b))
    if not small:
        return 0.0
    shared = len(a & b)
    if small < MIN_OVERLAP_WORDS:
        return shared / (len(a) + len(b) - shared)
    return shared / small


def similarity(a: Sequence[Any], b: Sequence[Any]) -> float:
    """How near-duplicate two fingerprints are, in [0, 1]: the word overlap coefficient of
    short texts, the estimated shingle Jaccard of two MinHash signatures."""
    if not a or not b:
        return 0.0
    a_sketch, b_sketch = a[0] == _SKETCH, b[0] == _SKETCH
    if a_sketch and b_sketch:
        same = sum(1 for x, y in zip(a[1:], b[1:], strict=False) if x == y)
        return same / MINHASH_PERM
    if a_sketch or b_sketch:
        return 0.0  # a long text and a short one are not near-duplicates of each other
    return _word_overlap(set(a), set(b))


def most_similar(a: Sequence[Any], candidates: Sequence[Sequence[Any]]) -> tuple[int, float]:
    """The first of ``candidates`` most similar to ``a`` and its similarity; (-1, 0.0) when
    none shares anything with it. The same answer as calling ``similarity`` on each, with
    ``a``'s word set built once instead of once per candidate."""
    best, best_sim = -1, 0.0
    a_words: set[Any] | None = None
    for index, b in enumerate(candidates):
        if not a or not b:
            continue
        if a[0] == _SKETCH or b[0] == _SKETCH:
            sim = similarity(a, b)
        else:
            if a_words is None:
                a_words = set(a)
            sim = _word_overlap(a_words, set(b))
        if sim > best_sim:
            best, best_sim = index, sim
    return best, best_sim


def word_set(tokens: Sequence[str]) -> set[str]:
    """Distinct content words, for incident vocabularies."""
    return set(content_tokens(tokens))


def containment(words: set[str], vocabulary: dict[str, int]) -> float:
    """Share of a report's words found in an incident's vocabulary."""
    if not words:
        return 0.0
    return len(words & vocabulary.keys()) / len(words)


def stable_hash(text: str) -> str:
    """A short hash that is the same in every process (Python's hash() is salted)."""
    return xxhash.xxh3_64_hexdigest(text.encode("utf-8"))
