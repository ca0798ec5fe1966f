"""Figures of speech whose trigger word means no harm, in six languages (data for `core.harm`).

`IDIOMS`: (word, word) -> the position (0/1) of the trigger word that the pair neutralises.
"""

from __future__ import annotations

from mentionflow.core.harm_cue_phrases import SICK_SLANG, TOILET_WORDS
from mentionflow.core.harm_lexicon import words as _words

__all__ = ["DISABLED_CONTEXT", "IDIOMS", "OTHERS_DATA_WORDS", "PHRASE_CONTEXT", "managed_damage", "praise_kill"]

# Figures of speech whose trigger word means no harm ("insult to injury", "sick of", "Kindle
# Fire", "the app crashed", "me matan los precios"): (a, b) -> the position (0/1) of the trigger
# word that the pair neutralises. The pair adds the group "idiom" instead, so the model can weigh it.
IDIOMS: dict[tuple[str, str], int] = {
    ("to", "injury"): 1,
    # knocking on a door, not a person knocked down: "the rider knocked on the door", "o estafeta bateu à porta"
    ("knocked", "on"): 0,
    ("knocking", "on"): 0,
    ("bateu", "à"): 0,
    ("bateram", "à"): 0,
    # a menu item, not a child: "two kids' meals and a salad"
    ("kids", "meal"): 0,
    ("kids", "meals"): 0,
    ("kids", "menu"): 0,
    ("childrens", "menu"): 0,
    ("childrens", "meal"): 0,
    # "no risk!!", "risk free", "sin riesgo": a sales pitch's promise, not a danger.
    ("no", "risk"): 1,
    ("zero", "risk"): 1,
    ("risk", "free"): 0,
    ("sin", "riesgo"): 1,
    ("sans", "risque"): 1,
    ("ohne", "risiko"): 1,
    ("senza", "rischi"): 1,
    ("senza", "rischio"): 1,
    ("sem", "risco"): 1,
    ("sem", "riscos"): 1,
    ("sick", "of"): 0,
    ("in", "sick"): 1,  # "someone called in sick": a staff absence, why a flight is late
    # Travel sickness as a passenger's disposition, like "air sick": "not fun if you get motion sick".
    ("motion", "sick"): 1,
    ("travel", "sick"): 1,
    ("sea", "sick"): 1,
    # "are you blind?", "bist du blind?", "¿estás ciego?", "t'es aveugle ?", "sei cieco?": an insult.
    ("you", "blind"): 1,
    ("you", "deaf"): 1,
    ("u", "blind"): 1,
    ("u", "deaf"): 1,
    ("estás", "ciego"): 1,
    ("estas", "ciego"): 1,
    ("estás", "sordo"): 1,
    ("tes", "aveugle"): 1,
    ("tes", "sourd"): 1,
    ("du", "blind"): 1,
    ("du", "taub"): 1,
    ("sei", "cieco"): 1,
    ("sei", "sordo"): 1,
    # "so sick" is slang praise only when said of a thing: core/harm_disgust.py
    # "drives me nuts", "this is nuts", "going nuts": madness, not an allergen.
    ("me", "nuts"): 1,
    ("its", "nuts"): 1,
    ("going", "nuts"): 1,
    ("go", "nuts"): 1,
    ("gone", "nuts"): 1,
    # A family emergency (in every language) is why someone must travel: see also below.
    ("fam", "emergency"): 1,
    ("emergencia", "familiar"): 0,
    ("urgence", "familiale"): 0,
    ("familiären", "notfall"): 1,
    ("familiärer", "notfall"): 1,
    ("familiärem", "notfall"): 1,
    ("emergenza", "familiare"): 0,
    ("unemergenza", "familiare"): 0,
    ("emergência", "familiar"): 0,
    # "replied on accident", "par accident": by mistake, no collision.
    ("grand", "theft"): 1,  # Grand Theft Auto
    # "fell asleep", "plans fell through", "baby steps", "baby oil", "burning through my minutes", a blood
    # test ("me sacan sangre"), "mit Blindheit geschlagen" (struck blind: oblivious).
    ("tl", "dr"): 1,  # "TL;DR": too long, didn't read
    ("smoking", "fast"): 0,  # "smoking fast broadband": very fast
    ("fell", "asleep"): 0,
    ("fell", "through"): 0,
    ("fell", "apart"): 0,
    # "injury time drama in the match" (football's added time)
    ("injury", "time"): 0,
    ("baby", "steps"): 0,
    ("baby", "oil"): 0,
    ("baby", "öl"): 0,
    ("burning", "through"): 0,
    ("burned", "through"): 0,
    ("burnt", "through"): 0,
    ("sacan", "sangre"): 1,
    ("sacar", "sangre"): 1,
    ("blindheit", "geschlagen"): 1,
    ("on", "accident"): 1,
    ("par", "accident"): 1,
    # "would it kill you to ...": a rhetorical complaint.
    ("it", "kill"): 1,
    ("kindle", "fire"): 1,
    ("fire", "tv"): 0,
    ("fire", "hd"): 0,
    ("fire", "stick"): 0,
    ("fire", "sale"): 0,
    ("is", "fire"): 1,
    ("es", "fuego"): 1,
    ("son", "fuego"): 1,
    ("è", "fuoco"): 1,
    ("é", "fogo"): 1,
    ("was", "fire"): 1,
    ("fire", "whoever"): 0,
    ("fire", "them"): 0,
    ("fire", "him"): 0,
    ("fire", "her"): 0,
    ("fire", "the"): 0,
    ("fire", "you"): 0,
    ("fire", "your"): 0,
    ("fire", "everyone"): 0,
    ("sick", "bag"): 0,
    ("air", "sick"): 1,
    ("app", "crashed"): 1,
    ("website", "crashed"): 1,
    ("site", "crashed"): 1,
    ("system", "crashed"): 1,
    ("server", "crashed"): 1,
    ("crashed", "again"): 0,
    ("killing", "it"): 0,
    ("killing", "me"): 0,
    ("killing", "my"): 0,
    ("están", "matando"): 1,
    ("esta", "matando"): 1,
    ("está", "matando"): 1,
    ("kill", "for"): 0,
    ("me", "matan"): 1,
    ("me", "tuent"): 1,
    ("me", "tue"): 1,
    ("ça", "tue"): 1,
    ("ca", "tue"): 1,
    ("mi", "uccidono"): 1,
    ("me", "matando"): 1,
    ("by", "accident"): 1,
    ("por", "accidente"): 1,
    ("raw", "deal"): 0,
    # WWE's "Monday Night Raw"; greenhouse gas, gas prices; heavy/black metal (music).
    ("night", "raw"): 1,
    ("wwe", "raw"): 1,
    ("mondays", "raw"): 1,
    ("monday", "raw"): 1,
    ("greenhouse", "gas"): 1,
    ("gas", "prices"): 0,
    ("gas", "price"): 0,
    ("gas", "station"): 0,
    ("gaz", "naturel"): 0,
    ("heavy", "metal"): 1,
    ("black", "metal"): 1,
    ("rock", "metal"): 1,
    ("metal", "band"): 0,
    ("metal", "bands"): 0,
    # Fire TV, Arcade Fire, "trial by fire"; "bad blood", blood services; "this is nuts".
    ("fire", "tvs"): 0,
    ("arcade", "fire"): 1,
    ("by", "fire"): 1,
    ("bad", "blood"): 1,
    ("true", "blood"): 1,
    ("blood", "services"): 0,
    ("blood", "moon"): 0,
    ("is", "nuts"): 1,
    ("totally", "nuts"): 1,
    ("freaking", "nuts"): 1,
    ("im", "nuts"): 1,
    ("nuts", "for"): 0,
    ("these", "nuts"): 1,
    ("wouldnt", "hurt"): 1,
    ("a", "pain"): 1,
    ("da", "paura"): 1,
    ("of", "contract"): 0,
    # French "compromis (de vente)" is a sale agreement, not a compromised account.
    ("du", "compromis"): 1,
    ("le", "compromis"): 1,
    ("un", "compromis"): 1,
    ("au", "compromis"): 1,
    ("compromis", "de"): 0,
    # "feu vert" (the go-ahead), "mettere a fuoco" (to focus), "un gennaio di fuoco", "hot fire" (slang).
    **{("feu", "vert"): 0, ("a", "fuoco"): 1, ("di", "fuoco"): 1, ("hot", "fire"): 1},
    # "if we fell short", "falls short of": not a fall; "is this a sick joke?": not illness.
    **{(w, "short"): 0 for w in _words("fell fall falls falling")},
    ("sick", "joke"): 0,
    **{("sick", w): 0 for w in _words("service app team deal customer staff")},  # praise slang
    # "a family emergency" is why someone travels; a "non-emergency number"; "tone deaf"; "fire it up".
    ("family", "emergency"): 1,
    ("non", "emergency"): 1,
    ("tone", "deaf"): 1,
    ("fire", "up"): 0,
    # "a glass of wine", "un verre de rouge", "ein Glas Wein": a drink, not a shard; "dose not work" (a typo).
    **{("glass", "of"): 0, ("verre", "de"): 0, ("un", "verre"): 1, ("ein", "glas"): 1, ("dose", "not"): 0},
    # "you should fire that agent", "please fire him", "fire yr rep": dismissing staff, no flames.
    **{(w, "fire"): 1 for w in _words("should please pls plz must")},
    **{("fire", w): 0 for w in _words("him her them whoever yr")},
    # Names and figures: "Stranger Things", "T-Pain", "Dr Dre"; "touched down" (landed), "I'm
    # touched" (moved); "my ears/eyes bleed" at a song or a design (the guideline's figurative list).
    ("stranger", "things"): 0,
    ("hit", "up"): 0,  # "the tour hit up 8 places", "hit me up"
    ("t", "pain"): 1,
    ("dr", "dre"): 0,
    ("touched", "down"): 0,
    ("im", "touched"): 1,
    ("so", "touched"): 1,
    ("ears", "bleed"): 1,
    ("ears", "bleeding"): 1,
    ("eyes", "bleed"): 1,
    ("literally", "bleeding"): 1,
    # "food poisoning insurance", "accident cover", "injury insurance": the harm is what a policy
    # covers, not something that happened.
    **{
        (w, c): 0
        for w in _words("poisoning illness injury injuries accident accidents")
        for c in _words("insurance cover coverage policy")
    },
}


