"""A kindness after a conceded failure (used by `core.intent`).

"the train was delayed but the conductor kept us updated the whole way, fantastic", "colis en
retard mais le livreur m'a appelé pour s'excuser, très gentil", "Paket kam zu spät, aber der Fahrer
hat sich entschuldigt, sehr nett", "voo cancelado mas a equipe me remarcou na hora, nota dez": the
failure is conceded before the "but"; right after it one of the brand's people acts, and the
praise is for them. The praise is the message (thank and amplify), however negative the whole
reads to the model. The caller asks for more: praise after the "but" and no failure there, no open
problem ("still waiting"), no sarcasm.
"""

from __future__ import annotations

from typing import Final

__all__ = ["PEOPLE", "person_after_contrast"]

# The brand's people, as the subject of the clause after the "but" (en, es, fr, de, it, pt).
PEOPLE: Final = frozenset(
    {
        "staff", "crew", "team", "agent", "driver", "rider", "courier", "conductor", "technician", "engineer",
        "support", "pilot", "captain", "attendant", "attendants", "cabin", "guard",
        "personal", "tripulación", "equipo", "repartidor", "técnico", "agente", "azafata", "soporte",
        "personnel", "équipage", "équipe", "livreur", "livreuse", "contrôleur", "technicien", "conseiller",
        "conseillère", "chauffeur", "mitarbeiter", "mitarbeiterin", "fahrer", "fahrerin", "zugbegleiter",
        "techniker", "bote", "zusteller", "personale", "equipaggio", "corriere", "tecnico", "operatore",
        "operatrice", "capotreno", "assistenza", "equipe", "tripulação", "entregador", "atendente",
        "motorista", "suporte", "comissários",
        # elided as `normalise` writes them: "l'équipage" -> "léquipage", "l'equipaggio" -> "lequipaggio"
        "léquipage", "léquipe", "lagent", "lassistance", "lequipaggio", "loperatore", "loperatrice", "lassistenza",
        "lautista",
    }
)  # fmt: skip


def person_after_contrast(tokens: tuple[str, ...], but: frozenset[str]) -> bool:
    """One of the brand's people names the clause after the last contrast word in ``but`` (within
    its first four words: "but the crew ...", "mais le livreur ...", "aber der Support ...")."""
    last = max((i for i, tok in enumerate(tokens) if tok in but), default=-1)
    return last >= 0 and not PEOPLE.isdisjoint(tokens[last + 1 : last + 5])
