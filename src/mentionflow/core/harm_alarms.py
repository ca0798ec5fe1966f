"""A care alarm or medical device that cannot call or has no signal, in en, es, fr, de, it and pt.

"mum's alarm pendant runs on your SIM and won't call out", "la teleasistencia de mi padre no llama
desde el corte", "la téléassistance de ma mère ne marche plus", "Omas Hausnotruf hat kein Netz", "il
telesoccorso di mia madre non chiama", "a teleassistência da minha avó não liga": the device a frail
person relies on to summon help is down, so a fall tonight goes unheard. A medical device named with a
question about it, or working again, is none. Severe: the device exists for an emergency.
`alarm_down()` is called by `core.harm_risks.risk_statement` before the trigger gate.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["ALARM_ANCHORS", "alarm_down"]

# One-word devices that summon help or keep someone alive.
_DEVICES: Final = frozenset(
    words(
        "telecare lifeline careline pendant "
        "teleasistencia teleassistencia téléassistance teleassistance "
        "hausnotruf notrufknopf notrufarmband notruf "
        "telesoccorso salvavita "
        "teleassistência teleassistencia"
    )
)
# Two-word devices: "personal alarm", "panic button", "botón de emergencia", "bracelet d'alarme".
_DEVICE_PAIRS: Final = frozenset(
    (a, b)
    for a, b in (
        ("personal", "alarm"),
        ("care", "alarm"),
        ("panic", "button"),
        ("alarm", "pendant"),
        ("medical", "alert"),
        ("emergency", "button"),
        ("botón", "de"),
        ("pulsera", "de"),
        ("bracelet", "dalarme"),
        ("bouton", "dappel"),
        ("pulsante", "di"),
        ("botão", "de"),
    )
)
# "botón de emergencia", "pulsante di emergenza", "botão de emergência": the third word confirms.
_EMERGENCY: Final = frozenset(words("emergencia emergenza emergência emergencia pânico pánico allarme"))
ALARM_ANCHORS: Final = _DEVICES | frozenset(a for a, _ in _DEVICE_PAIRS)

# Down: a negation shortly before calling or working, or no network or signal.
_NEG: Final = frozenset(words("no not wont doesnt cant cannot isnt non ne pas nicht kein keine não nao"))
_WORKS: Final = frozenset(
    words(
        "call calls calling work works working connect connects dial dials ring "
        "llama funciona conecta marca "
        "appelle marche fonctionne sonne "
        "ruft funktioniert geht verbindet "
        "chiama funziona collega "
        "liga funciona conecta"
    )
)
_NO_SIGNAL: Final = frozenset(
    words(
        "signal network coverage reception señal red cobertura réseau signal netz empfang rete segnale "
        "copertura rede sinal"
    )
)
_NONE: Final = frozenset(words("no without sin sans kein keinen ohne niente senza sem nessun nessuna zero"))
# Working again, or a plain question: no device down.
_RESOLVED: Final = frozenset(
    words(
        "again fixed sorted restored resolved nuevo arreglado solucionado nouveau réparé rétabli wieder "
        "repariert behoben nuovo risolto ripristinato novo resolvido"
    )
)
_WINDOW: Final = 3


def _device(toks: tuple[str, ...]) -> bool:
    if not _DEVICES.isdisjoint(toks):
        return True
    return any(
        p in _DEVICE_PAIRS and (p[1] not in ("de", "di") or not _EMERGENCY.isdisjoint(toks[i + 2 : i + 3]))
        for i, p in enumerate(pairwise(toks))
    )


def alarm_down(toks: tuple[str, ...]) -> bool:
    """A care alarm or emergency device that cannot call out or has no signal."""
    if ALARM_ANCHORS.isdisjoint(toks) or not _RESOLVED.isdisjoint(toks) or not _device(toks):
        return False
    for i, t in enumerate(toks):
        before = toks[max(0, i - _WINDOW) : i]
        if t in _WORKS and not _NEG.isdisjoint(before):
            return True
        if t in _NO_SIGNAL and not _NONE.isdisjoint(before):
            return True
    return False
