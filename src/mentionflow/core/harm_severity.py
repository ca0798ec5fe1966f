"""Harm rules the model is not left to decide: severity that is certain from the words (an
emergency number that could not be dialled, a gas smell, an unaccompanied child nobody meets,
critical medicine in a lost bag) and the warmth that makes a person named in passing no harm.
Data and small pure functions over a mention's tokens; `core/harm.py` applies them."""

from __future__ import annotations

from itertools import pairwise

from mentionflow.core.harm_blocked import SERVICES, service_call_blocked
from mentionflow.core.harm_cue_phrases import SICK_SLANG, TOILET_WORDS
from mentionflow.core.harm_lexicon import words as _words

# An emergency number that could not be called ("non riuscivo a chiamare il 112", "couldn't ring
# 999 with no signal"): a life was at risk whatever happened next.
EMERGENCY_NUMBERS = frozenset(_words("112 911 999 118 113 115 061 110 144"))
_CANNOT = frozenset(
    _words(
        "cant couldnt cannot unable impossible no not never pude puedo podía pudimos impossible pas "
        "konnte konnten kann nicht kein non riuscivo riesco potevo impossibile não consegui consigo "
        "conseguimos imposível impossivel"
    )
)
_CALL_WORDS = frozenset(
    _words(
        "call calling called ring dial llamar marcar llamada appeler appel joindre anrufen wählen erreichen "
        "chiamare chiamata ligar chamada telefonar"
    )
)
# A gas smell or leak at home is an emergency, not a complaint about an engineer.
_GAS = frozenset(_words("gas gaz gás gasgeruch gasleck"))
_SMELL_LEAK = frozenset(
    _words(
        "smell smells smelling leak leaking olor huele fuga odeur fuite geruch riecht leck odore puzza cheiro "
        "vazamento "
        # past and other forms of the smell verb ("it smelt of gas", "olía a gas", "ça sentait le gaz",
        # "es roch nach Gas", "puzzava di gas", "cheirava a gás")
        "smelt smelled smelling stinks stank olía olia huelo sentait sentais sentaient roch stinkt "
        "puzzava sapeva cheirava cheira fedia"
    )
)
# The words that make "gas" a gas smell or leak, not gas prices or greenhouse gas: core/harm.py reads
# "gas" only with one of them within 30 tokens.
GAS_CONTEXT = frozenset(
    _words(
        "smell smells smelling smelt smelled stink leak leaking leaks leaked hob stove cooker boiler oven "
        "monoxide meter fitter huele olor fuga estufa caldera odeur sent sens fuite cuisinière chaudière "
        "riecht geruch stinkt leck herd therme odore puzza perdita caldaia fornello cheiro vazamento "
        "fogão caldeira sentait sentais sentaient olía olia roch puzzava cheirava"
    )
)
# French "ça sent le gaz": "sent" alone is English "sent" ("they sent a gas engineer").
_FR_SMELLS_OF_GAS = "sent le gaz"
# A child travelling alone whom nobody meets, who is lost or crying for help.
_UNACCOMPANIED = frozenset(
    _words(
        "unaccompanied unbegleitet unbegleitete unbegleitetes unbegleiteter minderjährige accompagné accompagnée "
        "acompañado acompañada accompagnato accompagnata desacompanhado desacompanhada"
    )
)
_DISTRESS = frozenset(_words("crying tears weinend weint llorando llora pleure pleurs piangendo piange chorando chora"))


