"""An impostor call that took money, in six languages (issue 14, recall).

"someone from your fraud team rang me and I moved my savings to him", "me llamó uno de vuestro equipo
de fraude y le pasé mis ahorros", "mi ha chiamato uno del vostro ufficio antifrode e gli ho girato i
miei risparmi": a call from someone who said they were the bank's fraud or security team, and money
the customer handed over. The fraud word names the team (which alone is the "fraud desk", no
harm: core/harm_frames.py), so the model reads it as a department; the money handed to the caller
is what makes it a fraud, and a severe one.

`impostor_call_paid()` is called by `core.harm_risks.risk_statement` before the trigger gate.
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["CALL_ANCHORS", "impostor_call_paid"]

# Someone called: "rang", "me llamó", "m'a appelé", "hat mich angerufen", "mi ha chiamato", "ligou-me".
CALL_ANCHORS: Final = frozenset(
    words(
        "called rang phoned rung llamó llamo llamaron telefoneó appelé appele appelée téléphoné angerufen "
        "anrief rief chiamato chiamata telefonato ligou ligaram telefonou"
    )
)
# The team the caller claimed to be from: fraud, anti-fraud, security.
_TEAM: Final = frozenset(
    words(
        "fraud fraude antifraude antifraud antifrode frode betrug betrugsabteilung betrugsteam "
        "security seguridad sécurité securite sicherheitsabteilung sicurezza segurança seguranca"
    )
)
# The customer handed money over: "I transferred", "le pasé", "je lui ai viré", "habe überwiesen",
# "gli ho girato", "transferi-lhe".
_HANDED: Final = frozenset(
    words(
        "transferred sent moved paid gave "
        "pasé transferí envié mandé di pagué ingresé "
        "viré envoyé transféré payé donné "
        "überwiesen geschickt bezahlt gegeben "
        "girato trasferito mandato inviato pagato dato "
        "transferi enviei passei paguei dei"
    )
)
# What went to the caller: savings, or money "to him" ("le pasé", "je lui ai viré", "gli ho girato").
_SAVINGS: Final = frozenset(
    words("savings ahorros économies economies erspartes ersparnisse ersparten risparmi poupanças poupancas")
)
_TO_CALLER: Final = frozenset(words("him her them le les lui leur ihm ihr ihnen gli lhe lhes"))
_MONEY: Final = _SAVINGS | frozenset(
    words(
        "money cash payment transfer dinero pago transferencia argent virement paiement geld überweisung zahlung "
        "soldi bonifico pagamento dinheiro transferência"
    )
)
# The customer made the call ("I called your fraud team"): no impostor.
_I_CALLED: Final = frozenset(words("i ive we weve jai ich habe ho abbiamo eu nós"))


def impostor_call_paid(toks: tuple[str, ...]) -> bool:
    """A caller from the "fraud team" and money the customer handed over to them."""
    if _TEAM.isdisjoint(toks) or _HANDED.isdisjoint(toks):
        return False
    calls = [j for j, t in enumerate(toks) if t in CALL_ANCHORS]
    if not calls or all(not _I_CALLED.isdisjoint(toks[max(0, j - 3) : j]) for j in calls):
        return False
    return not _SAVINGS.isdisjoint(toks) or (not _TO_CALLER.isdisjoint(toks) and not _MONEY.isdisjoint(toks))
