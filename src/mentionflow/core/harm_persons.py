"""Mentions whose only harm cue is who was there: a child, an elderly parent, a disabled or
pregnant traveller, a carer (the "person_only" feature of core/harm.py).

Naming a vulnerable person is not a report that something happened to them: "my son is flying
to Orlando, hope he wins the contest", "mi hija es abogada y ni ella entiende la carta", "a minha
avó acha que a loja é um restaurante" are family talk, and "my 80 year old mum had to stand all
the way" is a complaint from a vulnerable customer, not a safety case. Here:

* `is_inconvenience`: a child or an elderly parent and a disruption, nothing more (moved out of
  core/harm.py unchanged);
* `person_threshold`: the model's cut for a person-only mention. Low (the model's own) when the
  text says something happened to the person (alone, missing, separated from the parents, upset,
  crying, mistreated); higher when it only names them;
* `fraud_without_evidence`: the fraud head learnt "an elderly parent and money" from scam reports;
  a person-only fraud verdict needs a sign of a scam (a caller, a text, a link, persuasion, a payment
  asked for), else "il rider non è salito, mia nonna ha 90 anni" would be read as fraud.
"""

from __future__ import annotations

from itertools import pairwise

from mentionflow.core.harm_company import accompanied_children
from mentionflow.core.harm_lexicon import AID_ONLY_FORMS, LEXICON, MOBILITY_AIDS, PHISHING_CARRIERS, words
from mentionflow.core.harm_meds import DRUG_NAMES
from mentionflow.core.harm_struck import struck

__all__ = [
    "PERSON_DOUBT_THRESHOLD",
    "fraud_without_evidence",
    "is_inconvenience",
    "only_idioms",
    "person_threshold",
    "something_happened",
]

_TRIGGER_ONLY = frozenset(LEXICON)

_MORE_THAN_INCONVENIENCE = frozenset(
    ("g:alone", "g:missing", "g:hedge", "g:others_data", "g:separated", "g:sexual", "g:essentials_out")
)
_INCONVENIENCED = frozenset(("g:child", "g:elderly"))


def is_inconvenience(features: set[str], tokens: tuple[str, ...] = ()) -> bool:
    """Children (or an elderly parent) are the only cue and the text is about a disruption
    (cancelled, delayed, no hotel) or a trip still ahead ("flying with my toddler tomorrow,
    excited!") or, in English, with the children named as the writer's company ("travelling with 3
    kids": core/harm_company.py), with nothing saying a child is alone, missing or nearly hurt: "two
    kids, no hotel" is an inconvenience, not a safety case. No-harm by rule; training skips such rows
    too (without tokens: the company check needs them)."""
    return (
        ("gg:child+person_only" in features or "gg:elderly+person_only" in features)
        and ("g:disruption" in features or "g:future" in features or accompanied_children(tokens))
        and _MORE_THAN_INCONVENIENCE.isdisjoint(features)
        and _HAPPENED.isdisjoint(tokens)  # "vol retardé ... elle m'appelle en pleurant"
        and not any(f.startswith("g:") and f[2:] in _TRIGGER_ONLY and f not in _INCONVENIENCED for f in features)
    )


# A person-only mention needs this probability unless something happened to the person. Chosen on
# the training split's person-only mentions (most of its false alarms: "my son left his iPad on the
# plane", "sat my daughter down and watched a movie"); no person-only harm report there falls under it.
PERSON_DOUBT_THRESHOLD = 0.3
# ... and with no sign of a scam either ("even my two children were shocked", "boarding group C with
# kids of 6 and 8"): the children are only who was there. Chosen on the training split (s18-harmp2):
# false alarms 152 -> 141 for one harm report lost; a scam on a parent keeps the lower cut above.
PERSON_NOTHING_THRESHOLD = 0.6

