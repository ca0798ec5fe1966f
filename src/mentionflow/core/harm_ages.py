"""Ages said with a verb after a relative: "my gran is 88", "mi abuela tiene 88", "meine Oma ist 88".

core/harm.py reads an age from a number before a years word ("88 years old", "88 años", "88-jährige")
or a one-token age ("88yo"); a bare number after "is / tiene / a / ist / ha / tem" and a relative
("my son is 6", "mio figlio ha 6") is the same age. Its years words are written in after it so the
age reading counts it (a child up to 12, elderly from 75). Units after the number ("is 20 minutes away",
"tiene 3 meses", "ist 80 kg") keep it a measure.
"""

from __future__ import annotations

from mentionflow.core.harm_lexicon import words

# The verbs an age is said with, each with the years words its language writes after the number ("a"
# is French "has": "ma mamie a 88").
_YEARS_AFTER = {
    **dict.fromkeys(words("is was turned turns"), ("years", "old")),
    **dict.fromkeys(words("tiene tenía cumplió cumple"), ("años",)),
    **dict.fromkeys(words("a avait"), ("ans",)),
    **dict.fromkeys(words("ist war wird"), ("jahre",)),
    **dict.fromkeys(words("ha aveva compie"), ("anni",)),
    **dict.fromkeys(words("tem tinha fez faz"), ("anos",)),
}
AGE_VERBS = frozenset(_YEARS_AFTER)
_RELATIVES = frozenset(
    words(
        "son sons daughter daughters kid kids child boy girl baby granddaughter grandson grandchild niece nephew "
        "mum mom mother dad father grandmother grandma gran granny nan nana grandad grandpa grandfather "
        "aunt uncle neighbour neighbor "
        "hijo hija niño niña nieto nieta sobrino sobrina madre padre mamá papá abuela abuelo vecina vecino "
        "fils fille enfant garçon mère père maman papa mamie papi mémé pépé grandmère grandpère voisin voisine "
        "sohn tochter kind junge mädchen enkel enkelin mutter vater mama papa oma opa nachbar nachbarin "
        "figlio figlia bambino bambina nipote nipotino nipotina madre padre mamma papà nonna nonno vicino vicina "
        "filho filha menino menina neto neta mãe mae pai avó avô vizinho vizinha"
    )
)
# An elderly age said bare ("my dad is 88") opens the harm gate of core/harm.py: the relative is no
# harm word ("my grandad" is). A child's age comes with a child word that opens it already, except
# written as one token ("left my 8yo alone at the gate", "my 90yo gran"): those open it too.
AGE_TOKENS = frozenset(str(n) for n in range(75, 111)) | frozenset(
    f"{n}{suffix}" for n in (*range(13), *range(75, 111)) for suffix in ("yo", "yr", "yrs")
)
# A number followed by one of these is a measure, not an age.
_MEASURES = frozenset(
    words(
        "minutes mins min hours hrs hr h days weeks months years percent pounds quid euros eur k mb gb kg kgs "
        "lbs stone st cm ft feet foot inches miles km metres meters calls times "
        "minutos horas días dias semanas meses euros kilos "
        "heures jours semaines mois kilos "
        "minuten stunden tagen tage wochen monate monaten euro kilo "
        "minuti ore giorni settimane mesi chili "
        "horas semanas"
    )
)
_MEASURE_AFTER = frozenset((m,) for m in _MEASURES)
_ALSO_SINCE = frozenset(("ha",))
_RELATIVE_WINDOW = 3  # "my 88 year old gran" is read already; "my gran is 88", "my poor gran is 88"


def said_ages(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens with each age said after a relative and a verb given its years words, as the age
    is written in full ("my gran is 88" -> "my gran is 88 years old"): the reading and the model
    then take it as they take "88 years old"."""
    out: list[str] = []
    for i, t in enumerate(toks):
        out.append(t)
        if i == 0 or not t.isdigit() or len(t) > 3 or (verb := toks[i - 1]) not in _YEARS_AFTER:
            continue
        if toks[i + 1 : i + 2] in _MEASURE_AFTER or _RELATIVES.isdisjoint(
            toks[max(0, i - 1 - _RELATIVE_WINDOW) : i - 1]
        ):
            continue  # "is 20 minutes away", "my flight is 88"
        if verb in _ALSO_SINCE:
            out[-1] = t + "yo"  # core/harm.py reads Italian "ha 88 anni" as Portuguese "há 8 anos" (for 8 years)
        elif toks[i + 1 : i + 2] != _YEARS_AFTER[verb][:1]:  # not "is 88 years old" already
            out.extend(_YEARS_AFTER[verb])
    return tuple(out)
