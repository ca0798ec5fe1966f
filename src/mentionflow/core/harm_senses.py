"""Everyday senses of harm words that a word window tells apart, and an infant's needs, in six
languages (used by `core.harm`): "hit JFK" is an arrival and "hit my son" a blow; "trapped in
Houston" is a stranded trip and "trapped in the lift" a shut-in; "hurt my feelings", "tablets and
phones", a threat of a sanction; an infant's age in months; an infant with no formula left; a
"Dr" that signs a letter ("Regards, Dr Patel"). Also the context lists `core.harm` reads a
trigger's sense by: someone missing ("nobody knows"), goods that are no personal data, money
that moved (a card frozen after it is no mere precaution), "allergic" to what is no allergen."""

from __future__ import annotations

from mentionflow.core.harm_lexicon import words as _words
from mentionflow.core.harm_risks import SWAP_HOWTO

__all__ = [
    "ALLERGIC",
    "BABY_ESSENTIALS",
    "ENCLOSURES",
    "ESSENTIALS_WORDS",
    "GOODS",
    "HIT_TARGETS",
    "KILLABLE",
    "MISSING_PAIRS",
    "MONEY_MOVED",
    "MONTHS",
    "MONTHS_OF",
    "NEAR_MISS",
    "NOT_ALLERGENS",
    "NOT_NEAR",
    "OLD_AFTER_MONTHS",
    "SANCTIONS",
    "SOFTWARE",
    "VIOLENT_THREAT",
    "drop_signed_title",
    "essentials_out",
    "handed_to",
]