# What happened to the person, in six languages: upset or frightened, mistreated, made to sit
# away from the family ("help us sit with our kids"), left by themselves.
_HAPPENED = frozenset(
    words(
        "upset anxious scared crying cried cries frightened terrified distressed distraught panicking panicked "
        "tears shaking treat treated treating mistreat mistreated mistreatment sit sat seated sitting assigned "
        "herself himself themselves "
        "llorando lloraba lloró asustado asustada asustados angustiado angustiada lágrimas maltrato maltrataron "
        "trataron sentar sentarnos sentados sentadas asignados asignadas asignado asignada "
        "pleure pleurait pleurs effrayé effrayée terrifié terrifiée paniqué paniquée angoissé angoissée larmes "
        "maltraité maltraitée traité traitée assis assise asseoir attribués attribuées attribué attribuée "
        "weint weinte geweint verängstigt panisch tränen verstört misshandelt behandelt sitzen "
        "nebeneinander zugewiesen "
        "piange piangeva spaventato spaventata terrorizzato terrorizzata lacrime maltrattato maltrattata "
        "trattato trattata sedere seduti sedute assegnati assegnate assegnato assegnata "
        "chorando chorava assustado assustada aterrorizado aterrorizada maltratado maltratada maltrataram "
        "tratado tratada sentados sentadas sentada sentado atribuídos atribuídas atribuído atribuída "
        # crying, in the other forms: "elle m'appelle en pleurant", "sta piangendo"
        "pleurant pleurer weinend piangendo chorou "
        # shut in or caught by a door: "shut the doors on my son's buggy", "le porte chiuse sul passeggino"
        "shut slammed trapped caught cerró cerraron atrapado atrapada atrapó fermé fermées fermé coincé coincée "
        "eingeklemmt zugemacht chiuso chiuse incastrato incastrata fechou fecharam entalado entalada "
        # a fall or a knock the lexicon does not name: "a minha avó caiu", "ha tirado a mi vecina"
        "fell fallen knocked cayó caído caída tirado tirada atropellado atropellada brecha tombé tombée "
        "renversé renversée gestürzt hingefallen angefahren caduto caduta investito investita caiu "
        "atropelado atropelada "
        # a road: "ran the red while my kids were on the crossing", "en el paso de cebra"
        "crossing crosswalk zebra pavement sidewalk road traffic acera cruce carretera tráfico trottoir "
        "zebrastreifen bürgersteig fahrbahn strisce marciapiede passadeira calçada estrada "
        # goods a child must not be sold: "sold vodka to my 12 year old without ID"
        "alcohol alcohólicas vodka beer cerveza bière bier birra cerveja wine vino vin wein vinho "
        "cigarettes cigarrillos cigarettes zigaretten sigarette cigarros vape "
        # left without the help they need: "can't walk far", "no assistance came"
        "walk assistance asistencia assistenza assistência housebound bedridden encamado encamada alité alitée "
        "bettlägerig allettato allettata acamado acamada"
    )
)
# Unable to manage it themselves: "she doesn't know how to cancel", "no sabe cómo", "ne sait pas comment".
_HELPLESS = frozenset(
    tuple(p.split())
    for p in (
        "know how",
        "knows how",
        "sabe cómo",
        "sabe como",
        "sait comment",
        "pas comment",
        "weiß wie",
        "weiss wie",
        "nicht wie",
        "sa come",
        "sapeva come",
        "sabia como",
    )
)


# A mobility aid lost, left behind or stuck somewhere: the person is stranded without it
# ("ihr habt den Rollstuhl verloren", "la sedia a rotelle è rimasta a Lisbona"), though no word
# says what happened to the person; "lost" alone is no sign ("my son lost his iPad").
_MOBILITY_AIDS = frozenset(MOBILITY_AIDS + AID_ONLY_FORMS)  # harm_lexicon's
_LOST_OR_LEFT = frozenset(
    words(
        "lost losing left stuck stranded perdido perdida perdieron perdisteis quedó quedado perdu perdue "
        "resté restée verloren geblieben zurückgelassen fest steckt perso persa rimasta rimasto bloccata bloccato "
        "perderam perdeu ficou preso presa "
        # taken away from them: "levaram a cadeira de rodas", "se llevaron la silla", "took his wheelchair"
        "took taken llevaron llevado levaram levou pris prise emportée genommen mitgenommen portato portata portata "
        # broken in handling: "the third wheelchair is broken", "me rompieron la silla de ruedas"
        "broke broken damaged smashed bent cracked rota roto rompieron dañada cassé cassée abîmé kaputt "
        "beschädigt rotta rotto danneggiata quebrada quebraram danificada "
        # bent or snapped: "a bent wheel", "abgebrochene Fußstütze" (Swiss "abbrochne"), "roue tordue"
        "snapped bent buckled wrecked destroyed doblada doblado destrozada destrozado tordu tordue détruit détruite "
        "verbogen verbogene verbogenem verbogener verbogenes abgebrochen abgebrochene abgebrochener abgebrochenem "
        "abbrochen abbrochne abbrochner zerstört piegata piegato piegate distrutta distrutto torta torto entortada "
        "destruída"
    )
)


def something_happened(tokens: tuple[str, ...], features: set[str]) -> bool:
    """The text says something happened to the person it names (not only who they are)."""
    return (
        not _MORE_THAN_INCONVENIENCE.isdisjoint(features)
        or not _HAPPENED.isdisjoint(tokens)
        or (not _MOBILITY_AIDS.isdisjoint(tokens) and not _LOST_OR_LEFT.isdisjoint(tokens))
        or not DRUG_NAMES.isdisjoint(tokens)  # "her warfarin never came"
        or any(p in _HELPLESS for p in pairwise(tokens))
        or struck(tokens)  # knocked off a scooter, run over, a driver who fled: core/harm_struck.py
    )


