"""Harm words said of a thing, not a person: an app that "crashed", an iPad that is "gonna kill me",
money "lit on fire", a phone "on fire" that drains its battery.

Each frame needs its harm word to be the ONLY cue that fired (so "the app crashed and I couldn't call
an ambulance" or "my phone caught fire while charging" never match), a thing as what the word is
said of, and no sign that a body or a vehicle was involved. Used by core/harm_frames.py
(`benign_frame`): a match reads the mention as a complaint, not a harm report.
"""

from __future__ import annotations

from mentionflow.core.harm_figures import FRAUD_FACT_WORDS, VERDICT_NOUNS
from mentionflow.core.harm_lexicon import LEXICON, words

# Software and devices that "crash": a site, an app, the check-in.
_SOFTWARE = frozenset(
    words(
        "app apps application site website page system server servers login checkin check online browser "
        "computer laptop pc ipad iphone phone tablet console xbox playstation ps4 ps5 game update software "
        "program screen stream player wifi portal kiosk booking payment checkout cart"
    )
)
_CRASH = frozenset(words("crashed crash crashes crashing"))
# A vehicle, a body or a call for help beside "crashed": a real collision may be told.
_PHYSICAL = frozenset(
    words(
        "car cars bus train plane jet taxi cab uber lyft driver bike bicycle scooter motorbike truck van lorry "
        "into wall tree pole road street hurt injured injury hospital ambulance police bleeding broken neck "
        "head knee back whiplash pedestrian airplane aircraft runway landing vehicle"
    )
)