PERSON_ONLY_THRESHOLD = 0.85  # a person named in a warm text ("a mi abuela de 90 ... 💛")
WARM_EMOJI = frozenset(_words("🙌 😍 🥰 💛 ❤ ❤️ 💙 💚 💜 🧡 😊 🥹 👏 ⭐ 🌟 💯 👌 😁 🤩"))
WARM_WORDS = frozenset(
    _words(
        "thanks thank amazing brilliant lovely wonderful legends legend superb gracias genial cracks maravillosos "
        "merci génial adorable danke toll gerne klasse grazie fantastici bravissimi obrigado obrigada incríveis "
        # Affection and pride round a person ("he loves it", "so proud of her", "un encanto de chico",
        # "que queridos", "géniale avec ma fille", "war großartig mit meiner Tochter"); not "love" or
        # "great", which sarcasm borrows ("love how you seated my 6yo alone").
        "loves adores cute proud excited encanto encanta encantó queridos queridas majos maravilla lindo linda "
        "bonito bonita bonitas amable amables géniale adoré adore gentils ravi ravie großartig begeistert "
        "bravissima bravissimo gentilissimi carino carina adorou fofo fofa"
    )
)
# ("si"/"se" are also reflexive pronouns in es/fr/it/pt, so only unambiguous words.)
CONDITIONAL = frozenset(_words("if wenn falls caso"))
_CALL_AFTER = frozenset((("anrufen",), ("wählen",), ("erreichen",), ("rufen",)))


# Medicines whose loss is a health emergency for the person who needs them.
CRITICAL_MEDS = frozenset(
    _words(
        "insulin insulina insuline epipen epipens adrenaline adrenalina adrenalin inhaler inhalador inhalateur "
        "inhalator inalatore inalador anticoagulants anticonvulsants antiepileptics"
    )
)
_LOST = frozenset(
    _words(
        "lost missing perdido perdida perdieron perdu perdue perdus verloren perso persa smarrito smarrita "
        "perderam extraviada extraviado extraviaram vermisst"
    )
)
# "mi maleta no ha llegado", "my bag hasn't arrived": lost without the word.
_BAG = frozenset(
    _words("bag bags suitcase luggage maleta equipaje valise bagage bagages koffer gepäck valigia bagaglio mala")
)
_ARRIVED = frozenset(_words("arrived llegado arrivé arrivée arrivee angekommen arrivata arrivato chegou"))


def lost(tokens: tuple[str, ...]) -> bool:
    return not _LOST.isdisjoint(tokens) or (not _BAG.isdisjoint(tokens) and not _ARRIVED.isdisjoint(tokens))


DOSES = frozenset(_words("dose doses dosis dosi dosen last remaining reste quedan queda rimane restano resta restam"))


# Broken down on a road ("broken down on the hard shoulder", "en panne sur l'autoroute", "auf der
# Autobahn liegengeblieben") with no way to call for help: stranded where waiting is dangerous.
_ROAD = frozenset(
    _words(
        "motorway highway freeway roadside shoulder lautoroute lautostrada sullautostrada "
        "autopista autovía autovia carretera arcén arcen autoroute "
        "autobahn standstreifen pannenstreifen landstraße landstrasse autostrada superstrada emergenza "
        "autoestrada estrada rodovia acostamento berma"
    )
)
_BROKEN_DOWN = frozenset(
    _words(
        "broken broke breakdown averiado averiada averiados avería averia panne pannes liegengeblieben "
        "liegen geblieben guasto guasta guasti avariado avariada avariou avariaram avaria"
    )
)
_NO_SIGNAL = frozenset(_words("signal reception señal cobertura réseau reseau netz empfang segnale campo rede sinal"))
_REACH = frozenset(_words("through reach contact contactar localizar joindre erreichen contattare contactar"))
# "couldn't call an ambulance": core/harm_blocked.py; "emergency calls not going through".
CALL_FOR_HELP_ANCHORS = EMERGENCY_NUMBERS | _ROAD | SERVICES | {"emergency"}


def _stranded_unreachable(tokens: tuple[str, ...]) -> bool:
    """Broken down on a road, and the signal fails or no call gets through."""
    if _BROKEN_DOWN.isdisjoint(tokens) or _ROAD.isdisjoint(tokens):
        return False
    cannot_call = not _CANNOT.isdisjoint(tokens) and not (_CALL_WORDS | _REACH).isdisjoint(tokens)
    return cannot_call or not _NO_SIGNAL.isdisjoint(tokens)


