"""A live animal in transit and in trouble, in en, es, fr, de, it and pt: a safety case.

"my dog was in the hold and the carrier isn't on the belt, nobody knows where he is", "mi perro
viajaba en bodega y no aparece el transportín", "notre chat voyageait en soute, personne ne sait où il
est", "unser Hund ist im Frachtraum geflogen, die Box ist nicht am Band", "il nostro gatto era nella
stiva, nessuno sa dov'è", "o meu cão veio no porão e ninguém sabe dele". No harm word is said (no
injury, no danger), so the trigger gate never opened for it: the animal is the one at risk, and the
risk is in its state (missing, left in the heat, without water). Three parts must meet: an animal,
the hold or its travel box, and a sign of trouble; a question about flying with a pet ("can my dog
go in the hold?") or a safe arrival ("came off the hold totally fine") is not one.
`animal_in_trouble()` is called by `core.harm_risks.risk_statement` before the trigger gate.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["ANIMAL_ANCHORS", "animal_in_trouble"]

ANIMALS: Final = frozenset(
    words(
        "dog dogs puppy pup cat cats kitten pet pets rabbit bunny parrot hamster ferret "
        "perro perra perrito perrita gato gata gatito gatita mascota mascotas conejo "
        "chien chienne chiot chaton lapin "
        "hund hündin welpe katze kater kätzchen haustier kaninchen "
        "cane cagnolino cagnolina cucciolo gatto gatta gattino gattina coniglio "
        "cão cao cachorro cachorra cadela gatinho gatinha coelho"
    )
)
# "chat" is a cat only in French ("the chat is useless" in English).
_FR_ANIMALS: Final = frozenset(words("chat chats"))
# The hold, the cargo, or the box the animal travels in.
_IN_TRANSIT: Final = frozenset(
    words(
        "hold cargo crate carrier kennel cage "
        "bodega transportín transportin jaula "
        "soute caisse cage "
        "frachtraum laderaum box transportbox hundebox katzenbox käfig "
        "stiva trasportino gabbia "
        "porão porao caixa transportadora gaiola"
    )
)
# A sign of trouble: the animal missing, unfound or dead ...
_MISSING: Final = frozenset(
    words(
        "missing lost nobody noone find found died dead dying collapsed "
        "nadie perdido perdida desaparecido desaparecida aparece muerto muerta murió "
        "personne perdu perdue disparu disparue introuvable mort morte "
        "keiner niemand verschwunden verloren tot gestorben "
        "nessuno perso persa sparito sparita scomparso scomparsa morto morta "
        "ninguém ninguem perdido perdida desaparecido desaparecida sumiu morto morta morreu"
    )
)
# ... or left in the heat, without water, in distress.
_EXPOSED: Final = frozenset(
    words(
        "heat hot degrees sun tarmac water panting dehydrated crying whimpering "
        "calor grados sol pista agua jadeando deshidratado "
        "chaleur degrés soleil piste eau halète haletait déshydraté "
        "hitze grad sonne rollfeld wasser hechelt hechelte dehydriert "
        "caldo gradi sole pista acqua ansima ansimava disidratato "
        "calor graus sol pista água agua ofegante desidratado"
    )
)
_TROUBLE_PAIRS: Final = frozenset([("no", "one"), ("cant", "find"), ("not", "on"), ("isnt", "on")])
# A safe arrival or a thank-you for one: "came off the hold totally fine", "kam gut an".
_SAFE: Final = frozenset(
    words(
        "fine safe safely healthy happy bien sano sana salvo salva sain saine gut wohlbehalten gesund "
        "bene sano sana salvo salva bem saudável"
    )
)
# A question about the rules before a trip: "can my dog fly in the hold?", "¿puede viajar en bodega?".
_PLANNING: Final = frozenset(
    words(
        "can could allowed allow rules policy cost price "
        "puede puedo pueden cuesta cuánto normas peut puis règles coût combien "
        "darf dürfen kann kostet regeln posso può puoi costa regole pode posso custa regras"
    )
)

# The writer's own animal ("my dog", "mi perro", "notre chat", "unser Hund", "il nostro gatto", "o meu
# cão"), not a product named after one ("the dog bed came in a crate", "la cama del perro").
_OWNERS: Final = frozenset(
    words(
        "my our his her their mi mis nuestro nuestra su sus tu mon ma mes notre nos son sa leur "
        "mein meine meinen meinem meiner unser unsere unseren unserem unserer "
        "mio mia nostro nostra suo sua meu minha nosso nossa seu"
    )
)
_GOODS: Final = frozenset(
    words(
        "bed beds food toy toys bowl lead leash collar treats cama comida juguete comedero lit nourriture jouet "
        "gamelle laisse collier bett futter spielzeug napf leine halsband cuccia cibo gioco ciotola guinzaglio "
        "collare ração brinquedo tigela trela coleira"
    )
)

ANIMAL_ANCHORS: Final = ANIMALS | _FR_ANIMALS


def _own_animal(toks: tuple[str, ...], names: frozenset[str]) -> bool:
    return any(
        t in names and not _OWNERS.isdisjoint(toks[max(0, i - 2) : i]) and toks[i + 1 : i + 2] not in _GOODS_NEXT
        for i, t in enumerate(toks)
    )


_GOODS_NEXT: Final = frozenset((g,) for g in _GOODS)


def animal_in_trouble(toks: tuple[str, ...], lang: str | None) -> bool:
    """An animal in the hold or its travel box, said to be missing, in the heat or without water."""
    if _IN_TRANSIT.isdisjoint(toks):
        return False
    if not _own_animal(toks, ANIMALS) and not (lang == "fr" and _own_animal(toks, _FR_ANIMALS)):
        return False
    missing = not _MISSING.isdisjoint(toks) or not _TROUBLE_PAIRS.isdisjoint(pairwise(toks))
    if not missing and _EXPOSED.isdisjoint(toks):
        return False
    if not _SAFE.isdisjoint(toks):
        return False  # "came off the hold totally fine", "kam gut an"
    # Heat alone in a question before a trip is the rules, not trouble: "can she fly in the hold in July? too hot?"
    return missing or _PLANNING.isdisjoint(toks[:4])
