"""Harm phrase pairs added in s12-harm2 (issue 13 point 1), merged into `harm_lexicon.PHRASE_GROUPS`:
unknown charges and forgotten purchases (weak fraud, needing money named: core.harm), a threat to come
back, the Red Cross, animal bites and broken limbs in the Romance languages. Lowercased, apostrophes
dropped as `normalise` does; accent-free and elided spellings are generated in core.harm.
"""

from __future__ import annotations

# The pairs of the toilet slang for being sick, with the toilet words that must follow within four words.
SICK_SLANG: tuple[tuple[str, str], ...] = (
    ("hugging", "the"),
    ("hugged", "the"),
    ("abrazado", "al"),
    ("abrazada", "al"),
    ("abrazados", "al"),
    ("tête", "dans"),
    ("abbracciato", "al"),
    ("abbracciata", "al"),
    ("abbracciati", "al"),
    ("abraçado", "à"),
    ("abraçada", "à"),
    ("abraçados", "à"),
    ("über", "der"),
)
TOILET_WORDS = frozenset(
    (
        "toilet",
        "toilets",
        "loo",
        "bowl",
        "váter",
        "vater",
        "inodoro",
        "retrete",
        "wáter",
        "cuvette",
        "toilettes",
        "water",
        "wc",
        "cesso",
        "sanita",
        "privada",
        "vaso",
        "kloschüssel",
        "schüssel",
        "klo",
        "kloschussel",
    )
)

CUE_PHRASES: dict[tuple[str, str], str] = {
    # Charges from a shop the customer does not know, purchases they do not remember making
    # (weak: fraud only with money named, core.harm._WEAK_FRAUD_PHRASES).
    ("no", "conozco"): "fraud",
    ("ne", "connais"): "fraud",
    ("nicht", "kenne"): "fraud",
    ("non", "conosco"): "fraud",
    ("não", "conheço"): "fraud",
    ("never", "heard"): "fraud",
    ("remember", "buying"): "fraud",
    ("remember", "making"): "fraud",
    ("recuerdo", "haber"): "fraud",
    ("souviens", "pas"): "fraud",
    ("nicht", "erinnern"): "fraud",
    ("ricordo", "di"): "fraud",
    ("não", "lembro"): "fraud",
    ("me", "lembro"): "fraud",
    # A threat to come back: "he said he knows where I live" (only after "knows": core.harm_idioms).
    ("where", "i"): "violence",
    ("dónde", "vivo"): "violence",
    ("où", "jhabite"): "violence",
    ("wo", "ich"): "violence",
    ("dove", "abito"): "violence",
    ("dove", "vivo"): "violence",
    ("onde", "moro"): "violence",
    ("onde", "vivo"): "violence",
    # Where help came for a crash or a fall: the Red Cross in five languages.
    ("cruz", "roja"): "medical_care",
    ("croix", "rouge"): "medical_care",
    ("roten", "kreuz"): "medical_care",
    ("croce", "rossa"): "medical_care",
    ("cruz", "vermelha"): "medical_care",
    # Walk-in care after an accident: "took him to urgent care".
    ("urgent", "care"): "medical_care",
    # A bite from an animal: "the dog bit my son", "it bit me".
    **{("bit", w): "injury" for w in ("my", "me", "him", "her", "our")},
    # A broken limb in es, fr, it and pt ("brazo roto", "jambe cassée", "braccio rotto", "braço partido").
    **{
        (b, r): "injury"
        for b in ("brazo", "pierna", "muñeca", "tobillo", "costilla", "costillas")
        for r in ("roto", "rota", "rotos", "rotas")
    },
    **{
        (b, r): "injury"
        for b in ("bras", "jambe", "poignet", "cheville", "côtes")
        for r in ("cassé", "cassée", "cassées")
    },
    **{
        (b, r): "injury"
        for b in ("braccio", "gamba", "polso", "caviglia", "costole")
        for r in ("rotto", "rotta", "rotte", "fratturato", "fratturata")
    },
    **{
        (b, r): "injury"
        for b in ("braço", "perna", "pulso", "tornozelo", "costelas")
        for r in ("partido", "partida", "quebrado", "quebrada", "partidas", "quebradas")
    },
    # A mobility aid names a disabled or elderly traveller as a wheelchair does ("his mobility scooter came
    # back in pieces").
    **{("mobility", w): "disability" for w in ("scooter", "scooters", "aid", "aids")},
    # Run over by a vehicle, or nearly: "your rider nearly ran me over", "almost got run over", "a failli me
    # renverser" (only after "ran", "got", a vehicle: core.harm_idioms.PHRASE_CONTEXT).
    **{(w, "over"): "collision" for w in ("me", "him", "her", "us", "them", "run", "ran")},
    **{(w, "renverser"): "collision" for w in ("me", "nous")},
    # Beaten by someone, said with the object pronoun in es and pt ("me han pegado", "le pegaron", "me
    # bateram"): alone, "pegado" is also "stuck" and "bater" "to knock", so only after the pronoun, and
    # "han pegado" only after one (core.harm_idioms.PHRASE_CONTEXT: not "se me ha pegado el arroz").
    **{(a, w): "violence" for a in ("me", "le", "nos", "han") for w in ("pegado", "pegaron", "pegó")},
    **{(a, w): "violence" for a in ("me", "nos", "o", "a") for w in ("bateram", "bateu")},
    # Being sick told in slang, embracing the toilet ("hugging the toilet all night", "abrazado al váter",
    # "la tête dans la cuvette", "abbracciato al water", "abraçada à sanita"); only with the toilet word
    # after it (core.harm_idioms.PHRASE_CONTEXT): not "hugging the kids".
    **{p: "illness" for p in SICK_SLANG},
    # "coeliac me has been on the bathroom floor since 9pm": ill, said as where one lies
    **{(w, "floor"): "illness" for w in ("bathroom", "toilet", "loo")},
    # Another patient's or user's records: "it's showing another patient's test results" ("another"
    # before a plural is the possessive, normalised without its apostrophe).
    **{("another", w): "others_data" for w in ("patients", "users", "members")},
}
