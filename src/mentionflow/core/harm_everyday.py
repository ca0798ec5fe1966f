"""Harm words in their everyday senses, found by what is around them (core/harm.py marks these
positions as figures of speech, like its idioms):

* "disabled" said of a setting: "the vote button is disabled", "my card was disabled", "ads
  disabled the volume" (not "I'm disabled", "my disabled son");
* "touched" meaning moved: "so touched by the gesture", "deeply touched by your kindness" (not
  "he touched my daughter", "inappropriately touched a customer");
* harassment meaning nuisance from a company: sales calls, spam, fees, chasing an order ("harassed
  by calls about my car warranty", "acoso con llamadas comerciales", "harcèlement de démarchage",
  "Belästigung durch Werbeanrufe", "molestie con chiamate commerciali", "assédio de ligações"),
  unless a person is named as the one harassing ("she's still harassing me");
* abuse of a thing: "they abuse your camera equipment", "the companion pass is being abused";
* an object knocked over or spilled: "I knocked my coffee over", "j'ai renversé mon café" (not "the
  trolley knocked me over", "renversée par une voiture": a person knocked over is still harm);
* an emergency exit or row asked for as a seat ("upgrade to emergency row would help"), with no
  fault named (not "the emergency exit had a loose handle");
* "painful" said of a process ("painful being on hold to you"), with no body part named (not "a
  painful rash after your cream");
* illness words said of a thing: disgust ("atendimento de vomitar") and slang praise ("that's so sick"),
  core/harm_disgust.py;
* "disappear" for a spell away: "can't wait to disappear for a week on holiday", "disappear on
  vacation" (not "want to disappear", "disappear for good").
"""

from __future__ import annotations

from mentionflow.core.harm_disgust import DISGUST_WORDS, disgust_positions
from mentionflow.core.harm_lexicon import words

__all__ = ["EVERYDAY_WORDS", "everyday_positions"]

_DISABLED = frozenset(("disabled",))
_SETTINGS = frozenset(
    words(
        "button buttons feature features option options setting settings account accounts card cards app apps "
        "function functions notification notifications autoplay volume toggle checkbox link links field "
        "login mode plugin extension adblock ublock cookies javascript wifi bluetooth sync shuffle download "
        "downloads update updates ads key keys profile device payment payments sim"
    )
)
# A person the word can describe: "I'm disabled", "my disabled son", "disabled passenger".
_PERSON = frozenset(
    words(
        "i im am iam hes shes son daughter mum mom mother dad father wife husband brother sister child kid kids "
        "person people passenger passengers customer customers traveller travellers traveler friend "
        "grandmother grandfather nan gran veteran man woman"
    )
)

_TOUCHED = frozenset(("touched",))
_MOVED_BY = frozenset(
    words(
        "gesture gestures kindness words message messages note notes gift gifts letter card generosity thought "
        "thoughtfulness support care response story tribute surprise effort"
    )
)
_INTENSIFIERS = frozenset(words("so very really deeply truly particularly genuinely incredibly extremely"))

_HARASS = frozenset(
    words(
        "harass harassed harassing harassment harasses acoso acosan acosado acosada acosando harcèlement "
        "harcelement harcelé harcele harcelée harcèle belästigung belästigt belästigen molestie molestato "
        "molestata molestano assédio assedio assediado assediada"
    )
)
_NUISANCE = frozenset(
    words(
        "calls call calling phone texts emails spam sales marketing telemarketing telemarketers ads adverts "
        "advertising promotions promotional offers fees charges bills billing debt collectors reminders company "
        "product order orders warranty "
        "llamadas llamando teléfono mensajes correos publicidad comercial comerciales ofertas cobro cobros "
        "facturas deuda empresa compañía "
        "appels appelle téléphone mails pub publicité démarchage commerciaux offres frais factures relances "
        "dette entreprise société "
        "anrufe anrufen anruft telefon nachrichten werbung werbeanrufe angebote gebühren rechnungen mahnungen "
        "inkasso firma unternehmen "
        "chiamate telefonate telefono messaggi pubblicità commerciali offerte addebiti bollette solleciti "
        "debito azienda società "
        "ligações chamadas telefone mensagens publicidade ofertas cobranças faturas dívida"
    )
)
# Someone named as the one harassing keeps the word's harm sense.
_AGENTS = frozenset(
    words(
        "he him she her hes shes girl guy man woman men women boy stranger ex driver drivers passenger "
        "passengers courier rider neighbour neighbor someone somebody sexual sexually "
        "chica chico hombre mujer conductor repartidor desconocido sexualmente "
        "fille type homme femme chauffeur livreur inconnu sexuel sexuellement "
        "mann frau typ fahrer fremder sexuell "
        "ragazza ragazzo uomo donna autista fattorino sconosciuto sessualmente "
        "rapariga moça rapaz homem mulher motorista estafeta desconhecido"
    )
)

# Abuse of a thing, not of a person: "abuse your video equipment", "the pass is being abused",
# "abusing the refund policy", "abuso del sistema", "abus de pouvoir", "Missbrauch der Daten".
_ABUSE = frozenset(words("abuse abused abusing abuso abus missbrauch missbraucht abusato abusata"))
_THINGS = frozenset(
    words(
        "equipment gear luggage bag bags baggage pass passes system policy policies privilege privileges power "
        "trust points miles rules loophole refunds refund returns offer promo code codes "
        "sistema política privilegio poder confianza puntos reglas devoluciones oferta código "
        "système politique privilège pouvoir confiance règles offre "
        "system richtlinie privileg macht vertrauen punkte regeln angebot "
        "potere fiducia punti regole offerta codice "
        "sistema política privilégio poder confiança pontos regras oferta"
    )
)