# A call to the number that failed, said after it ("el 112 no entraba", "112 ging NICHT durch",
# "999 wouldn't connect", "le 112 ne passait pas", "il 112 non prendeva", "o 112 não completava",
# "3 calls to 999 failed"): a failure word, or a negator and a getting-through verb, just after.
_FAILED = frozenset(
    _words(
        "failed failing fails fallida fallidas falló fallo échoué échouent échouait fehlgeschlagen scheitert "
        "fallita fallite fallito falhou falharam falhada falhadas"
    )
)
_GOT_THROUGH = frozenset(
    _words(
        "through connect connecting connected entraba entra entró conecta conectaba conectó durch passait passe "
        "passé aboutit aboutissait prendeva prende passava entrava completava completa dava conectava"
    )
)
_NEGATED = frozenset(_words("not no wouldnt wont didnt doesnt never ne nicht nie non não nao"))
_AFTER_NUMBER = 6  # "112 ging über euer Netz NICHT durch"
_EMERGENCY_CALLS = frozenset(_words("call calls services service line"))


# The number as the one dialled: a call said in the text ("3 llamadas fallidas", "dreimal 'Anruf
# fehlgeschlagen'") or the number after an article ("el 112", "le 112"); not "order 112 failed",
# "my 112 euro refund failed".
_CALLED = _CALL_WORDS | frozenset(
    _words(
        "calls dialled dialed dialling rang phoned tried llamadas llamé llame marqué anruf anrufe angerufen "
        "appels appelé composé chiamate chiamato composto chamadas liguei disquei"
    )
)
_THE_NUMBER = frozenset(_words("the el al le il lo o zum die den"))


# 112, 999 and 911 are the numbers people name bare ("und 112 ging NICHT durch"); not as an order,
# a flight, a room or a sum ("order 112", "flight 999", "112 euros").
_BARE_NUMBERS = frozenset(("112", "999", "911"))
_NAMES_A_THING = frozenset(
    _words(
        "order orders flight room my your our his her ref reference no number nr bus gate seat row code account "
        "pedido vuelo habitación commande vol chambre bestellung flug zimmer ordine volo camera voo quarto"
    )
)
_UNITS = frozenset(_words("euro euros eur pounds quid dollars gb mb min mins minutes days km"))


def _bare_emergency_number(tokens: tuple[str, ...], i: int) -> bool:
    return (
        tokens[i] in _BARE_NUMBERS
        and (i == 0 or tokens[i - 1] not in _NAMES_A_THING)
        and (i + 1 >= len(tokens) or tokens[i + 1] not in _UNITS)
    )


def _call_failed_after(tokens: tuple[str, ...]) -> bool:
    called = not _CALLED.isdisjoint(tokens)
    for i, t in enumerate(tokens):
        if t == "emergency":
            numbered = i + 1 < len(tokens) and tokens[i + 1] in _EMERGENCY_CALLS
        else:
            numbered = t in EMERGENCY_NUMBERS and (
                called or (i > 0 and tokens[i - 1] in _THE_NUMBER) or _bare_emergency_number(tokens, i)
            )
        if not numbered:
            continue
        after = tokens[i + 1 : i + 1 + _AFTER_NUMBER]
        if not _FAILED.isdisjoint(after):
            return True
        if not _NEGATED.isdisjoint(after) and not _GOT_THROUGH.isdisjoint(after):
            return True
    return False