def person_threshold(tokens: tuple[str, ...], features: set[str], warm: bool, base: float, warm_cut: float) -> float:
    """The model's cut for this mention: `warm_cut` for a person named in a warm text, the doubt
    threshold for a person only named, else the model's own."""
    if "g:person_only" not in features:
        return base
    if (not warm or not _TURN.isdisjoint(tokens)) and something_happened(tokens, features):
        return base  # warmth then a turn: "crew lovely ... but they snapped my wife's wheelchair"
    if warm:
        return warm_cut
    scam = not _SCAM_SIGNS.isdisjoint(tokens) or not _STRANGER_OR_SUM.isdisjoint(tokens) or _sum_named(tokens)
    doubt = PERSON_DOUBT_THRESHOLD if scam else PERSON_NOTHING_THRESHOLD
    if not scam and not _WITNESSED.isdisjoint(tokens):
        doubt = PERSON_WITNESS_THRESHOLD  # "even my two children were shocked": they only saw it
    return max(base, doubt)


_TURN = frozenset(words("but however pero mais cependant aber jedoch però tuttavia mas porém"))


# The person named only reacted to what they saw (staff rudeness, a delay): "even my kids were shocked",
# "mis hijos alucinaban", "mes enfants étaient choqués", "sogar meine Kinder waren schockiert", "i miei
# figli erano scioccati", "até meus filhos ficaram chocados". Chosen on the training split (s18-harmp3).
PERSON_WITNESS_THRESHOLD = 0.9
_WITNESSED = frozenset(
    words(
        "shocked surprised amazed stunned speechless embarrassed laughed laughing bored "
        "alucinaban alucinando sorprendidos sorprendidas asombrados flipando "
        "choqués choquées choqué choquée surpris étonnés sidérés "
        "schockiert überrascht erstaunt sprachlos fassungslos "
        "scioccati scioccate scioccato sorpresi stupiti allibiti "
        "chocados chocadas chocado surpresos espantados pasmos"
    )
)


# Someone unknown acting, or money gone: "someone has been using his card, £2k gone".
_STRANGER_OR_SUM = frozenset(
    words(
        "someone somebody stranger alguien desconocido quelquun inconnu jemand fremder qualcuno sconosciuto alguém gone"
    )
)


def _sum_named(tokens: tuple[str, ...]) -> bool:
    """An amount of money: "£2k", "500€", "$300"."""
    return any(t and (t[0] in "£€$" or (t[0].isdigit() and t[-1] in "k€£$")) for t in tokens)


# Signs of a scam on a vulnerable person: a caller, a text or a link, persuasion, a payment asked for
# (not any purchase: "se quedó sin su compra" is a missed delivery).
_SCAM_SIGNS = PHISHING_CARRIERS | frozenset(
    words(
        "call calls called caller calling phoned phone convinced persuaded talked tricked conned pretending "
        "claiming claimed saying savings pay paying paid transfer transferred "
        "llamada llamó teléfono convenció convencieron engañó engañaron decía ahorros pagar transferir "
        "appel appelé téléphone convaincu convaincue persuadé persuadée arnaqué prétendait économies payer "
        "virer anruf anrufer angerufen telefon überredet angeblich ersparnisse zahlen überweisen "
        "chiamata chiamato telefonata telefono convinto convinta convinse diceva risparmi pagare "
        "ligação ligou chamada telefone convenceu convenceram enganou dizia poupanças pagar transferir "
        # messages asking to confirm details: "bekommt Nachrichten ... Zugangsdaten zu bestätigen"
        "mensajes nachrichten messaggi mensagens enlaces liens collegamenti correos courriels mails "
        "confirm confirmar confirmer bestätigen confermare login pin datos données zugangsdaten dati dados"
    )
)


def fraud_without_evidence(tokens: tuple[str, ...], features: set[str]) -> bool:
    """A fraud verdict on a mention that only names a vulnerable person and shows no scam."""
    return "g:person_only" in features and _SCAM_SIGNS.isdisjoint(tokens)


def only_idioms(cues: tuple[str, ...], features: set[str]) -> bool:
    """Every harm word was a figure of speech ("throwing it in my face", "dig my heels in", "das
    wird ihm nicht gefallen"): no cue is left, so nothing reports harm."""
    return not cues and "g:idiom" in features and all(f in _BARE for f in features if f.startswith("g:"))


# Groups that say nothing of harm by themselves (a context group such as "electrical" might: "el
# router ... me están matando").
_BARE = frozenset(
    (
        "g:idiom",
        "g:now",
        "g:question",
        "g:qmark",
        "g:other_person",
        "g:future",
        "g:on_show",
        "g:money",
        "g:service_team",
        "g:nobody",  # "nobody replaced him", "nadie contesta": a complaint, not harm
    )
)