# Knocking over a thing: "knocked my coffee over", "renversé mon verre de vin". A thing is named
# just after, no person near (a person knocked over, "knocked my coffee onto my son", stays harm).
_KNOCKED = frozenset(words("knocked knock knocks knocking renversé renversée renversés renversées renverser"))
_SPILLED = frozenset(
    words(
        "coffee tea drink drinks cup cups glass glasses water wine beer juice soda coke bottle bottles can tray "
        "food meal plate bowl soup laptop phone bag bags suitcase lamp vase chair stuff things display sign "
        "café thé boisson boissons verre verres eau vin bière jus tasse bouteille plateau repas assiette soupe "
        "ordinateur téléphone sac valise chaise"
    )
)
_PERSONS_NEAR = _PERSON | _AGENTS | frozenset(words("me us them moi nous lui ma fille fils enfant bébé baby"))
# An injury told after the spill ("knocked my glass off and it cut my hand") keeps the harm.
_HURT = frozenset(
    words(
        "cut cuts burn burns burned burnt scalded hurt injured injury bleeding blood "
        "brûlé brûlée brûlure blessé blessée sang"
    )
)

# An emergency exit or exit row as a seat asked for ("save me an emergency exit, gotta stretch out",
# "upgrade to emergency row would help", "emergency exit seats, 6'2\" and that's a huge win"): legroom,
# not an emergency. A fault named anywhere ("the emergency exit had a loose handle", "blocked by
# bags") keeps it a safety matter.
_EMERGENCY = frozenset(("emergency",))
_SEATS = frozenset(words("exit exits row rows seat seats"))
_FAULTS = frozenset(
    words(
        "blocked block blocking loose broken locked jammed stuck handle handles opened open opening fault faulty "
        "missing damaged smoke fire wouldnt couldnt cant wont didnt doesnt landing evacuate evacuated evacuation"
    )
)
# "Painful" said of a process: "painful being on hold", "3 gate changes ... painful", "make travel
# painful". Painful is a body's pain only with a body named ("a painful rash", "my ear was painful").
_PAINFUL = frozenset(words("painful painfully"))
_BODY = frozenset(
    words(
        "head neck arm arms wrist ankle nose ribs hip bone bones tooth teeth leg legs knee knees foot feet hand "
        "hands finger fingers eye eyes ear ears stomach tummy belly chest skin throat mouth rash burn burns cut "
        "cuts blister blisters swelling swollen lump injury injured bruise bruised sinuses landing landings"
    )
)

# "disappear for a week", "disappear on holiday": time off, not despair ("for good", "forever" are not spells).
_DISAPPEAR = frozenset(("disappear",))
_SPELL = frozenset(words("day days week weeks weekend month months while bit fortnight summer holiday holidays"))
_AWAY = frozenset(words("holiday holidays vacation trip break"))


def _spell_away(toks: tuple[str, ...], i: int) -> bool:
    after = toks[i + 1 : i + 5]
    if after[:1] == ("for",):
        return not _SPELL.isdisjoint(after[1:])
    return after[:1] == ("on",) and not _AWAY.isdisjoint(after[1:3])


EVERYDAY_WORDS = _DISAPPEAR | _DISABLED | _TOUCHED | _HARASS | _ABUSE | _KNOCKED | _EMERGENCY | _PAINFUL | DISGUST_WORDS


def _object_knocked(toks: tuple[str, ...], i: int) -> bool:
    after = toks[i + 1 :]
    return not _SPILLED.isdisjoint(after[:3]) and _PERSONS_NEAR.isdisjoint(after[:6]) and _HURT.isdisjoint(after)


def _setting_disabled(toks: tuple[str, ...], i: int) -> bool:
    near = toks[max(0, i - 3) : i + 3]
    return not _SETTINGS.isdisjoint(near) and _PERSON.isdisjoint(toks[max(0, i - 2) : i + 2])


def _moved(toks: tuple[str, ...], i: int) -> bool:
    if toks[i + 1 : i + 2] == ("by",) and not _MOVED_BY.isdisjoint(toks[i + 2 : i + 6]):
        return True  # "touched by the gesture", "touched by your kindness"
    return not _INTENSIFIERS.isdisjoint(toks[max(0, i - 2) : i])  # "so touched", "deeply touched"


def everyday_positions(toks: tuple[str, ...]) -> set[int]:
    """Positions of harm words used in an everyday sense (see the module docstring)."""
    # "atendimento de vomitar", "that's so sick": core/harm_disgust.py
    found: set[int] = set() if DISGUST_WORDS.isdisjoint(toks) else disgust_positions(toks)
    nuisance = None
    for i, t in enumerate(toks):
        if t in _DISABLED:
            if _setting_disabled(toks, i):
                found.add(i)
        elif t in _TOUCHED:
            if _moved(toks, i):
                found.add(i)
        elif t in _ABUSE:
            if not _THINGS.isdisjoint(toks[max(0, i - 3) : i + 5]):
                found.add(i)
        elif t in _KNOCKED:
            if _object_knocked(toks, i):
                found.add(i)
        elif t in _EMERGENCY:
            if toks[i + 1 : i + 2] and toks[i + 1] in _SEATS and _FAULTS.isdisjoint(toks):
                found.add(i)
        elif t in _PAINFUL:
            if _BODY.isdisjoint(toks):
                found.add(i)
        elif t in _DISAPPEAR:
            if _spell_away(toks, i):
                found.add(i)
        elif t in _HARASS:
            if nuisance is None:
                nuisance = not _NUISANCE.isdisjoint(toks) and _AGENTS.isdisjoint(toks)
            if nuisance:
                found.add(i)
    return found
