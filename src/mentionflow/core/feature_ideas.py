"""A feature idea is no major complaint (used by `core.pipeline`): "sarebbe bello se l'app
mostrasse gli allergeni nel menu", "it'd be great if the app showed allergens as icons" name a
serious word (allergens) only as what the product should show. When every sentence that reads
major is a conditional wish about a feature of the app or site, the mention's severity is the
rest's; a wish for money back ("would be great if you refunded the double charge") or a major
problem said beside the wish ("... I was charged twice") keeps it major."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from mentionflow.core.keywords import word_set
from mentionflow.core.signals import conditional_wish
from mentionflow.core.text import NormalisedText, normalise

__all__ = ["FEATURE_WORDS", "feature_wish", "major_only_wished"]


_SENTENCE: Final = re.compile(r"[.!?;\n]+")
# What a feature idea is about: the product's screens and controls, in six languages.
FEATURE_WORDS: Final = word_set(
    "app apps application website site web menu menus option options feature features filter filters "
    "button setting settings icon icons search mode screen tab notification notifications map checkout "
    "basket aplicación aplicacion opción opcion opciones función funcion funciones filtro filtros botón "
    "boton icono iconos pantalla búsqueda busqueda menú menu ajuste ajustes aplicativo opção opcao "
    "opções funções função botão botao ícones icones tela pesquisa fonction fonctions filtre filtres "
    "bouton icône icones écran ecran recherche paramètre réglage funktion funktionen filter schaltfläche "
    "knopf einstellung symbol symbole suche bildschirm ansicht funzione funzioni opzione opzioni "
    "pulsante impostazione icona icone schermata ricerca lapp lapplication lappli lapplicazione lopzione "
    "lopção lécran"
)
# A wish for money or a fix of one's own case is a request, not an idea.
_OWN_CASE: Final = word_set(
    "refund refunded refunds money charge charged compensation reembolso reembolsar dinero cobro "
    "devolver rembourser remboursement argent erstatten erstattung geld rimborso rimborsare soldi "
    "reembolsar dinheiro estorno answered answer reply respond responded contestar responder répondre "
    "antworten rispondere"
)


def major_only_wished(norm: NormalisedText, severity_of: Callable[[NormalisedText], str | None]) -> bool:
    """Whether the mention's major reading comes only from conditional wishes about a feature:
    at least one wish sentence names a feature and no money back or answer, and the other
    sentences (``severity_of`` them, joined) do not read major."""
    parts = [p for p in _SENTENCE.split(norm.clean) if p.strip()]
    rest: list[str] = []
    ideas = 0
    for part in parts:
        toks = normalise(part).tokens
        if conditional_wish(toks) and not FEATURE_WORDS.isdisjoint(toks):
            if not _OWN_CASE.isdisjoint(toks):
                return False
            ideas += 1
        else:
            rest.append(part)
    if not ideas:
        return False
    return not rest or severity_of(normalise(". ".join(rest))) != "major"


# "the app should show allergens", "l'app dovrebbe mostrare", "la app debería", "die App sollte",
# "o app devia": a suggestion said with "should".
_SHOULD: Final = word_set(
    "should could dovrebbe potrebbe debería deberia podría podria devrait pourrait sollte könnte devia deveria poderia"
)


def feature_wish(tokens: tuple[str, ...]) -> bool:
    """A wish or a suggestion about a feature of the app or site ("it'd be handy if the app
    showed allergens", "the menu should flag allergens"): an idea, no report of anything."""
    if FEATURE_WORDS.isdisjoint(tokens):
        return False
    return not _SHOULD.isdisjoint(tokens) or conditional_wish(tokens)
