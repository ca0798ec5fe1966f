"""Alcohol or tobacco handed to a minor, in en, es, fr, de, it and pt: a child's safety.

"your driver handed vodka to my 14 year old", "el repartidor le entregó cervezas a mi hijo de 15
años sin pedir el DNI", "le livreur a remis du vin à ma fille de 13 ans", "der Fahrer hat meinem
15-jährigen Sohn Bier übergeben", "il rider ha consegnato la vodka a mio figlio di 14 anni", "o
estafeta entregou cerveja ao meu filho de 15 anos": age-restricted goods that reached a child. The
model reads only who was there (a son, an age) and the goods; the delivery to a minor is the harm.
A question about the rule ("do your riders check ID for beer?") or an adult's age is none.
`underage_handover()` is called by `core.harm_risks.risk_statement` before the trigger gate.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["RESTRICTED", "underage_handover"]

RESTRICTED: Final = frozenset(
    words(
        "alcohol booze vodka beer beers wine rosé rose cider whisky whiskey gin rum prosecco spirits cigarettes "
        "vape vapes "
        "cerveza cervezas vino ron ginebra cigarrillos tabaco alcohólicas "
        "alcool bière bières vin rhum cigarettes tabac "
        "alkohol bier wein schnaps sekt zigaretten tabak "
        "alcol alcolici birra birre vino sigarette tabacco "
        "álcool alcool cerveja cervejas vinho cigarros tabaco"
    )
)
# Handed over, delivered or sold: the goods reached the child.
_HANDED: Final = frozenset(
    words(
        "handed delivered gave given sold left dropped "
        "entregó entregaron entregado dio dieron vendió vendieron dejó "
        "remis remise livré livrée livrés donné vendu laissé "
        "übergeben gegeben geliefert verkauft ausgehändigt überreicht "
        "consegnato consegnata consegnati dato venduto lasciato "
        "entregou entregaram entregue deu vendeu deixou"
    )
)
# A minor named as such.
_MINOR_WORDS: Final = frozenset(
    words(
        "underage minor minors teenager teen menor menores adolescente mineur mineure mineurs ado "
        "minderjährig minderjährige minderjährigen minorenne minorenni"
    )
)
_YEARS: Final = frozenset(words("yr yrs year years yo old años ans jahre jahren jährige jährigen jähriger anni anos"))
# An age said with the verb to be: "me n my friends are 15", "i'm 16", "wir sind 15" (not "are 15
# minutes away": a unit after the number is no age).
_BE: Final = frozenset(
    words("am im are were is was sind bin somos tengo tenemos avons ai siamo abbiamo ho temos tenho")
)
_UNITS: Final = frozenset(
    words(
        "min mins minutes minute hours hour hrs km miles mi metres meters minutos minuten minuti stunden horas heures"
    )
)
# No ID asked for: "didn't even ask for ID", "sin pedir el DNI", "sans demander de pièce d'identité",
# "ohne Ausweiskontrolle", "senza chiedere il documento", "sem pedir documento".
_NO_ID_CHECK: Final = re.compile(
    r"\b(?:(?:didnt|did not|never|didn't|wont|doesnt|dont) (?:even )?(?:ask|asked|check|checked) "
    r"(?:for |our |my )?(?:any )?"
    r"(?:id|ids|identification)|no id (?:check|checked|asked)|without (?:asking for|checking) (?:any )?(?:id|ids)|"
    r"sin (?:pedir|mirar|comprobar) (?:el |la |ningún |ningun )?(?:dni|documento|identificación|carnet)|"
    r"sans (?:demander|vérifier|regarder) (?:de |la |une |ma |nos )?(?:pièce didentité|carte didentité|id|papiers)|"
    r"ohne (?:nach dem |den )?(?:ausweis|ausweiskontrolle)|(?:nicht|nie) nach dem ausweis gefragt|"
    r"senza (?:chiedere|controllare) (?:il |un |nessun )?(?:documento|carta didentità)|"
    r"sem (?:pedir|ver|olhar) (?:o |a |nenhum )?(?:documento|rg|identidade|bi))\b"
)
_ADULT_AGE: Final = 18
_AGE: Final = re.compile(r"(\d{1,2})(yo|yr|yrs)?")  # "14", "14yo", "15yr"


def _minor_age(toks: tuple[str, ...]) -> bool:
    """An age under 18: "14 yr old", "14yo", "de 15 años", "15 jährigen"."""
    for i, t in enumerate(toks):
        m = _AGE.fullmatch(t)
        if m is None or not 0 < int(m.group(1)) < _ADULT_AGE:
            continue
        if m.group(2) or not _YEARS.isdisjoint(toks[i + 1 : i + 2]):
            return True
        if toks[i - 1 : i] and toks[i - 1] in _BE and _UNITS.isdisjoint(toks[i + 1 : i + 2]):
            return True
    return False


def underage_handover(toks: tuple[str, ...]) -> bool:
    """Alcohol or tobacco handed, delivered or sold to someone under 18 (or handed over with no ID
    asked for, to someone who says they are under 18: "didn't even ask for ID ... we're 15")."""
    if RESTRICTED.isdisjoint(toks):
        return False
    if _HANDED.isdisjoint(toks) and _NO_ID_CHECK.search(" ".join(toks)) is None:
        return False
    return not _MINOR_WORDS.isdisjoint(toks) or _minor_age(toks)