def crashed_software(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """ "the site crashed", "crashed trying to check in": software that failed, no collision."""
    if cues != ("collision",) or _CRASH.isdisjoint(tokens) or not _PHYSICAL.isdisjoint(tokens):
        return False
    return not _SOFTWARE.isdisjoint(tokens)


# Things and ordeals that "kill me" figuratively: "my iPad is gonna kill me", "cette appli me tue",
# "esos precios me están matando", "essas taxas estão me matando".
_THINGS = frozenset(
    words(
        "ipad iphone phone app apps laptop computer printer wifi internet update updates wait waiting queue hold "
        "delay delays price prices fee fees bill bills traffic lag battery game site website system this that it "
        "these those service music song songs show episode ending suspense "
        "móvil movil celular aplicación aplicacion precio precios comisiones espera factura esto eso esta este "
        "appli application téléphone telephone portable attente prix frais facture ça ca cette ce bug "
        "telefone aplicativo preço preços taxas conta isso essa esse"
    )
)
_KILL = frozenset(words("kill kills killing tue tuent matando matan"))
_ME = frozenset(words("me moi"))
# Someone who could mean it: "the driver is gonna kill me" stays a threat.
_PEOPLE = frozenset(
    words(
        "he she they him her them driver guy man woman men people someone somebody staff agent neighbour "
        "neighbor husband wife boyfriend girlfriend dad mom mum father mother brother sister boss he'll "
        "il elle ils elles él ella ellos ele ela eles conductor chauffeur motorista homme hombre homem"
    )
)


def kills_me_figuratively(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """ "this wait is killing me", "my iPad is gonna kill me": a thing, not a person, "kills me"."""
    if cues != ("kill",) or _ME.isdisjoint(tokens) or not _PEOPLE.isdisjoint(tokens):
        return False
    for i, tok in enumerate(tokens):
        if tok in _KILL:
            near = tokens[max(0, i - 6) : i + 2]
            if not _ME.isdisjoint(near) and not _THINGS.isdisjoint(tokens[max(0, i - 6) : i]):
                return True
    return False


# Money "lit on fire" ("wish I hadn't lit $24 on fire", "tirar el dinero al fuego"): money wasted.
_FIRE = frozenset(words("fire fuego feu feuer fuoco fogo burning"))
_MONEY = frozenset(words("money cash dinero plata argent fric geld soldi dinheiro bucks quid euros dollars"))
_LIT = frozenset(words("lit set light setting echar tirar jeter werfen buttare jogar"))
# Signs of a real fire beside a hot phone: smoke, flames, a battery that swells, burns.
_REAL_FIRE = frozenset(
    words(
        "smoke smoking flames flame burnt burned burn melted melting exploded explosion sparks swollen swelling "
        "caught scorched blaze"
    )
)
_DEVICE = frozenset(words("phone iphone ipad laptop tablet"))
_DRAIN = frozenset(words("losing drain draining drains dies dying percent"))


def _sum_before(tokens: tuple[str, ...], i: int) -> bool:
    """Money just before the fire word: "lit $24 on fire" (the sum is the thing lit), "my money"."""
    if not _MONEY.isdisjoint(tokens[max(0, i - 4) : i]):
        return True
    return i >= 2 and tokens[i - 1] == "on" and tokens[i - 2].isdigit()


def fire_figure(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """Money "lit on fire", a phone "on fire" that loses its battery: waste and heat, no fire."""
    if cues != ("fire_smoke",) or not _REAL_FIRE.isdisjoint(tokens):
        return False
    for i, tok in enumerate(tokens):
        if tok not in _FIRE:
            continue
        if not _LIT.isdisjoint(tokens[max(0, i - 5) : i]) and _sum_before(tokens, i):
            return True
        after = tokens[i + 1 : i + 6]
        hot_device = i >= 1 and tokens[i - 1] == "on" and not _DEVICE.isdisjoint(tokens[max(0, i - 4) : i])
        if hot_device and (not _DRAIN.isdisjoint(after) or "battery" in after):
            return True
    return False


# "#Fraud" as a verdict on a price gap: "paid 3707 INR, the tag says MRP 2950 INR #Fraud", "cobrado
# 45 €, la etiqueta pone 30 €: estafa". Two different sums and a price or label word, every fraud word a
# verdict noun, no sign of a real fraud (`FRAUD_FACT_WORDS` in core/harm_figures.py).
_LABEL = frozenset(
    words(
        "price prices priced tag label labelled listed mrp shelf till online advertised website rrp "
        "precio etiqueta anunciado prix étiquette affiché preis etikett preisschild angegeben prezzo etichetta "
        "cartellino preço etiqueta anunciado inr usd eur gbp"
    )
)
_FRAUD_WORDS = frozenset(LEXICON["fraud"])


def price_gap_verdict(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """Two different sums and a price label, and fraud said only as a verdict: a price complaint."""
    if cues != ("fraud",) or _LABEL.isdisjoint(tokens) or not FRAUD_FACT_WORDS.isdisjoint(tokens):
        return False
    if len({t for t in tokens if t.isdigit() and len(t) >= 2}) < 2:
        return False
    fraud = [t for t in tokens if t in _FRAUD_WORDS or t in VERDICT_NOUNS]
    return bool(fraud) and all(t in VERDICT_NOUNS for t in fraud)


# English self-harm words said of a thing or in delight: "feel like it's worthless" (a membership),
# "I can cope with no solution", "i am so alive rn". The other languages' self-harm words are verbs
# of self-harm ("suicidarme", "uccidermi") with no such figure.
_THING_SUBJECTS = frozenset(
    words("it this that service app membership card status support subscription program programme they these")
)
_IS = frozenset(words("is was are were so just"))
_DELIGHT = frozenset(words("so feel feeling feels more"))
_NEGATED = frozenset(words("not dont doesnt didnt never no longer anymore cant cannot barely hardly"))
_CAN = frozenset(words("can could"))


def _figure_of_self_word(tokens: tuple[str, ...], i: int) -> bool:
    word, before = tokens[i], tokens[max(0, i - 3) : i]
    if word in ("worthless", "hopeless"):
        prev = tokens[i - 1] if i else ""
        return prev in ("its", "thats") or (
            i >= 2 and prev in _IS and tokens[i - 2] in _THING_SUBJECTS and "i" not in before
        )
    if word == "cope":
        return not _CAN.isdisjoint(before) and _NEGATED.isdisjoint(before)
    if word == "alive":
        return i >= 1 and tokens[i - 1] in _DELIGHT and _NEGATED.isdisjoint(before)
    return False


_SELF_WORDS = frozenset(LEXICON["self_harm"])


def self_word_figure(tokens: tuple[str, ...], cues: tuple[str, ...], fs: set[str]) -> bool:
    """Every self-harm word is said of a thing or in delight, and no self-harm statement was read."""
    if cues != ("self_harm",) or "g:self_harm_statement" in fs:
        return False
    at = [i for i, t in enumerate(tokens) if t in _SELF_WORDS]
    return bool(at) and all(_figure_of_self_word(tokens, i) for i in at)


# The cabin sign, not a danger: "left the seatbelt light on all flight", "ignore the fasten seatbelt
# sign", "la señal del cinturón", "le voyant de la ceinture", "il segnale delle cinture", "o sinal do cinto".
_BELTS = frozenset(
    words(
        "seatbelt seatbelts cinturón cinturon cinturones ceinture ceintures sicherheitsgurt "
        "cintura cinture cinto cintos"
    )
)
_SIGN = frozenset(
    words("sign signs light lights signal señal senal luz aviso voyant signal zeichen leuchte segnale spia sinal luz")
)
_DANGER = frozenset(LEXICON["danger"])
# Something that happened to a body while the sign was on or off: the belt is then part of a harm report.
_BODY_EVENT = frozenset(
    words(
        "thrown hit fell fall falling hurt injured bleeding bruised ambulance hospital flew landed "
        "lanzado lanzada cayó caído caída herido herida projeté projetée tombé tombée blessé blessée "
        "geschleudert gestürzt verletzt caduto caduta ferito ferita sbalzato sbalzata caiu ferido ferida jogado jogada"
    )
)


def seatbelt_sign(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """Every danger word is a seat belt named with its sign or light."""
    if cues != ("danger",) or not _BODY_EVENT.isdisjoint(tokens):
        return False
    at = [i for i, t in enumerate(tokens) if t in _DANGER]
    return bool(at) and all(tokens[i] in _BELTS and not _SIGN.isdisjoint(tokens[max(0, i - 3) : i + 3]) for i in at)


# A perk or a rule "being abused": "the companion pass is being abused at every airport", "promo codes
# get abused". English only: the other languages' violence words name acts on people.
_PERKS = frozenset(
    words(
        "its it pass passes system policy policies privilege privileges perk perks loophole promo promos code codes "
        "discount discounts feature rule rules program programme scheme offer offers benefit benefits"
    )
)
_BEING = frozenset(words("being been get gets getting got"))


def perk_abused(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """ "X is being abused" where X is a perk, a rule or "it"."""
    if cues != ("violence",):
        return False
    for i, tok in enumerate(tokens):
        if tok == "abused" and i >= 2 and tokens[i - 1] in _BEING:
            return not _PERKS.isdisjoint(tokens[max(0, i - 4) : i - 1])
    return False


# Refusing to share a card number is no exposure: "I don't wanna give out my credit card number".
_REFUSE = frozenset(words("dont wont not never rather refuse wouldnt dont wanna"))


def refuses_to_share(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """ "give out" said with a refusal before it (English: the other languages have no such cue)."""
    if cues != ("breach",):
        return False
    for i, tok in enumerate(tokens[:-1]):
        if tok in ("give", "giving") and tokens[i + 1] == "out":
            return not _REFUSE.isdisjoint(tokens[max(0, i - 4) : i])
    return False


def figurative_frame(tokens: tuple[str, ...], cues: tuple[str, ...], fs: set[str]) -> str | None:
    """ "figure" when the only harm word is said of a thing (see the module docstring), else None."""
    if len(cues) != 1:
        return None
    if self_word_figure(tokens, cues, fs):
        return "figure"
    if crashed_software(tokens, cues) or kills_me_figuratively(tokens, cues) or fire_figure(tokens, cues):
        return "figure"
    if price_gap_verdict(tokens, cues):
        return "price"
    if seatbelt_sign(tokens, cues) or perk_abused(tokens, cues) or refuses_to_share(tokens, cues):
        return "figure"
    return None
