"""Positive hyperbole slang: a negative or violent word said as praise, per language.

"that deal is fire 🔥", "killer deal", "the app is SICK", "this ad is killing me 😂", "me muero
😂", "ich sterbe 😂", "ça tue", "trop de la balle", "va da paura", "spacca", "top demais",
"morri de rir": the word's valence (and the sentiment models' weight for it) is negative, the
mention is a fan's. A hyperbole counts as praise only in a positive context (a laughing, loving
or hype emoji, a laugh, a praise word, "!") and never beside a literal harm or a failure
("the charger caught fire", "this delay is killing me", "me muero de frío en el andén").
`positive_hyperbole` is None for almost every mention after one C-level set test.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from itertools import pairwise

from mentionflow.core.text import NormalisedText


def _w(text: str) -> list[str]:
    return text.split()


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in text.split(","))


# Hyperbole per language, as token sequences (apostrophes dropped, lowercase, as `normalise`
# emits them). English is read in every language (people mix it in).
HYPERBOLE: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases(
        "fire,killer,killing me,kills me,killed it,killing it,the bomb,da bomb,bomb,sick,im dead,im deceased,"
        "deceased,dying,im dying,insane,insanely,unreal,wicked,savage,lethal,crazy good,mental,lit,slaps,"
        "slay,slays,slayed,slaying,slayyy,literally dead,literally deceased,literally dying,left no crumbs,"
        "ate and left"
    ),
    "es": _phrases(
        "me muero,muero,me mata,me mato,me mató,me matan,me morí,morí,brutal,bestial,la bomba,una bomba,"
        "de muerte,una locura,de locos,absurdo de rápido,absurdo de bueno,flipante,me flipa,"
        "muerta de risa,muerto de risa,me parto"
    ),
    "fr": _phrases(
        "ça tue,ca tue,ça déchire,ca dechire,déchire,de la balle,une tuerie,tuerie,de ouf,malade,"
        "je suis mort,jsuis mort,je suis morte,mort de rire,morte de rire,je meurs,ça défonce,ca defonce,"
        "de la bombe,une bombe,à mourir,a mourir,à tomber,a tomber"
    ),
    "de": _phrases(
        "ich sterbe,sterbe,krank,echt krank,der hammer,hammer,bombe,killer,wahnsinn,irre,brutal,"
        "lach mich tot,totgelacht,übertrieben gut,geisteskrank"
    ),
    "it": _phrases(
        "da paura,spacca,spaccano,spaccato,una bomba,bomba,da urlo,mi fa morire,morto dal ridere,"
        "morta dal ridere,sto morendo,pazzesco,pazzesca,bestiale,da impazzire,mi uccide,da morire,una bomba"
    ),
    "pt": _phrases(
        "top demais,morri,morri de rir,morrendo de rir,to morrendo,tô morrendo,uma bomba,bomba,insano,"
        "absurdo de bom,absurdo de rápido,absurdo de rápida,absurdo de rapido,absurdo de gostoso,surreal,"
        "brabo,braba,brabos,brabas,brabo demais,matou a pau,é o bicho,monstro,arrasou,arrasaram,arrasando,arrasa,"
        # "mandou bem" (did well) is no violent word, but reads like one to the small model.
        "mandou bem,mandaram bem,de morrer"
    ),
}
_ANCHORS: dict[str, frozenset[str]] = {lang: frozenset(p[-1] for p in ps) for lang, ps in HYPERBOLE.items()}
# The death words of a wish ("dying to try", "muoio dalla voglia": `wished_for`).
_DYING = frozenset(_w("dying muero muriendo meurs crève creve muoio morendo morrendo morro sterbe"))
GATE = frozenset().union(*_ANCHORS.values()) | _DYING
_BY_ANCHOR: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
    lang: {a: tuple(p for p in ps if p[-1] == a) for a in _ANCHORS[lang]} for lang, ps in HYPERBOLE.items()
}

# What makes a hyperbole praise: laughing, loving and hype emoji (💀 is "I'm dead" laughing), a laugh.
POSITIVE_EMOJI = frozenset(
    _w("😂 🤣 😆 😹 😍 🥰 😋 🤤 🔥 💯 🙌 🤩 😎 🚀 🥳 🐐 💀 ❤️ ❤ 💚 💙 💜 🧡 💛 👌 👏 ✨ 🎉 💣 🤌 💅")
)
# Laughing faces: delight at a joke, or exasperation at a failure (which the model's reading tells).
LAUGHING_FACES = frozenset(_w("😂 🤣 😆 😹 😅"))
LAUGHS = frozenset(
    _w("lol lmao lmfao haha hahaha jaja jajaja jajajaja mdr ptdr xd ahah ahahah ahahah kkk kkkk kkkkk rsrs")
)
# A laugh of any length ("kkkkkkk" squashes to "kk", "jajajajaja", "hahahahah", "rsrsrs", "ahahahah").
_LAUGH_RE = re.compile(r"k{2,}|(?:ja|je|ha|he|ah|eh|rs|hi|ji){2,}[jhaers]?|x+d+")


def has_laugh(tokset: AbstractSet[str]) -> bool:
    """A laugh token, of any length, among the tokens."""
    return not LAUGHS.isdisjoint(tokset) or any(_LAUGH_RE.fullmatch(t) for t in tokset)


PRAISE_WORDS = frozenset(
    _w("""best love loved amazing ace legend legends obsessed brilliant awesome perfect raise
    mejor mejores encanta increíble genial maravilla meilleur meilleure génial adore parfait
    beste bestes besten liebe genial perfekt migliore adoro perfetto geniale melhor amei adorei
    perfeito incrível""")
)
# A literal harm next to the word: the hyperbole is not praise ("caught fire", "hospital").
HARM_LITERAL = frozenset(
    _w("""smoke smoking flames exploded burn burned burnt burning hospital ambulance hurt injured
    poisoning vomiting
    humo llamas quemado quemada hospital
    fumée flammes brûlé brûlée hôpital
    rauch flammen verbrannt krankenhaus
    fumo fiamme bruciato bruciata ospedale
    fumaça chamas queimado queimada""")
)
# A failure next to the word ("this delay is killing me", "me muero de frío en el andén", "krank
# seit der Lieferung"): not praise, unless the text names its fix ("rebooked my cancelled flight
# in 40 seconds, the app is the bomb"): then the hyperbole praises the fix.
FAILURE_LITERAL = frozenset(
    _w("""delay delayed late cancelled canceled waiting queue broken refund still cold freezing
    charger battery wait prices price fees charges charged bill down offline outage
    signal error crashed crash crashing spinner spins spinning loading slow stuck frozen freezes lost missing
    wrong perdido perdida lento lenta atascado perdu perdue lent lente bloqué verloren langsam hängt perso
    persa bloccato travou travado
    retraso espera esperando frío frio andén roto rota reembolso
    retard attente froid cassé remboursement
    verspätung warten wartezeit kalt kaputt erstattung seit
    ritardo attesa freddo rotto rimborso
    atraso espera frio quebrado reembolso""")
)
# Waiting on the line ("40 mins on hold", "40 minuti in linea", "40 minutos na linha", "in der
# Warteschleife", "musique d'attente"): a wait like "waiting", said as where the writer is.
_ON_THE_LINE = frozenset(
    [("on", "hold"), ("en", "línea"), ("en", "linea"), ("in", "linea"), ("na", "linha"), ("em", "linha")]
)
_LINE_WAIT_WORDS = frozenset(_w("warteschleife warteschleifenmusik dattente dattesa hold"))
# "in linea con" (in line with), "na linha do tempo" (timeline): no wait.
_LINE_NOT_NEXT = frozenset(_w("con com do da de with"))


def _on_the_line(toks: tuple[str, ...], tokset: AbstractSet[str]) -> bool:
    """A wait on the phone line or in a hold queue (see _ON_THE_LINE)."""
    if _LINE_WAIT_WORDS.isdisjoint(tokset) and not {"linea", "línea", "linha"} & tokset:
        return False
    if not {"warteschleife", "warteschleifenmusik", "dattente", "dattesa"}.isdisjoint(tokset):
        return True
    return any(
        p in _ON_THE_LINE and (i + 2 >= len(toks) or toks[i + 2] not in _LINE_NOT_NEXT)
        for i, p in enumerate(pairwise(toks))
    )


LITERAL = HARM_LITERAL | FAILURE_LITERAL
# A first-person threat said laughing ("je vais tuer quelqu'un si ... encore une notif 😂", "I'm
# gonna kill someone if ... 😂"): exasperation at the brand, so its laughing emoji approve nothing.
_THREAT_VERBS = frozenset(
    _w("""kill murder strangle matar mato estrangular tuer étrangler töten umbringen erwürgen
    ammazzare ammazzo uccidere uccido strozzare""")
)
NOT_EMOJI_PRAISE = LITERAL | _THREAT_VERBS
# A fix word negated is no fix ("nobody rebooked me", "nunca me reembolsaron", "pas remboursé").
FIX_NEGATORS = frozenset(
    _w("""no not never nobody noone didnt havent hasnt wasnt werent still yet nunca nadie ni sin pas jamais personne
    rien nicht nie niemand kein keine non mai nessuno não nao ninguém ninguem nada sem""")
)
# "still" is a failure ("still waiting", "still nothing") except before a good state: "the ramen
# was still steaming", "still hot", "todavía caliente".
_STILL = frozenset(_w("still todavía todavia encore noch ancora ainda"))
_STILL_FINE = frozenset(
    _w("""hot warm steaming fresh crispy crunchy perfect smiling going strong the best
    caliente calientita calentita fresca fresco chaud chaude chauds frais fraîche warm heiß heiss frisch
    caldo calda fresco fresca quente quentinho quentinha fresquinho""")
)


# Failures that go on: a fix named elsewhere in the text does not end them ("refunded the fee but
# still waiting for the card", "app stuck loading again").
_ONGOING = frozenset(
    _w("""still waiting wait stuck down offline loading spinner spins spinning slow frozen freezes error
    esperando atascado attente bloqué warten hängt attesa bloccato travou travado""")
)


# The writer's own body ("my knees are dead", "mi espalda me mata", "j'ai mal au dos ... ça me tue", "meine
# Knie", "le mie ginocchia", "as minhas costas"): beside it, the hyperbole is a body in discomfort (a
# seat, a wait), not praise. Only after a possessive: "back" alone is "came back", "collo" a parcel's neck.
_MY = frozenset(_w("my mi mis mes mon ma meine meinen meinem mein mie miei mio mia minhas meus minha meu au aux"))
_BODY = frozenset(
    _w("""knee knees back legs leg feet foot neck hips hip shoulders shoulder spine ankles ankle bum butt
    rodillas rodilla espalda piernas pierna pies cuello cadera caderas
    genoux genou dos jambes jambe pieds cou hanches hanche
    knie rücken beine bein füße fuß nacken hüfte
    ginocchia ginocchio schiena gambe gamba piedi collo fianchi
    joelhos joelho costas pernas perna pés pescoço quadril""")
)


def body_in_pain(toks: tuple[str, ...]) -> bool:
    """The writer names their own body part (see `_BODY`)."""
    return not _BODY.isdisjoint(toks) and any(
        t in _BODY and not _MY.isdisjoint(toks[max(0, i - 2) : i]) for i, t in enumerate(toks)
    )


def _failure_said(toks: tuple[str, ...], tokset: AbstractSet[str], resolved: bool = False) -> bool:
    """A failure word in the text (with a fix named, only one that goes on); "still" only when no
    good state follows it."""
    said = (_ONGOING if resolved else FAILURE_LITERAL) & tokset
    if said != {"still"}:
        return bool(said)
    return any(t == "still" and toks[i + 1 : i + 2] and toks[i + 1] not in _STILL_FINE for i, t in enumerate(toks))


# The next word that makes the hyperbole literal or a complaint: "sick of", "dead battery",
# "fire alarm", "mental health", "killing my battery".
LITERAL_NEXT: dict[str, frozenset[str]] = {
    "sick": frozenset(_w("of and to with since after all in")),
    "dead": frozenset(_w("battery phone line signal on again after zone")),
    "fire": frozenset(_w("alarm alarms brigade exit hazard risk department")),
    "bomb": frozenset(_w("threat scare squad")),
    "mental": frozenset(_w("health")),
    "killing": frozenset(_w("my the our")),
    "krank": frozenset(_w("seit nach")),
    "malade": frozenset(_w("depuis après")),
}

LITERAL_PREV = frozenset(_w("caught catch catching set"))
# A threat or alarm up to three words before ("allarme bomba", "ameaça de bomba", "alerte à la bombe").
THREAT_PREV = frozenset(_w("allarme ameaça ameaca amenaza alerta alerte minaccia threat scare"))

# A death word followed by what is wanted is a desire, not praise of what was had: "dying to try",
# "me muero por probarlo", "me muero de ganas", "je meurs d'envie", "sto
# morendo dalla voglia", "tô morrendo de vontade", "ich sterbe vor Neugier". The wish (often a
# pre-sales question) leads; the intent falls to the question or the model.
_DESIRE_NEXT: tuple[tuple[str, ...], ...] = _phrases(
    "de ganas,denvie,dimpatience,de curiosité,dalla voglia,di curiosità,de vontade,de curiosidade,"
    "vor neugier,vor ungeduld,vor vorfreude"
)
# "dying to" / "me muero por" only before what one wants to do: "dying to try", "me muero por
# probarlo"; not "dying to fuel their war", "muero por mi país".
_TO = frozenset(_w("to por"))
_WANTED = frozenset(
    _w("""try get see know go visit buy have hear taste eat meet watch order test book find join switch sign
    upgrade use read play check ride fly stay
    probar probarlo probarla probarlos probarlas ver verlo verla saber ir tener comprar conocer pedir volver
    viajar escuchar usar comer estrenar""")
)


def _desire(toks: tuple[str, ...], i: int) -> bool:
    """The death word at i is followed by what the writer wants (see above)."""
    if toks[i] not in _DYING:
        return False
    if toks[i + 1 : i + 2] and toks[i + 1] in _TO:
        return toks[i + 2 : i + 3] != () and toks[i + 2] in _WANTED
    return any(toks[i + 1 : i + 1 + len(d)] == d for d in _DESIRE_NEXT)


# Praise said as the absence of a bother ("sorted in 5 mins, no fuss", "refunded, no questions
# asked", "hassle-free"): English only, where the model weighs the "no" and the bother word as a
# complaint; the other languages' models read "sin complicaciones", "sans souci" as praise already.
ABSENCE: tuple[tuple[str, ...], ...] = _phrases(
    "no fuss,no hassle,no faff,no drama,no bother,no quibble,no quibbles,no questions asked,zero hassle,"
    "zero fuss,zero drama,hassle free,fuss free,stress free,without a hitch,without any hassle,without any fuss,"
    "without fuss,without hassle,no hassle whatsoever,no fuss whatsoever"
)
ABSENCE_GATE = frozenset(p[-1] for p in ABSENCE)
# "not exactly hassle-free", "far from hassle free", "anything but fuss-free": said the other way.
_ABSENCE_EMOJI = POSITIVE_EMOJI | frozenset(_w("👍 👍🏻 👍🏼 👍🏽 👍🏾 👍🏿 🙏 😊 🙂 ☺️"))
_ABSENCE_DENIED = frozenset(_w("not exactly far anything hardly never"))


def positive_hyperbole(
    norm: NormalisedText,
    tokset: AbstractSet[str],
    lang: str | None,
    praise: bool,
    failure: bool,
    resolved: bool = False,
) -> bool:
    """True when a hyperbole word of `lang` (or English) is said as praise: positive context
    (`praise`: the keyword file's praise flag) and no literal harm or failure (`failure`: the
    keyword file's failure, complaint, insult or major flags) beside it. A failure word with its
    fix named (`resolved`: the keyword file's resolved flag, not negated) is the story of the
    praise, unless it goes on (`_ONGOING`)."""
    en = _ANCHORS["en"]
    own = _ANCHORS.get(lang or "")
    if en.isdisjoint(tokset) and (own is None or own.isdisjoint(tokset)):
        return False
    toks = norm.tokens
    if failure or not HARM_LITERAL.isdisjoint(tokset) or _failure_said(toks, tokset, resolved):
        return False
    if body_in_pain(toks):  # "my knees are DEAD 💀 the seat pitch is killing me"
        return False
    if not resolved and _on_the_line(toks, tokset):  # "40 mins on hold ... killing me 💀"
        return False
    found = False
    for table in (_BY_ANCHOR["en"], _BY_ANCHOR.get(lang or "") or {}):
        for i, t in enumerate(toks):
            for p in table.get(t, ()):
                literal = LITERAL_NEXT.get(t)
                if literal is not None and toks[i + 1 : i + 2] and toks[i + 1] in literal:
                    continue
                if i and toks[i - 1] in LITERAL_PREV:  # "caught fire", "set fire to"
                    continue
                if not THREAT_PREV.isdisjoint(toks[max(0, i - 3) : i]):  # "ameaça de bomba"
                    continue
                if _desire(toks, i):  # "dying to try", "me muero por probar": a wish
                    continue
                if len(p) == 1 or toks[max(0, i - len(p) + 1) : i + 1] == p:
                    found = True
                    break
            if found:
                break
        if found:
            break
    if not found:
        return False
    return (
        praise
        or not POSITIVE_EMOJI.isdisjoint(norm.emojis)
        or has_laugh(tokset)
        or not PRAISE_WORDS.isdisjoint(tokset)
        or "!" in norm.clean
    )


# Cues of a complaint said in the shape of a text ("3 hours on the tarmac", "still waiting"): beside
# them, "dying to get off this plane" is a complaint's wish.
_COMPLAINT_CUES = frozenset(_w("long_wait on_hold still_waiting cancelled never_again sarcasm profanity"))


def wished_for(norm: NormalisedText, tokset: AbstractSet[str], failure: bool, cues: AbstractSet[str]) -> bool:
    """True when a death word says what the writer wants ("dying to try", "me muero por probar":
    `_desire`), with no literal harm or failure (`failure`: as for `positive_hyperbole`) beside it:
    the word's negative weight is not the mention's, and it is no praise either."""
    if _DYING.isdisjoint(tokset) or failure or not HARM_LITERAL.isdisjoint(tokset):
        return False
    if not _COMPLAINT_CUES.isdisjoint(cues):
        return False
    toks = norm.tokens
    return not _failure_said(toks, tokset) and any(_desire(toks, i) for i in range(len(toks)))


def absence_praise(norm: NormalisedText, tokset: AbstractSet[str], praise: bool, failure: bool) -> bool:
    """True when the mention praises by the absence of a bother ("no fuss", "no questions asked")
    in a positive context (`praise`: the keyword file's praise or resolved flags, a praise word,
    a positive emoji) and with no failure (`failure`) beside it."""
    if ABSENCE_GATE.isdisjoint(tokset) or failure:
        return False
    toks = norm.tokens
    found = False
    for i, t in enumerate(toks):
        if t not in ABSENCE_GATE:
            continue
        for p in ABSENCE:
            start = i - len(p) + 1
            if p[-1] == t and start >= 0 and toks[start : i + 1] == p:
                if _ABSENCE_DENIED.isdisjoint(toks[max(0, start - 2) : start]):
                    found = True
                break
        if found:
            break
    return found and (praise or not _ABSENCE_EMOJI.isdisjoint(norm.emojis) or not PRAISE_WORDS.isdisjoint(tokset))
