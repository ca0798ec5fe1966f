"""A question asked before anything happened (read by core/analysis_overrides.py).

"can my 12 year old fly alone?", "¿lleva cacahuete la salsa? pregunto por mi hija", "la salsa
contiene arachidi? mia figlia è allergica", "darf ich Insulin im Handgepäck mitnehmen?": a question
about a policy, an ingredient, an eligibility or a service. The child, the allergy, the insulin are
what it is about, not a harm: nobody was left alone, nothing was eaten, nothing was taken. It is
a question (answer_question), not a complaint, and raises no harm flag.

The same words with an event are harm still: "my daughter (10) was left alone at the gate", "the
sauce had peanuts, his lips are swelling", "pedí sin cacahuete y mi hija está en urgencias". So a
mention reads as asked before anything happened only when

- every sentence ending in "?" asks whether something may be done, is contained or is offered
  (a modal or a verb of containing/having within its first words: "can", "pode", "darf",
  "contiene", "lleva", "avez", "gibt es"), and asks no "why";
- every other sentence is short (who it is for: "my son is allergic", "pregunto por mi hija");
- it is about what such questions are about (a child, an allergy, a medicine, a device, a
  disability, a pregnancy, a carer, an elderly person, travelling alone, a pet), no harm cue tells
  of harm done (an injury, a hospital, fraud), and no word tells of an event (a past tense or
  participle of something done, a reaction, a loss, "now", a plea for help).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from mentionflow.core.harm_lexicon import CONTEXT_LEXICON, words
from mentionflow.core.text import NormalisedText, normalise

__all__ = ["ABOUT_GROUPS", "asked_before", "report_before_plea"]

# What such a question is about: the harm cue groups of an allergy, an allergen, a medicine, a
# medical device, a child, an elderly person, a disability, a pregnancy, a carer, or someone
# travelling alone; or a pet. A question about anything else ("is anyone working there?", "c'è
# modo di sapere dove sta il rider?") is left to the intent rules.
ABOUT_GROUPS = frozenset(
    words("allergy allergen medication medical_device child elderly disability pregnancy carer alone")
)
_PETS = frozenset(
    words(
        "pet pets dog dogs cat cats puppy kitten perro perra perros gato gata gatos mascota mascotas chien chienne "
        "chiens chat chats chaton animal animaux hund hunde katze katzen haustier haustiere cane cani gatto gatti "
        "animale animali cão cães cachorro cachorros gatinho"
    )
)
# Every other harm cue group tells of harm done (an injury, a hospital, fraud, illness, fire), and
# some context groups of harm now (missing, separated, "now", nobody came, a network down).
_EVENT_GROUPS = frozenset(
    words(
        "breach collision danger despair emergency fear fire_smoke foreign_object fraud illness impaired injury "
        "kill medical_care pain self_harm stranger "
        "missing now others_data separated sexual essentials_out nobody outage"
    )
)

# A verb that asks whether something may be done, in en/es/fr/de/it/pt ("can", "pode", "darf"); what
# is forbidden is asked as much as what is allowed ("è vietato portare ...?").
_MAY = frozenset(
    words(
        "can could may allowed permitted forbidden "
        "puede pueden puedo podemos permitido permiten dejan admiten aceptan prohibido prohibida "
        "pode podem posso podemos permitido aceitam deixam proibido proibida "
        "peut peuvent puis peux pouvons acceptez autorisé autorisée autorisés faut interdit interdite interdits "
        "darf dürfen kann können erlaubt verboten "
        "può puo possono posso possiamo accettate permesso consentito vietato vietata"
    )
)
# ... or whether something is contained or offered ("contiene", "lleva", "avez", "gibt es").
_ASKS = _MAY | frozenset(
    words(
        "contain contains lleva llevan llevais lleváis tiene tienen contiene contienen hay "
        "tem têm contém contem leva levam há contient contiennent avez enthält enthalten habt gibt "
        "contengono avete cè"
    )
)
# An auxiliary or a copula asks only put first: "is the burger gluten free?", not "my son is alone, ...?".
_ASKS_FIRST = frozenset(words("is are does do will has have es está é est ist sind è gibt habt avez avete"))
# Who the question is not for but what a plea is: "alone" said outside the asked predicate.
_ALONE = frozenset(CONTEXT_LEXICON["alone"])
# Where the asking verb may stand: a subject may come first ("mon fils de 12 ans peut-il ...").
_ASK_WINDOW = 8
_WHY = frozenset(words("why porque porqué pourquoi warum wieso weshalb perché perche porquê"))
_WHY_PAIRS = frozenset((("por", "qué"), ("por", "que"), ("how", "come"), ("come", "mai"), ("por", "quê")))
# A sentence that is not a question may only say who the question is for.
_MAX_ASIDE_TOKENS = 9

# Words that tell of something done or happening: a past tense, a participle, a reaction, a loss.
_EVENT_WORDS = frozenset(
    words(
        # en
        "was were had got left lost forgot forgotten gave given took taken ate eaten served fell fallen "
        "flew died dead happened reacting reaction swelling swollen vomiting vomited sick stuck stranded abandoned "
        "confiscated refused denied collapsed fainted did didnt wasnt werent hasnt havent still again "
        "ambulance hives rash itching itchy breathe breathing crying "
        # es
        "dejaron dejó dejo quedó quedo quedaron perdieron perdió perdido perdida pedí pedi tenía tenia "
        "llevaba comió comio sirvieron olvidaron olvidado confiscaron quitaron vomitando vomitado "
        "reacción reaccion abandonado abandonada estaba estuvo fue fueron "
        # pt
        "ficou ficaram deixaram deixou perderam perdeu tinha veio comeu serviram confiscaram tiraram "
        "passou esqueceram esquecido abandonada abandonado reação reacao vomitando estava foi foram "
        # fr
        "laissé laissée laissés oublié oubliée perdu perdue confisqué confisquée retiré retirée servi "
        "mangé contenait avait était été réaction reaction vomi malaise abandonné abandonnée "
        "reçu pris prise mis venu venue parti partie "
        # de
        "wurde wurden war waren hatte hatten gelassen verloren vergessen abgenommen serviert gegessen "
        "reaktion erbrochen zusammengebrochen genommen passiert "
        # it
        "stata stato stati state lasciata lasciato lasciati era erano aveva conteneva perso persa "
        "sequestrato sequestrata dimenticato dimenticata servito mangiato reazione vomitato abbandonata "
        "abbandonato successo "
        # a plea for help is no look-up: "can someone help?", "urgente"
        "help urgent urgently asap ayuda urgente aide urgence hilfe dringend aiuto ajuda socorro "
        "someone somebody alguien quelquun jemand qualcuno alguém "
        # a change or a rhetorical question is a complaint: "do families no longer get early
        # boarding?", "does anyone realize that banning peanuts ignores p-nut oil?"
        "longer anymore realize realise realizes realises"
    )
)
# The same in two words: "ya no", "já não", "não mais", "nicht mehr", "non più", "n'est plus".
_CHANGE_PAIRS = frozenset(
    {("ya", "no"), ("já", "não"), ("ja", "nao"), ("não", "mais"), ("nao", "mais"), ("nicht", "mehr")}
    | {("non", "più"), ("non", "piu"), ("est", "plus"), ("sont", "plus"), ("peut", "plus")}
)
# English past participles and past tenses in -ed that do not tell of an event.
_ED_NOT_EVENTS = frozenset(
    words(
        "need feed seed shed allowed needed required unaccompanied booked planned scheduled registered "
        "assisted based concerned"
    )
)
# Auxiliaries before a participle in es/fr/it/pt ("han cobrado", "a oublié", "avete addebitato",
# "tem sido"), and the participle endings; German auxiliaries anywhere with a "ge" participle.
_AUXILIARIES = frozenset(
    words(
        "he has ha hemos habéis habeis han ai avons avez ont suis est sommes êtes sont été "
        "ho hai abbiamo avete hanno è sono siamo siete tenho temos têm foi foram"
    )
)
_ROMANCE_PARTICIPLES = (
    *("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    *("é", "ée", "és", "ées"),
    *("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"),
)
_DE_AUXILIARIES = frozenset(words("habe hast hat haben habt bin bist ist sind seid wurde wurden"))
# Spanish imperfect and preterite endings ("viajaba", "dejó", "llegó"), Portuguese preterite
# ("ficou", "cobraram", "morreu", "caíram") but for a present and an adjective ("estou", "europeu").
_PAST_ENDINGS = ("aba", "aban", "ó", "aram", "eram", "iram", "ou", "eu", "iu")
_OU_NOT_PAST = frozenset(words("estou europeu"))
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")


_PLACEHOLDER = re.compile(r"<(?:user|hashtag|url)>")
_GREETINGS = frozenset(
    words("hi hello hey quick question hola buenas pregunta bonjour salut hallo frage ciao salve domanda olá ola oi")
)


def _tokens(part: str) -> tuple[str, ...]:
    toks = normalise(_PLACEHOLDER.sub(" ", part)).tokens
    skip = 0
    while skip < len(toks) - 1 and toks[skip] in _GREETINGS:
        skip += 1  # "hi, is the burger gluten free?": the question opens after the greeting
    return toks[skip:]


def _asks(tokens: tuple[str, ...]) -> bool:
    """A question sentence asking may/contains/offers, not why."""
    if not _WHY.isdisjoint(tokens) or not _WHY_PAIRS.isdisjoint(pairwise(tokens)):
        return False
    at = next((i for i, t in enumerate(tokens[:_ASK_WINDOW]) if t in _ASKS or (i == 0 and t in _ASKS_FIRST)), None)
    if at is None or _ALONE.isdisjoint(tokens):
        return at is not None
    # "alone" is what is asked ("can my son fly alone?") only after a verb of may: "mi hijo tiene 8
    # años y está solo, ¿alguien puede ir?" tells it.
    may = next((i for i, t in enumerate(tokens[:_ASK_WINDOW]) if t in _MAY), None)
    return may is not None and _ALONE.isdisjoint(tokens[:may])


def _participle(tokens: tuple[str, ...], i: int, t: str) -> bool:
    """A participle after its auxiliary ("mi avete addebitato", "han cobrado", "on a oublié",
    "den ihr eingebaut habt"): something done."""
    if len(t) <= 4:
        return False
    near = tokens[max(0, i - 2) : i]
    if t.endswith(_ROMANCE_PARTICIPLES) and t not in _ASKS and not _AUXILIARIES.isdisjoint(near):
        return True
    return len(t) > 6 and "ge" in t[:-2] and t.endswith(("t", "en")) and not _DE_AUXILIARIES.isdisjoint(tokens)


def _event(tokens: tuple[str, ...]) -> bool:
    if not _CHANGE_PAIRS.isdisjoint(pairwise(tokens)):
        return True
    for i, t in enumerate(tokens):
        if t in _EVENT_WORDS or _participle(tokens, i, t):
            return True
        if len(t) > 3 and t.endswith("ed") and t.isascii() and t not in _ED_NOT_EVENTS:
            return True  # "served", "reacted", "forgot ... and removed"
        if len(t) > 4 and t.endswith(_PAST_ENDINGS) and t not in _OU_NOT_PAST:
            return True  # "viajaba", "dejó", "ficou", "cobraram", "morreu": a past tense in es/pt
    return False


def asked_before(norm: NormalisedText, groups: Iterable[str]) -> bool:
    """The mention asks about a policy, an ingredient, an eligibility or a service and tells
    of nothing that happened. `groups`: its harm concept groups (core.harm.concept_groups):
    one of ABOUT_GROUPS (or a pet word) and no group of harm done or happening now."""
    clean = norm.clean
    groups = frozenset(groups)
    if "?" not in clean or not _EVENT_GROUPS.isdisjoint(groups):
        return False
    if ABOUT_GROUPS.isdisjoint(groups) and _PETS.isdisjoint(norm.tokens):
        return False
    if _event(norm.tokens):
        return False
    asked = False
    for match in _SENTENCE.finditer(clean.replace("¿", " ")):
        part = match.group(0)
        toks = _tokens(part)
        if not toks:
            continue
        if "?" in part:
            if not _asks(toks):
                return False
            asked = True
        elif len(toks) > _MAX_ASIDE_TOKENS or not _ALONE.isdisjoint(toks):
            return False
    return asked


# Where the first question's sentence starts; what makes the words before it a condition; what a
# plea asks for (help, a call, where someone is, a check).
_QUESTION_START = re.compile(r"[.!;\n,¿]")
_CONDITIONS = frozenset(words("if when whether si cuando quand wenn falls ob se caso quando"))
_PLEAS = frozenset(
    words(
        "help call ring where check ayuda ayudar ayudarme ayúdenme ayudenme llamar llamen llamadme dónde donde "
        "aide aider aidez appeler appelez rappeler où hilfe helfen helft anrufen wo "
        "aiuto aiutare aiutarmi aiutatemi chiamare chiamatemi dove ajuda ajudar ajudem liguem ligar onde"
    )
)


def report_before_plea(clean: str) -> str | None:
    """The report a mention tells before a plea put as a question, if it does: "my daughter (8) was
    left alone at the gate by your staff" in "..., can someone call me?"; "mia figlia di 9 anni è
    stata lasciata da sola" in "..., potete aiutarmi?". The harm model reads any "?" as a question,
    and a question as rarely harm (p 0.97 -> 0.03 for that text); the report is read on its own
    instead (core/analysis_overrides.py). Its plea is not: with it the model raises harm on "my
    mum's broadband stopped working yesterday, can someone help?". None for a condition ("if my son
    was sick, could he fly?") or a report of nothing done."""
    first = clean.find("?")
    if first <= 0:
        return None
    starts = [m.start() for m in _QUESTION_START.finditer(clean, 0, first)]
    if not starts:
        return None
    told = _tokens(clean[: starts[-1]])
    if not told or _PLEAS.isdisjoint(_tokens(clean[starts[-1] + 1 : first])):
        return None
    return clean[: starts[-1]] if _CONDITIONS.isdisjoint(told) and _event(told) else None