def failed_emergency_call(tokens: tuple[str, ...]) -> bool:
    """A "cannot" and an emergency number dialled: right after a call word ("call 999", "chiamare
    il 112", "llamar al 112") or right before one ("112 anrufen"); not "order 112". Or stranded
    by a breakdown on a road with no signal to call for help."""
    if not _ROAD.isdisjoint(tokens) and _stranded_unreachable(tokens):
        return True
    if not SERVICES.isdisjoint(tokens) and service_call_blocked(tokens):
        return True
    if _call_failed_after(tokens):
        return True
    if _CANNOT.isdisjoint(tokens) or _CALL_WORDS.isdisjoint(tokens):
        return False
    for i, t in enumerate(tokens):
        if t in EMERGENCY_NUMBERS and (
            not _CALL_WORDS.isdisjoint(tokens[max(0, i - 2) : i]) or tokens[i + 1 : i + 2] in _CALL_AFTER
        ):
            return True
    return False


# "un bambino piccolo chiuso in macchina al sole", "left my son locked in the van".
_LOCKED = frozenset(
    _words("locked chiuso chiusa encerrado encerrada enfermé enfermée eingesperrt eingeschlossen trancado trancada")
)
_CAR = frozenset(_words("car van coche auto macchina voiture wagen carro furgone furgoneta camionnette"))


def _near(tokens: tuple[str, ...], a: frozenset[str], b: frozenset[str], window: int) -> bool:
    where_a = [i for i, t in enumerate(tokens) if t in a]
    return any(t in b for i in where_a for t in tokens[max(0, i - window) : i + window + 1])


# Food poisoning named ("#foodpoisoning", "intoxicación alimentaria"): a health harm however the
# rest reads (a question, "sick" that the model reads as slang).
_FOOD_POISONING = frozenset(_words("foodpoisoning lebensmittelvergiftung"))
_FOOD_POISONING_PAIRS = frozenset(
    [
        ("food", "poisoning"),
        ("intoxicación", "alimentaria"),
        ("intoxicacion", "alimentaria"),
        ("intoxication", "alimentaire"),
        ("intossicazione", "alimentare"),
        ("intoxicação", "alimentar"),
        # A poisoning by what was served ("intoxicación por el sushi", "intoxication au poulet",
        # "intossicazione da frutti di mare", "intoxicação pelo camarão"): named by its cause.
        ("intoxicación", "por"),
        ("intoxicacion", "por"),
        ("intoxication", "au"),
        ("intoxication", "aux"),
        ("intossicazione", "da"),
        ("intossicazione", "dal"),
        ("intossicazione", "dai"),
        ("intoxicação", "por"),
        ("intoxicação", "pelo"),
        ("intoxicação", "pela"),
        ("poisoned", "by"),
    ]
)
# Someone who fainted, lost consciousness or is being sick now: illness that happened to a person.
_COLLAPSED = frozenset(
    _words(
        "fainted unconscious seizure desmayó desmayada desmayado inconsciente évanoui évanouie inconscient "
        "ohnmächtig bewusstlos svenuta svenuto incosciente desmaiou desmaiada desmaiado"
    )
)
_VOMITING = frozenset(_words("vomiting vomited vomitando vómitos vomissements erbrechen erbricht vomitou vômito"))


# "food poisoning insurance lol", "Lebensmittelvergiftung-Versicherung": what a policy covers.
_COVER = frozenset(_words("insurance cover coverage policy seguro assurance versicherung assicurazione"))


def food_poisoning(tokens: tuple[str, ...]) -> bool:
    if not _COVER.isdisjoint(tokens) and any(
        t in _COVER and (tokens[i - 1] in _FOOD_POISONING or tokens[i - 2 : i] in _FOOD_POISONING_PAIRS)
        for i, t in enumerate(tokens)
        if i
    ):
        return False
    return (
        not _FOOD_POISONING.isdisjoint(tokens)
        or not _FOOD_POISONING_PAIRS.isdisjoint(pairwise(tokens))
        or sick_in_slang(tokens)
    )


_SICK_SLANG = frozenset(SICK_SLANG)


def sick_in_slang(tokens: tuple[str, ...]) -> bool:
    """Being sick told as embracing the toilet ("hugging the toilet all night", "abrazada al váter toda la
    noche"): vomiting, however jokingly said. The toilet word must follow within four words."""
    return any(
        p in _SICK_SLANG and not TOILET_WORDS.isdisjoint(tokens[i + 2 : i + 6]) for i, p in enumerate(pairwise(tokens))
    )


