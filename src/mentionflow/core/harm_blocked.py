"""Emergency help or medical care that a failure kept away, in en/es/fr/de/it/pt.

"the app crashed and I couldn't call an ambulance", "je n'ai pas pu appeler les secours", "konnte
keinen Krankenwagen rufen": the emergency service named instead of its number (core/harm_severity.py
reads "couldn't call 999"). A life was at risk whatever failed, so the app crash or the lost signal
that carries the sentence never makes it an inconvenience.

"the taxi never came and I couldn't get my son to the hospital", "no pude llevar a mi hija a
urgencias": care that could not be reached, a health risk. Going to the hospital to work, to visit
or to park is no care kept from anyone ("couldn't get to the hospital for my shift").

Each part alone is everyday (a cancelled taxi, an ambulance in an advert, a trip to hospital); the
"cannot" before the call or the journey is what makes it harm.
"""

from __future__ import annotations

from mentionflow.core.elisions import with_elisions
from mentionflow.core.harm_lexicon import words

# The emergency services, called by name ("an ambulance", "les secours", "den Notarzt", "l'ambulanza").
SERVICES = with_elisions(
    frozenset(
        words(
            "ambulance ambulances paramedics paramedic "
            "ambulancia ambulancias emergencias bomberos "
            "secours samu pompiers "
            "krankenwagen rettungswagen notarzt notruf rettungsdienst feuerwehr "
            "ambulanza ambulanze soccorsi pompieri "
            "ambulância ambulancia inem bombeiros emergência emergencia"
        )
    )
)
# A call, said before the service ("call an ambulance", "ligar para o INEM") ...
_CALL_BEFORE = frozenset(
    words(
        "call ring phone dial get reach contact "
        "llamar pedir avisar contactar "
        "appeler joindre contacter prévenir prevenir "
        "chiamare contattare avvisare "
        "ligar chamar contactar contatar"
    )
)
# ... or after it in German ("keinen Krankenwagen rufen", "den Notruf nicht erreichen").
_CALL_AFTER = frozenset(words("rufen anrufen erreichen holen alarmieren wählen"))
# The negation itself: "could", "pude", "konnte", "riuscito", "consegui" alone are a call that was made.
_CANNOT = frozenset(
    words(
        "cant couldnt cannot unable not no never "
        "pas impossible jamais "
        "nicht kein keinen keine nie "
        "non impossibile mai "
        "não nao nunca"
    )
)
# "I didn't need to call an ambulance, thankfully": no call was wanted.
_NO_NEED = frozenset(
    words(
        "need needed necessary necesario necesité falta besoin fallu brauchte nötig bisogno servito precisei precisou"
    )
)
_CALL_WINDOW = 3  # "call for an ambulance", "ligar para o INEM", "llamar a una ambulancia"
_CANNOT_WINDOW = 6  # "no pude ni siquiera llamar a", "n'ai pas pu appeler"


def _cannot_before(toks: tuple[str, ...], j: int) -> bool:
    before = toks[max(0, j - _CANNOT_WINDOW) : j + 1]
    return not _CANNOT.isdisjoint(before) and _NO_NEED.isdisjoint(before)


def service_call_blocked(toks: tuple[str, ...]) -> bool:
    """An emergency service by name that could not be called or reached."""
    for i, t in enumerate(toks):
        if t not in SERVICES or toks[i + 1 : i + 2] == ("social",):  # the "SAMU social" is a shelter line
            continue
        for j in range(max(0, i - _CALL_WINDOW), i):
            if toks[j] in _CALL_BEFORE and _cannot_before(toks, j):
                return True
        # "kann keinen Notruf (per SMS) absetzen", "kein Notruf möglich": no call to be made.
        if t == "notruf" and toks[i - 1 : i] in (("kein",), ("keinen",)) and _cannot_before(toks, i):
            return True
        after = toks[i + 1 : i + 3]
        if not _CALL_AFTER.isdisjoint(after) and _cannot_before(toks, i):
            return True
    return False


# Where care is given ("the hospital", "A&E" once written "a e" is not read here: harm.py adds it).
CARE = with_elisions(
    frozenset(
        words("hospital urgencias hôpital hopital urgences krankenhaus notaufnahme klinik ospedale urgências urgencias")
    )
)
_CARE_PAIRS = frozenset((("pronto", "soccorso"), ("pronto", "socorro")))
# Taken or got there: "get my son to", "llevar a mi hija a", "emmener mon fils aux", "bringen", "portare", "levar".
_JOURNEY = frozenset(
    words(
        "get take drive bring reach "
        "llevar llegar ir "
        "emmener amener aller arriver conduire "
        "bringen fahren kommen "
        "portare arrivare andare "
        "levar chegar ir"
    )
)
# Going there for work, a visit or the car park is no care kept from anyone.
_NOT_CARE = frozenset(
    words(
        "shift work job visit visiting parking meeting interview "
        "turno trabajo visita aparcamiento "
        "travail visite parking "
        "schicht arbeit besuch parkplatz "
        "lavoro visita parcheggio "
        "trabalho visita estacionamento"
    )
)
_JOURNEY_WINDOW = 6  # "get my elderly mum to the hospital", "llevar a mi hija al hospital"


_CARE_AFTER = _CALL_AFTER | frozenset(words("bringen fahren kommen"))  # "ins Krankenhaus bringen"


def _care_at(toks: tuple[str, ...], i: int) -> bool:
    # English "ER" only after "the"/"to": German "er" is "he".
    er = toks[i] == "er" and i > 0 and toks[i - 1] in ("the", "to")
    return er or toks[i] in CARE or tuple(toks[i : i + 2]) in _CARE_PAIRS


def care_blocked(toks: tuple[str, ...]) -> bool:
    """A hospital or an emergency room that the customer (or their person) could not get to."""
    if not _NOT_CARE.isdisjoint(toks):
        return False
    for i in range(len(toks)):
        if not _care_at(toks, i):
            continue
        for j in range(max(0, i - _JOURNEY_WINDOW), i):
            if toks[j] in _JOURNEY and _cannot_before(toks, j):
                return True
        if not _CARE_AFTER.isdisjoint(toks[i + 1 : i + 4]) and _cannot_before(toks, i):
            return True
    return False


CARE_ANCHORS = CARE | {"pronto", "er"}  # "pronto soccorso", "the ER"