# Software that crashes (a crash within three words of one is no collision), and what is "killed"
# without anyone hurt ("kills my battery", "the upgrade killed my discount", "killed the reservations").
SOFTWARE = frozenset(
    _words(
        "app apps website site system server login page browser software wifi safari chrome firefox itunes "
        "spotify netflix ios windows program game xbox playstation laptop computer pc mac"
    )
)
KILLABLE = frozenset(
    _words(
        "app apps battery device devices phone iphone ipad laptop install installs installer uninstaller update "
        "upgrade discount discounts deal deals offer feature features reservations plan promo itunes wifi signal"
    )
)
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
_DRAINED_THINGS = frozenset(
    _words(
        "battery batteries power charge juice cpu ram memory storage phone iphone laptop akku batería bateria batterie"
    )
)
_AT_STAKE = frozenset(_words("missing miss losing lose"))
_BURNED_THINGS = frozenset(_words("hole pocket wallet cd cds dvd dvds playlist"))
_EMPTIED_THINGS = frozenset(
    _words("bathroom bathrooms toilet toilets lavatory lavatories bin bins trash rubbish garbage tank tanks ashtray")
)
_UNRECOGNISED_THINGS = frozenset(
    _words(
        "camera device phone iphone headphones airpods charger cable usb printer sim fingerprint face voice "
        "password passw pssw pin passcode login accent"
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
_DISGUST_CAUSE = frozenset(_words("da dan dá fa fanno donne donnent"))
NOT_NEAR: dict[str, tuple[frozenset[str], int, int]] = {
    # "sick and tired", "sick n tired of waiting": fed up. Only "tired" makes the idiom: "sick
    # and shaking", "sick and alone" are ill.
    "sick": (frozenset(("tired",)), 0, 2),
    # "shoved my dad into his seat" is violence; "ads shoved down our throats", "shoved my bag in" are not.
    **{
        w: (frozenset(_words("throat throats face faces bag bags case suitcase luggage")), 0, 5)
        for w in _words("shoved shoving")
    },
    # "smoke and mirrors" is a trick; "smells like smoke and the alarm won't stop" is a fire.
    "smoke": (frozenset(("mirrors",)), 0, 2),
    "hurt": (
        frozenset(_words("feelings feeling soul ego pride everyone business sales wallet pocket brand reputation")),
        0,
        3,
    ),
    **{w: (_DEVICES, 4, 4) for w in _words("tablet tablets")},
    # German "gefallen" is also "to please" and "a favour": "das wird meinem Schatz nicht gefallen",
    # "tu uns den Gefallen", "hat mir gefallen" (not "Oma ist auf der Treppe gefallen").
    "gefallen": (
        frozenset(_words("den einen nicht mir dir ihm ihr uns euch meinem deinem seinem ihrem wird würde hat hätte")),
        3,
        0,
    ),
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
    "swap": (SWAP_HOWTO, 4, 4),  # "how much is a SIM swap?" (a fraud told is caught by sim_swap)
    # Disgust, not illness: "un servizio da vomitare", "mi fa vomitare", "me da ganas de vomitar", "ça me
    # donne envie de vomir", "dá vontade de vomitar", "zum Erbrechen langsam" (not "tutti a vomitare",
    # "no para de vomitar", "elle n'arrête pas de vomir").
    **{w: (_DISGUST_CAUSE, 3, 0) for w in _words("vomitare vomitar vomir")},
    "erbrechen": (frozenset(("zum",)), 1, 0),
    # A battery or a data plan drained, not an account: "3G is draining my battery", "the update
    # drains the battery really fast", "la batería se vacía". Money named beside it keeps the fraud
    # sense ("draining my account and my battery"): see _DRAINED_THINGS.
    **{w: (_DRAINED_THINGS, 6, 4) for w in _words("draining drained drains drain")},
    # "in danger of missing my connection", "at risk of losing my seat": a trip at stake, nobody hurt.
    **{w: (_AT_STAKE, 0, 2) for w in _words("danger risk")},
    # "the album people fell in love with" (not "fell in the aisle").
    "fell": (frozenset(("love",)), 0, 2),
    # "burned a hole in my pocket", "burned a CD": money or a disc, no burn.
    **{w: (_BURNED_THINGS, 0, 5) for w in _words("burned burnt burning")},
    # A bin or a toilet emptied, not an account: "bathroom not emptied last night", "bins never emptied".
    **{w: (_EMPTIED_THINGS, 4, 3) for w in _words("emptied emptying")},
    # A device or a password not recognised, not a payment: "won't recognize my camera", "doesn't
    # recognise my password". Only right after the verb: "I don't recognise these payments on my phone".
    **{w: (_UNRECOGNISED_THINGS, 0, 2) for w in _words("recognise recognize recognised recognized")},
}
# What an infant cannot go without, run out: "no formula left", "sin leche para el bebé", "plus de
# couches", "keine Windeln mehr", "niente latte", "sem fraldas". With a child named and a
# disruption (stranded, cancelled, no hotel) it is more than an inconvenience (see
# is_inconvenience and detect_harm).
BABY_ESSENTIALS = frozenset(
    _words(
        "formula milk nappies nappy diapers diaper nappys leche pañales panales biberón biberon lait couches "
        "biberon milch windeln babynahrung fläschchen flaschchen latte pannolini biberon leite fraldas mamadeira "
        "fórmula"
    )
)
# An infant's feeds counted down ("one feed left", "plus qu'un biberon", "nur noch zwei Fläschchen"):
# what runs out is the baby's food, though the word is no product ("feed the baby" stays a verb).
_FEEDS = frozenset(
    _words("feed feeds feedings biberones tétée tétées biberons milchpulver poppata poppate mamada mamadas mamadeiras")
)
ESSENTIALS_WORDS = BABY_ESSENTIALS | _FEEDS
_LACK = frozenset(
    _words(
        "no sin sans plus pas keine kein niente senza sem nada out without ohne more left "
        # run out: "finiti i pannolini", "não temos fraldas", "se acabaron los pañales", "acabou o leite"
        "não nao finiti finite finito finita esauriti acabou acabaram acabó acabaron agotados agotado"
    )
)
# "our last nappy", "le dernier biberon", "das letzte Fläschchen": the last one, right before it.
_LAST = frozenset(_words("last dernier dernière letzte letztes letzten ultimo ultima último última"))


def essentials_out(toks: tuple[str, ...]) -> bool:
    return any(
        t in ESSENTIALS_WORDS
        and (not _LACK.isdisjoint(toks[max(0, i - 3) : i + 3]) or (i >= 1 and toks[i - 1] in _LAST))
        for i, t in enumerate(toks)
    )


# An infant's age in months: "a 4 month old", "un bebé de 5 meses", "un bébé de 6 mois", "un bimbo
# di 8 mesi", "8 Monate alt" (not "waited 4 months", "llevo 5 meses esperando").
MONTHS = frozenset(_words("month months meses mois mesi monate"))
MONTHS_OF = frozenset(_words("de di"))
OLD_AFTER_MONTHS = frozenset(_words("old alt alte alten alter altes"))


# Letter sign-offs: "Regards, Dr Patel" is who wrote, not a doctor treating anyone.
_SIGN_OFFS = frozenset(
    _words(
        "regards thanks thank cheers sincerely best yours signed saludos atentamente gracias cordialement "
        "merci salutations cordialmente grüße gruß grüsse gruss grüßen grüssen grussen mfg lg danke saluti "
        "distinti cordiali grazie cumprimentos atenciosamente obrigado obrigada abraço abraco"
    )
)


# A lawyer's or notary's academic title ("Rechtsanwalt Dr. Brandt", "avvocato dr. Rossi"): a
# signature, no doctor.
_LEGAL_TITLES = frozenset(
    _words(
        "lawyer attorney solicitor barrister rechtsanwalt rechtsanwältin anwalt anwältin notar notarin "
        "abogado abogada letrado letrada notario notaria avocat avocate notaire avvocato avvocata avv notaio "
        "advogado advogada notário"
    )
)


def drop_signed_title(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Without each "dr" that opens the text, follows a sign-off (within two words) or a
    lawyer's title right before it."""
    return tuple(
        t
        for i, t in enumerate(tokens)
        if t != "dr"
        or (i > 0 and _SIGN_OFFS.isdisjoint(tokens[max(0, i - 2) : i]) and tokens[i - 1] not in _LEGAL_TITLES)
    )


# "nobody knows where she is": someone is missing (each word alone is common).
MISSING_PAIRS = frozenset(
    [
        ("nobody", "knows"),
        ("noone", "knows"),
        ("nadie", "sabe"),
        ("personne", "sait"),
        ("niemand", "weiß"),
        ("niemand", "weiss"),
        ("keiner", "weiß"),
        ("keiner", "weiss"),
        ("nessuno", "sa"),
        ("ninguém", "sabe"),
        ("ninguem", "sabe"),
        # German and Spanish put the verb first: "seit 2 Std weiß NIEMAND wo sie ist", "no sabe nadie".
        ("weiß", "niemand"),
        ("weiss", "niemand"),
        ("weiß", "keiner"),
        ("weiss", "keiner"),
        ("sabe", "nadie"),
    ]
)


# What a wrong delivery brings: someone else's order, bag or parcel is no data of theirs on show.
GOODS = frozenset(
    _words(
        "order orders meal meals food pizza parcel parcels package packages delivery shopping groceries bag "
        "bags suitcase luggage drink drinks takeaway"
    )
)


# "gave my order to another person", "livré à une autre personne", "an eine andere Person": the
# goods went to someone else (a wrong delivery), none of their data is on show.
_TO = frozenset(_words("to à a al ao an ad"))
_ONE = frozenset(_words("a an une un una uma eine einer einen einem"))


def handed_to(toks: tuple[str, ...], pair: tuple[str, str]) -> bool:
    """The other-person pair follows "to" (with an article between or not)."""
    for i in range(1, len(toks) - 1):
        if (toks[i], toks[i + 1]) == pair and (
            toks[i - 1] in _TO or (i >= 2 and toks[i - 1] in _ONE and toks[i - 2] in _TO)
        ):
            return True
    return False


# Money that moved: with one of these, freezing or blocking a card is no mere precaution (core.harm).
MONEY_MOVED = frozenset(
    _words(
        "payment payments charge charges charged transaction transactions withdrawal withdrawals withdrawn "
        "purchase purchases debited spent cargo cargos compra compras pago pagos retirada retiradas movimientos "
        "transferencia transferencias paiement paiements achat achats prélèvement prélèvements virement virements "
        "retrait retraits débité abbuchung abbuchungen abgebucht abgehoben zahlung zahlungen überweisung "
        "überweisungen umsätze prelievo prelievi addebito addebiti pagamenti acquisti bonifico bonifici "
        "movimenti cobrança cobranças pagamentos saque saques transferência transferências débito débitos"
    )
)


# "allergic to Mondays", "alérgico a las colas", "allergique aux lundis", "allergisch gegen Montage", "allergico
# al lunedì", "alérgico a filas": allergic, within three words, to something that is no allergen.
ALLERGIC = frozenset(_words("allergic alérgico alérgica alergico alergica allergique allergisch allergico allergica"))
NOT_ALLERGENS = frozenset(
    _words(
        "mondays monday mornings work people queues queue effort customer service hold music your app you "
        "lunes colas cola gente trabajo madrugar lundi lundis queues files travail gens montag montage schlangen "
        "schlange warteschlangen arbeit leute lunedì lunedi code coda lavoro gente segunda segundas filas fila "
        "trabalho"
    )
)