# Swelling after an allergen was eaten ("her lips are swelling", "se le hincha la cara", "ses lèvres
# gonflent"): the allergic reaction is happening now.
_SWELLING = frozenset(
    _words(
        "swelling swollen swelled swells hinchando hinchado hinchada hincha gonflent gonfle gonflé gonflée "
        "gonflées schwellen schwillt geschwollen gonfiano gonfia gonfio gonfie gonfiata inchando inchado "
        "inchada incha inchou"
    )
)


def grave_now(tokens: tuple[str, ...], fs: set[str]) -> bool:
    """Severe whatever the model says: a gas smell or leak, an unaccompanied child nobody meets,
    a child locked in a car, someone who fainted, food poisoning with people being sick."""
    if not _GAS.isdisjoint(tokens) and (_near(tokens, _GAS, _SMELL_LEAK, 3) or _FR_SMELLS_OF_GAS in " ".join(tokens)):
        return True
    if not _COLLAPSED.isdisjoint(tokens) or (not _VOMITING.isdisjoint(tokens) and food_poisoning(tokens)):
        return True
    if "g:child" in fs and not _LOCKED.isdisjoint(tokens) and _near(tokens, _LOCKED, _CAR, 3):
        return True
    if "g:allergen" in fs and not _SWELLING.isdisjoint(tokens):
        return True  # lips or throat swelling after an allergen: a reaction underway, whoever it is
    return not _UNACCOMPANIED.isdisjoint(tokens) and (
        bool(fs & {"g:nobody", "g:missing", "g:alone"}) or not _DISTRESS.isdisjoint(tokens)
    )


# A weapon drawn or pointed ("um cliente puxou uma faca", "sacó una navaja", "pointed a gun"):
# physical danger now. The weapon alone is not ("no knife and fork in the bag").
WEAPONS = frozenset(
    _words(
        "knife gun weapon machete faca cuchillo navaja couteau messer coltello pistola gun arma arme waffe "
        "revólver revolver pistolet"
    )
)
_DREW = frozenset(
    _words(
        "pulled pulling drew pointed waved brandished threatened puxou apontou sacó saco apuntó amenazó "
        "sorti sortit brandi menacé zog gezogen bedroht tirato puntato minacciato ameaçou "
        # the perfect ("me ha sacado una navaja", "ha tirato fuori un coltello", "m'a menacé")
        "sacado sacada sacaron amenazado amenazada sacou puxado ameaçado menacée minacciata pulls draws"
    )
)


def weapon_drawn(tokens: tuple[str, ...]) -> bool:
    return not _DREW.isdisjoint(tokens) and _near(tokens, _DREW, WEAPONS, 3)


# An adrenaline pen only carried ("can I bring my EpiPen on board?", "vous avez un epipen a bord ou je dois
# prendre le mien?") was not used: no reaction happened. With a verb of using it ("had to use her epipen",
# "mussten den Epipen nehmen und den Notarzt rufen") or no carrying word it is read as used.
_CARRY = frozenset(
    _words(
        "bring carry carries carrying pack packed board bordo bord llevar llevais lleváis llevo traer prendre "
        "apporter emporter mitbringen mitnehmen dabei portare levar trazer"
    )
)
_USE = frozenset(
    _words(
        "use used using usar usé usamos usaron usado usó utiliser utilisé utilisée utiliser benutzen benutzt "
        "usare usato usata usai usammo inject injected injecting jab jabbed administer administered gespritzt "
        "spritzen injecté injectée inyecté inyectar iniettato aplicar aplicou aplicamos aplicado"
    )
)


def pen_only_carried(tokens: tuple[str, ...]) -> bool:
    return not _CARRY.isdisjoint(tokens) and _USE.isdisjoint(tokens)