# Despair phrases whose words are everyday ones: (pair) -> (words allowed just before the pair,
# words of which one must follow within four tokens); None = no condition. "if I was gone" (not
# "my seat was gone"), "no point (in) living / going on" (not "no point rebooking"), "no / a way
# out" (not "on your way out").
PHRASE_CONTEXT: dict[tuple[str, str], tuple[frozenset[str] | None, frozenset[str] | None]] = {
    ("was", "gone"): (frozenset(_words("i")), None),
    # "hugging the toilet", "abrazado al váter": the toilet must follow (core.harm_cue_phrases.SICK_SLANG).
    **{p: (None, TOILET_WORDS) for p in SICK_SLANG},
    # "me han pegado", "le han pegado": beaten; not "se han pegado las lentejas" (stuck).
    ("han", "pegado"): (frozenset(_words("me le les nos te")), None),
    # "mi sono tagliata con il vetro", "mi sono tagliato il dito": not "mi sono tagliato i capelli".
    **{
        ("sono", w): (
            frozenset(_words("mi")),
            frozenset(
                _words(
                    "dito dita mano mani piede piedi gamba braccio labbro lingua faccia viso polso coperchio vetro "
                    "vetri lattina coltello bordo lama sangue sanguina sanguinando profondamente"
                )
            ),
        )
        for w in ("tagliata", "tagliato")
    },
    ("no", "point"): (
        None,
        frozenset(_words("living live alive life anymore anything going carrying trying waking me myself being")),
    ),
    ("way", "out"): (frozenset(_words("a no any only another other")), None),
    # "better off without me" (not "can't take off without the galley cart"); farewell "letters to my
    # kids" (not "in my letters to follow").
    ("off", "without"): (frozenset(_words("better")), None),
    ("letters", "to"): (
        None,
        frozenset(
            _words(
                "family kids children everyone loved ones wife husband mum mom dad mother father friends them her "
                "him son daughter partner parents"
            )
        ),
    ),
    # Purchases the customer does not remember: only after a negation ("I don't remember buying",
    # "non ricordo di aver", "no recuerdo haber"), not "remember making a payment".
    **{
        p: (frozenset(_words("dont cant not never didnt no non nn não nao")), None)
        for p in (
            ("remember", "buying"),
            ("remember", "making"),
            ("recuerdo", "haber"),
            ("ricordo", "di"),
            ("me", "lembro"),
        )
    },
    # "knows where I live", "sabe dónde vivo", "sait où j'habite", "weiß, wo ich wohne", "sa dove abito",
    # "sabe onde moro": a threat only after "knows" (not "the area where I live").
    ("where", "i"): (frozenset(_words("knows know knew")), frozenset(_words("live"))),
    ("wo", "ich"): (frozenset(_words("weiß weiss weiss wusste")), frozenset(_words("wohne"))),
    **{
        p: (frozenset(_words("sabe sé sait sais sa so sapeva sabía sabia")), None)
        for p in (
            ("dónde", "vivo"),
            ("où", "jhabite"),
            ("dove", "abito"),
            ("dove", "vivo"),
            ("onde", "moro"),
            ("onde", "vivo"),
        )
    },
    # "ran me over", "knocked her over" (not "hand me over", "think it over"); "got run over", "nearly
    # ran over my foot", "your van ran over" (not "the meeting ran over", "run over the details").
    **{
        (w, "over"): (frozenset(_words("ran run runs running knocked knock knocks knocking")), None)
        for w in ("me", "him", "her", "us", "them")
    },
    ("run", "over"): (frozenset(_words("got get gets getting be been being was were nearly almost")), None),
    ("ran", "over"): (
        frozenset(
            _words(
                "van car driver rider courier bus lorry truck taxi cab bike scooter cyclist he she they nearly "
                "almost literally just"
            )
        ),
        None,
    ),
}
# "disabled" is a person's disability next to a person or an access word ("my disabled son", "I'm
# disabled", "disabled toilet"), a setting elsewhere ("I've disabled it", "ads disabled the volume").
DISABLED_CONTEXT = frozenset(
    _words(
        "i im am iam hes shes is my our his her their a an son daughter mum mom mother dad father "
        "wife husband brother sister child kid kids person people passenger passengers customer customers "
        "traveller travellers traveler friend grandmother grandfather nan gran toilet toilets parking access "
        "badge seat seating assistance ramp bay bays space spaces facilities veteran man woman"
    )
)
# "another customer's account, name and balance", "other members' photos and addresses": someone
# else's data is on show only when some data is named; "other users have the same problem",
# "another customer got told the flight isn't leaving" name none (STRANGER_DATA_WORDS is added).
OTHERS_DATA_WORDS = frozenset(
    _words(
        "name names balance transactions transaction bill bills phone number numbers details delivery card cards "
        "statement paperwork contract bank pass booking reference reservation passport passports policy screenshot "
        "photo photos picture pictures sort codes code payments payment results birth email emails letter info "
        "information records record history file files tablets meds medication prescription box parcel label "
        "sim trip itinerary order "
        "nombre nombres saldo facturas dirección direccion teléfono telefono número numero tarjeta fotos "
        "resultados fecha nacimiento correo póliza poliza captura datos bancarios pastillas caja paciente "
        "nom noms solde opérations operations factures adresse adresses téléphone numéro carte photos résultats "
        "resultats analyses naissance email contrat capture coordonnées coordonnees bancaires rib comprimés boîte "
        "boite nom "
        "namen konto kontostand umsätze rechnungen adresse wohnadressen fotos laborwerte geburtsdatum "
        "vertragsnummer screenshot bankdaten ibans iban packung tabletten "
        "nome nomi conto saldo movimenti bollette indirizzo indirizzi foto risultati analisi nascita mail polizza "
        "screenshot dati bancari scatola pastiglie iban "
        "conta nome saldo movimentos faturas morada endereços endereco foto resultados exames nascimento apólice "
        "apolice captura dados bancários bancarios caixa comprimidos "
        "prenotazione passaporto reserva pasaporte réservation reservation passeport buchung reisepass "
        "passaporte"
    )
)


