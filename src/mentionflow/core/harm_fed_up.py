"""Fed up with a service, not with life: "can't take it any more" aimed at the brand, in six languages.

"je n'en peux plus", "no aguanto más", "não aguento mais", "non ce la faccio più", "ich kann das nicht
ertragen" are despair phrases (core/harm_lexicon.py, group "despair") that the model weighs as a hint
of self-harm. Said OF the brand they are exasperation, a complaint: "je n'en peux plus de votre service
client", "no aguanto más con vosotros", "não aguento mais vocês", "non ce la faccio più con questa
compagnia", "ich kann euren Kundenservice nicht ertragen", "j'en peux plus de @Banque" (the handle is
gone from the tokens: a preposition that ends the text). What they are aimed at must be the brand
(you, your, the service, the app): "je n'en peux plus de ces dettes", "não aguento mais essas dívidas",
"non ce la faccio più con questi debiti" stay despair, and a real self-harm statement beside it ("je n'en
peux plus de vous, je veux en finir") still fires through its own cue.
Read on the harm tokens (lower case, no punctuation, elisions glued: "jen", "nen").
"""

from __future__ import annotations

from typing import Final

from mentionflow.core.harm_lexicon import words

__all__ = ["FED_UP_ANCHORS", "FED_UP_PAIRS", "aimed_at_service"]

# The despair pairs that mean "can't take it any more" (the others, "no way out", "en finir", say more).
FED_UP_PAIRS: Final = frozenset(
    (
        ("no", "aguanto"),
        ("aguento", "mais"),
        ("supporte", "plus"),
        ("jen", "peux"),
        ("nen", "peux"),
        ("faccio", "più"),
        ("nicht", "ertragen"),
    )
)
FED_UP_ANCHORS: Final = frozenset(w for p in FED_UP_PAIRS for w in p) - {"no", "nicht"}
# Words that may sit between the pair and what it is aimed at: "more", "any more", "really".
_FILLER: Final = frozenset(words("plus más mas mais più piu mehr ya já già vraiment really"))
# "of / with": what one can't take is named after it ("de votre service", "con vosotros", "com vocês").
_PREPS: Final = frozenset(
    words("de d du des con com with of mit avec di da del dello della dos das do da dessa desse deste desta")
)
# The brand: you, your, its service, its app, its staff.
_SERVICE: Final = frozenset(
    words(
        "you your ur yall u vous votre vos toi ton ta tes vosotros vosotras vuestro vuestra vuestros vuestras "
        "ustedes usted os voi vostro vostra vostri vostre vocês voces você voce vcs vc teu tua "
        "euch euer eure eurem euren eurer dir dich dein deine deinem deinen "
        "service services servicio servicios servizio servizi serviço serviços servico atendimento atención "
        "atencion assistenza kundenservice kundendienst kundensupport hotline support sac chat bot app apps appli "
        "application aplicación aplicacion applicazione aplicativo aplicação site website web página bank banque "
        "banco banca company compagnie compañía compania compagnia companhia empresa firma operadora opérateur "
        "operateur operatore anbieter entreprise azienda société societe agence agency airline aerolínea "
        "compagnie compañia operator provider red réseau reseau rede rete netz internet wifi fibra fibre"
    )
)


def _aimed(toks: tuple[str, ...], start: int) -> bool:
    """What follows `start` names the brand: "(plus) de votre service", "mais vocês", "mais esse
    atendimento", or a preposition that ends the text ("j'en peux plus de @Banque": the handle is gone)."""
    i = start
    while i < len(toks) and toks[i] in _FILLER:
        i += 1
    if i < len(toks) and toks[i] in _PREPS:
        i += 1
        if i == len(toks):
            return True
    return not _SERVICE.isdisjoint(toks[i : i + 3])


def aimed_at_service(toks: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """The fed-up pairs of `toks` every use of which is aimed at the brand (see the module doc)."""
    aimed: set[tuple[str, str]] = set()
    loose: set[tuple[str, str]] = set()
    for i in range(len(toks) - 1):
        pair = (toks[i], toks[i + 1])
        if pair not in FED_UP_PAIRS:
            continue
        # German puts what is borne before the verb: "ich kann euren Service nicht ertragen".
        before = pair == ("nicht", "ertragen") and not _SERVICE.isdisjoint(toks[max(0, i - 4) : i])
        (aimed if before or _aimed(toks, i + 2) else loose).add(pair)
    return frozenset(aimed - loose)
