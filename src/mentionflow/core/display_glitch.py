"""A display glitch: the app or site does not show a piece of information ("the app hasn't shown
my data allowance for days", "die App zeigt seit Tagen mein Datenvolumen nicht an", "l'appli
n'affiche plus mon solde depuis des jours"). The customer still has the service, the money and
the account; only a screen leaves out a number. However long it lasts, that is a minor complaint
(care tier 1, self-service), not the "no service for days" a long span makes major elsewhere.

Only the span is discounted: the text without it is analysed again, and what is major without
it (a charge, a cancellation, a loss of service) stays major. Money that does not show ("the
refund still doesn't show in the app") is money missing, never a display glitch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mentionflow.core.text import NormalisedText, normalise

# A screen that shows things: the app, the website, the customer area.
_SCREEN: Final = frozenset(
    {"app", "apps", "application", "appli", "aplicación", "aplicacion", "aplicativo", "applicazione"}
    | {"website", "site", "sitio", "web", "webseite", "seite", "página", "pagina", "page", "sito", "portal"}
    | {"screen", "pantalla", "écran", "ecran", "bildschirm", "schermo", "tela", "dashboard"}
    | {"lapp", "lappli", "lapplication", "lapplicazione", "lécran", "lecran"}  # "l'appli": the article elided
)
# Showing, displaying, appearing, in en es fr de it pt.
_SHOW: Final = frozenset(
    {"show", "shows", "showing", "shown", "display", "displays", "displaying", "displayed", "appear", "appears"}
    | {"muestra", "mostrar", "mostrarme", "muestran", "aparece", "aparecen", "visualiza", "enseña"}
    | {"affiche", "afficher", "saffiche", "affichent", "saffichent", "apparaît", "apparait", "affichée", "affiché"}
    | {"naffiche", "naffichent", "napparaît", "napparait"}
    | {"zeigt", "anzeigen", "angezeigt", "zeigen", "erscheint", "erscheinen", "sichtbar"}
    | {"mostra", "mostrare", "mostrarmi", "visualizza", "visualizzare", "compare", "compaiono", "appare"}
    | {"mostrar", "mostram", "exibe", "exibir", "aparecem"}
)
# Not shown: a negation, or "without" ("lleva días sin mostrarme", "há dias sem mostrar").
_NOT: Final = frozenset(
    {"not", "no", "doesnt", "isnt", "wont", "hasnt", "havent", "dont", "didnt", "never", "without", "stopped"}
    | {"nunca", "sin", "pas", "plus", "jamais", "nicht", "kein", "keine", "nie", "ohne", "non", "mai", "senza"}
    | {"não", "nao", "sem", "deja", "dejado", "smesso"}
)
# Money that does not show is money missing, and a "no service" never is a screen's.
_MONEY: Final = frozenset(
    {"refund", "refunded", "money", "salary", "transfer", "payment", "deposit", "paid", "charged", "charge"}
    | {"reembolso", "dinero", "nómina", "nomina", "transferencia", "pago", "ingreso", "cobrado", "cobro"}
    | {"remboursement", "argent", "salaire", "virement", "paiement", "débité", "prélevé", "prélèvement"}
    | {"erstattung", "rückerstattung", "geld", "gehalt", "überweisung", "zahlung", "abgebucht", "gutschrift"}
    | {"rimborso", "soldi", "stipendio", "bonifico", "pagamento", "addebito", "addebitato", "accredito"}
    | {"dinheiro", "salário", "salario", "transferência", "cobrança", "cobrado", "estorno"}
)
# A span of days or weeks, with what leads into it ("for", "seit", "desde hace", "3", "des").
_SPAN_UNITS: Final = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "día", "días", "dias", "semana", "semanas", "meses"}
    | {"jour", "jours", "semaine", "semaines", "mois", "tag", "tage", "tagen", "woche", "wochen", "monate"}
    | {"monaten", "giorno", "giorni", "settimana", "settimane", "mesi", "dia", "mês"}
)
_SPAN_LEAD: Final = frozenset(
    {"for", "since", "few", "several", "a", "two", "three", "four", "five", "many", "some", "in"}
    | {"desde", "hace", "lleva", "llevo", "unos", "varios", "dos", "tres", "cuatro", "cinco"}
    | {"depuis", "des", "plusieurs", "quelques", "deux", "trois", "quatre", "cinq"}
    | {"seit", "vielen", "mehreren", "einigen", "paar", "drei", "vier", "fünf", "zwei"}
    | {"da", "dal", "alcuni", "diversi", "tre", "quattro", "cinque", "due", "sono"}
    | {"há", "ha", "alguns", "vários", "varios", "três", "quatro", "cinco", "dois", "faz"}
)


def _without_span(tokens: tuple[str, ...]) -> tuple[str, ...]:
    drop: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok in _SPAN_UNITS:
            drop.add(i)
            j = i - 1
            while j >= 0 and i - j <= 3 and (tokens[j] in _SPAN_LEAD or tokens[j].isdigit()):
                drop.add(j)
                j -= 1
    return tuple(tok for i, tok in enumerate(tokens) if i not in drop)


def only_a_long_display_glitch(norm: NormalisedText, severity_of: Callable[[NormalisedText], str | None]) -> bool:
    """Whether a major complaint is only a screen not showing something, made major by how long
    it has lasted: ``severity_of`` (the analysis) says the text without the span is not major."""
    tokens = norm.tokens
    if _SCREEN.isdisjoint(tokens) or _SHOW.isdisjoint(tokens):
        return False
    if sum(tok in _NOT for tok in tokens) != 1:
        return False  # not shown, and nothing else not working ("... e non posso pagare")
    if _SPAN_UNITS.isdisjoint(tokens) or not _MONEY.isdisjoint(tokens):
        return False
    return severity_of(normalise(" ".join(_without_span(tokens)))) != "major"