# "absolutely killed it", "you kill it every time", "the crew kills it 🔥": "kill it" with nothing
# killed is praise slang (did great). Said so after an intensifier or a person, or with a hype
# emoji or praise word just after; never beside an animal ("hit a deer and killed it") or when
# the word before says it happened to something ("and killed it", "nearly killed it").
_KILL_IT_BEFORE = frozenset(
    _words(
        "absolutely totally really truly honestly literally seriously just so fully completely proper properly still "
        "actually lowkey highkey defo def straight well you u ya yall they he she we crew team staff rider "
        "riders driver drivers chef chefs guys gals girls boys"
    )
)
_KILL_IT_AFTER = frozenset(
    _words(
        "🔥 💯 👏 🙌 😍 🤩 🚀 🐐 👌 ✨ 💪 😂 🤣 again today tonight this every as with on out there lol haha "
        "amazing brilliant great legend legends best thanks thank love absolute"
    )
)
_KILL_IT_HAPPENED = frozenset(_words("and nearly almost accidentally which that then who before until"))
_ANIMALS = frozenset(
    _words(
        "cat cats dog dogs puppy kitten deer bird birds fox rabbit hedgehog squirrel mouse mice rat rats "
        "cockroach cockroaches roach bug bugs spider wasp fly flies snake pet pets animal animals"
    )
)


def praise_kill(toks: tuple[str, ...], i: int) -> bool:
    """The kill word at i is "kill(ed/s) it" said as praise slang (see above)."""
    if toks[i + 1 : i + 2] != ("it",) or not _ANIMALS.isdisjoint(toks):
        return False
    before = toks[i - 1] if i else ""
    if before in _KILL_IT_BEFORE:
        return True
    return before not in _KILL_IT_HAPPENED and (i + 2 >= len(toks) or toks[i + 2] in _KILL_IT_AFTER)


# "managed to snap the frame", "managed to lose my bag": an irony of handling, the damage done.
_DAMAGED = frozenset(_words("snap break lose damage destroy crack smash bend ruin drop spill misplace wreck"))


def managed_damage(tokens: tuple[str, ...], i: int) -> bool:
    """``tokens[i]`` ("managed") says "managed to" break something, not that someone handled it."""
    return tokens[i + 1 : i + 2] == ("to",) and tokens[i + 2 : i + 3] != () and tokens[i + 2] in _DAMAGED
