"""A team named for the problem it fights ("the fraud team", "el equipo antifraude", "l'équipe
fraude", "das Betrugsteam", "il team antifrode", "a equipe antifraude") is people, not a
problem: praise of it ("proud of our fraud team today, 300 customers protected") is praise,
although the problem word reads as a major complaint. `team_praise` says whether the text
without such team names reads as praise (used by `core.analysis_overrides`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from mentionflow.core.text import NormalisedText, normalise

_PROBLEM: Final = (
    r"(?:anti-?)?(?:fraud|fraude|frode|frodi|antifrode|betrugs?|scam|security|seguridad|sécurité|securite"
    r"|sicurezza|segurança|seguranca|sicherheits?|complaints?|reclamaciones|réclamations|reclamations|reclami"
    r"|reclamações|reclamacoes|beschwerde|outage|incident|claims)"
)
_TEAM: Final = (
    r"(?:team|teams|department|dept|unit|squad|desk|equipo|departamento|área|area|équipe|equipe|service"
    r"|abteilung|squadra|ufficio|reparto|equipa|setor|sector)"
)
# "fraud team", "Betrugsteam" (one word), "equipo (de) antifraude", "équipe fraude", "team antifrode".
_TEAM_NAME: Final = re.compile(
    rf"(?<!\w)(?:{_PROBLEM}[\s-]*{_TEAM}|{_TEAM}\s+(?:de\s+|di\s+|da\s+|gegen\s+)?(?:la\s+|le\s+)?{_PROBLEM})(?!\w)"
)


# "the fraud team was lovely but the scammer still got £900": the praise sets up a loss.
_TURN: Final = frozenset(
    {"but", "still", "however", "although", "though", "yet", "pero", "aunque", "todavía", "mais", "pourtant"}
    | {"aber", "trotzdem", "obwohl", "doch", "ma", "però", "eppure", "comunque", "mas", "porém"}
    | {"embora", "ainda"}
)


def team_praise(norm: NormalisedText, intent_of: Callable[[NormalisedText], str]) -> bool:
    """Whether the text names a team for a problem and, without that name, ``intent_of`` (the
    analysis) reads it as praise."""
    if not _TURN.isdisjoint(norm.tokens):
        return False
    rest, n = _TEAM_NAME.subn(" team ", norm.clean.lower())
    return n > 0 and intent_of(normalise(rest)) == "praise"
