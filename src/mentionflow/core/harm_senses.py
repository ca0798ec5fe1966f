"""Everyday senses of harm words that a word window tells apart, and an infant's needs, in six
languages (used by `core.harm`): "hit JFK" is an arrival and "hit my son" a blow; "trapped in
Houston" is a stranded trip and "trapped in the lift" a shut-in; "hurt my feelings", "tablets and
phones", a threat of a sanction; an infant's age in months; an infant with no formula left."""

from __future__ import annotations

from mentionflow.core.harm_lexicon import words as _words

__all__ = [
    "BABY_ESSENTIALS",
    "ENCLOSURES",
    "HIT_TARGETS",
    "MONTHS",
    "MONTHS_OF",
    "NEAR_MISS",
    "NOT_NEAR",
    "OLD_AFTER_MONTHS",
    "SANCTIONS",
    "VIOLENT_THREAT",
    "essentials_out",
]

HIT_TARGETS = frozenset(
    _words(
        "me him her us them someone somebody child children kid kids baby toddler boy girl man woman lady guy "
        "pedestrian pedestrians cyclist cyclists car cars bike bicycle scooter bus truck lorry van vehicle plane "
        "aircraft train taxi cab wall pole tree head face leg legs arm arms knee back chest eye wife husband son "
        "daughter mum mom mother dad father nan grandma grandad grandpa friend brother sister driver passenger "
        "passengers rider courier by brakes brake dog window windscreen windshield door doors rock bird"
    )
)
NEAR_MISS = frozenset(_words("nearly almost narrowly safe unsafe injured hurt"))
ENCLOSURES = frozenset(
    _words(
        "lift elevator car vehicle train plane planes aircraft bus cabin carriage room toilet bathroom loo door "
        "doors building inside under fire smoke seat seatbelt stairwell escalator ride barrier barriers "
        "turnstile tunnel tube basement cellar"
    )
)
# The reverse: trigger words whose everyday sense shows in a word next to them. "hurt my
# feelings", "will hurt everyone", "hurt my soul" (nobody injured); "tablets and phones", "my
# tablets playlist", "lenovo tablets" (devices, not pills).
_DEVICES = frozenset(
    _words(
        "phone phones computer computers laptop laptops electronics ipad ipads android samsung lenovo kindle "
        "playlist playlists app apps screen screens nexus tv devices device smartphones"
    )
)
SANCTIONS = frozenset(
    _words(
        "send take cancel charge close cut ban remove report sue fine tow block suspend kick refuse keep withhold "
        "disconnect evict fee fees "
        "cortar cortarme cortarnos cancelar cobrar cobrarme denunciar cerrar bloquear suspender multa "
        "couper résilier resilier facturer fermer bloquer suspendre disparition extinction fermeture faillite échec "
        "sperren kündigen kundigen kündigung abschalten mahnung inkasso schließen "
        "tagliare staccare sospendere chiudere bloccare addebitare "
        "cancelar cortar bloquear suspender fechar cobrar"
    )
)
VIOLENT_THREAT = frozenset(
    _words(
        "hit kill hurt punch stab beat shoot attack knife gun rape smash "
        "matar pegar golpear apuñalar tuer frapper buter poignarder töten schlagen umbringen abstechen "
        "uccidere picchiare ammazzare accoltellare bater esfaquear"
    )
)
NOT_NEAR: dict[str, tuple[frozenset[str], int, int]] = {
    "hurt": (
        frozenset(_words("feelings feeling soul ego pride everyone business sales wallet pocket brand reputation")),
        0,
        3,
    ),
    **{w: (_DEVICES, 4, 4) for w in _words("tablet tablets")},
    # A threat of a sanction or of an end, not of violence: "threatened to send him back to Vegas",
    # "threatening to take away my pass", "amenazó con cortarme la luz", "menacé de disparition",
    # "hat mit Kündigung gedroht", "minacciato di chiudere il conto", "ameaçou cancelar o contrato".
    # (A violent word anywhere keeps it: see VIOLENT_THREAT.)
    **{
        w: (SANCTIONS, 0, 6)
        for w in _words(
            "threatened threatening threaten threatens amenazó amenazaron amenazado amenazada menacé menacée "
            "menacés menacées bedroht bedrohte minacciato minacciata ameaçou ameaçado ameaçada ameaçaram"
        )
    },
}
# What an infant cannot go without, run out: "no formula left", "sin leche para el bebé", "plus de
# couches", "keine Windeln mehr", "niente latte", "sem fraldas". With a child named and a
# disruption (stranded, cancelled, no hotel) it is more than an inconvenience (see
# is_inconvenience and detect_harm).
BABY_ESSENTIALS = frozenset(
    _words(
        "formula milk nappies nappy diapers diaper nappys leche pañales panales biberón biberon lait couches "
        "biberon milch windeln babynahrung fläschchen flaschchen latte pannolini biberon leite fraldas mamadeira"
    )
)
_LACK = frozenset(_words("no sin sans plus pas keine kein niente senza sem nada out without ohne more left"))


def essentials_out(toks: tuple[str, ...]) -> bool:
    return any(t in BABY_ESSENTIALS and not _LACK.isdisjoint(toks[max(0, i - 3) : i + 3]) for i, t in enumerate(toks))


# An infant's age in months: "a 4 month old", "un bebé de 5 meses", "un bébé de 6 mois", "un bimbo
# di 8 mesi", "8 Monate alt" (not "waited 4 months", "llevo 5 meses esperando").
MONTHS = frozenset(_words("month months meses mois mesi monate"))
MONTHS_OF = frozenset(_words("de di"))
OLD_AFTER_MONTHS = frozenset(_words("old alt alte alten alter altes"))
