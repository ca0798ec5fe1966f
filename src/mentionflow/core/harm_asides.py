"""Harm words said in passing, of nobody hurt here (core/harm.py marks these positions as figures
of speech, like its idioms):

* illness of someone away from the customer, given as a reason: a crew member off sick ("delayed
  by a sick pilot", "piloto enfermo", "pilote malade", "kranker Pilot", "pilota malato", "piloto
  doente"), a relative ("I have a sick relative", "un proche malade", "un parente malato") or the
  person the trip is to ("trying to get home to my sick kid", "to visit my sick mum"). A sick
  passenger left without help is no aside: the person must be crew, a relative, or where the
  customer is going;
* names, titles and products: "Dr Dre", "Dr Pepper", "HP Print and Scan Doctor", "Oxygen OS";
* sports, party and money slang: "stolen base", "killed the buzz", "making a killing", "hazard a
  guess", "daylight robbery", "fire pit", "absolutely fire", "fire it up", "danger men";
* a link clicked in a how-to: "I clicked the link and got a 404", with nothing lost or asked for
  (no money, account, password, card, stranger);
* property taken with no fraud sign ("the parcel was stolen off the porch"), and news of others
  with nobody of the writer's side or the brand in it ("breaking news: a warehouse fire ..."):
  the set's guideline counts neither as harm;
* "your wings are fire" (not "are fire exits"), "Dr Ahmed and Mrs Ahmed" (a title among titles).
"""

from __future__ import annotations

from mentionflow.core.harm_lexicon import words
from mentionflow.core.harm_reasons import REASON_WORDS, reason_positions

__all__ = ["ASIDE_IDIOMS", "ASIDE_WORDS", "aside_positions"]

# (a, b) -> the position (0/1) of the trigger word that the pair neutralises (like IDIOMS).
ASIDE_IDIOMS: dict[tuple[str, str], int] = {
    ("stolen", "base"): 0,
    ("stolen", "bases"): 0,
    ("daylight", "robbery"): 1,
    ("highway", "robbery"): 1,
    ("fire", "pit"): 0,
    ("fire", "pits"): 0,
    ("absolutely", "fire"): 1,
    ("pure", "fire"): 1,
    ("straight", "fire"): 1,
    ("hazard", "a"): 0,  # "I'd hazard a guess"
    ("danger", "men"): 0,  # a team's best players
    ("danger", "man"): 0,
    ("hp", "doctor"): 1,
    ("scan", "doctor"): 1,
    ("hacked", "version"): 0,  # pirated software, not an account taken
    ("hacked", "versions"): 0,
    ("hacked", "apk"): 0,
    **{("dr", w): 0 for w in words("dre dres pepper martens seuss oetker phil oz who strange king")},
}

_ILL = frozenset(
    words(
        "sick ill poorly enfermo enferma enfermos enfermas malade malades krank kranke kranken kranker krankes krankem "
        "malato malata malati malate doente doentes"
    )
)
_CREW = frozenset(
    words(
        "pilot pilots copilot captain crew attendant piloto pilotos copiloto capitán tripulación tripulante "
        "pilote pilotes copilote commandant équipage piloten kapitän besatzung flugbegleiter pilota piloti "
        "comandante equipaggio tripulação"
    )
)
_COPULA = frozenset(words("is was were got went called off está estaba est était ist war è era está estava"))
_RELATIVE = frozenset(
    words("relative relatives pariente parientes proche proches verwandter verwandte angehöriger parente parenti")
)
# "get home to", "fly back to", "rush to" + (my) sick X: where the trip goes, not who is on it.
_GO = frozenset(words("get getting home back fly flying travel travelling traveling rush go going reach come"))
_TRAVEL = frozenset(words("fly flying travel travelling traveling going home back"))
_VISIT = frozenset(words("visit visiting visitar visiter besuchen visitare"))
_DET = frozenset(words("my a our his her their mi mis a ma mon mes meine meinen meinem mia mio minha meu"))
# "killed the buzz", "kill the vibe": a mood spoiled.
_KILL = frozenset(words("kill kills killed killing"))
_MOOD = frozenset(words("buzz vibe vibes mood atmosphere"))
_MAKE = frozenset(words("make makes made making"))
_CLICK = frozenset(words("clicked cliqué geklickt cliccato clicado cliquei clicou clicó pinché"))
# What a how-to click runs into: an error, a page, a message or nothing happening.
_LINK_FAULT = frozenset(
    words(
        "error errors 404 page loading loads load confused nothing itinerary confirmation message song songs "
        "playlist works working broken unsubscribe tracking track spins spinning blank expired invalid "
        "fehler erreur errore erro página pagina seite"
    )
)
# Any sign that something was lost, taken or asked for: then the click is the start of a fraud.
_LOSS = frozenset(
    words(
        "money account accounts password passwords pin code card details bank charged charge payment paid "
        "stolen hacked scam phishing fake suspicious someone stranger virus taken gone emptied login "
        "cuenta contraseña tarjeta dinero compte mot carte argent konto passwort karte geld conto carta soldi "
        "conta senha cartão dinheiro"
    )
)

# "a lo que llamas", "si me llamas": Spanish "llamas" is also "you call".
_CALL_BEFORE = frozenset(words("que lo me te le nos les si cuando como tú tu"))
# "venditore di fumo", "fare fumo", "vender humo", "vendeur de fumée": empty promises.
_SMOKE = frozenset(words("fumo humo fumée fumaça"))
_SELL_SMOKE = frozenset(words("venditore venditori vende vender vendedor vendedores vendeur vendeurs fare"))
# "il fuoco della passione", "el fuego de la pasión", "das Feuer der Leidenschaft".
_FIRE = frozenset(words("fire fuego feu feuer fuoco fogo"))
_PASSION = frozenset(words("passion pasión passione paixão leidenschaft"))
_SPICY = frozenset(
    words("spicy chilli chili chillies picante picantes piccante piccanti épicé épicée pimenté pimentée scharf pimenta")
)
# A fire in a kitchen or a device is a fire, however spicy the dish.
_REAL_FIRE = frozenset(
    words(
        "smoke alarm alarms kitchen oven fryer microwave extinguisher flames caught burning burnt burned humo "
        "cocina horno fumée cuisine four rauch küche ofen fumo cucina forno fumaça cozinha forno"
    )
)
_PRAISE_BE = frozenset(words("are were"))
_FIRE_NOUN_AFTER = {
    (w,)
    for w in words(
        "exit exits alarm alarms door doors engine engines extinguisher extinguishers brigade department service "
        "crews hazard hazards risk safety escape drill drills fighters trucks"
    )
}
_HONORIFICS = frozenset(words("mr mrs ms miss mx prof professor sir madam"))
_PHONE_OS = frozenset(words("os oneplus android version system ver"))

# "the parcel was stolen", "items stolen from my bag": property taken, no fraud (the set's guideline),
# unless the text names money, an account or a card.
_STOLEN = frozenset(
    words("stolen stole theft robado robada robaron volé volée gestohlen rubato rubata roubado roubada")
)
_GOODS = frozenset(
    words(
        "parcel parcels package packages delivery order bag bags luggage suitcase gear items item bike box "
        "paquete pedido maleta colis valise paket koffer pacco valigia encomenda mala "
        # where it was left: "delivered, then stolen off the doorstep", "livré puis volé"
        "delivered misdelivered doorstep porch courier entregado entrega livré livraison geliefert lieferung "
        "zugestellt consegnato consegna entregue"
    )
)
# News of others: "news", "breaking", "reportedly" with no one of the writer's side nor the brand
# addressed as "you" ("terrible news about the fire at the factory"): a fire in the news is no harm.
_NEWS = frozenset(words("news breaking reportedly noticias noticia nouvelles nachrichten notizie notícias"))
_OWN_SIDE = frozenset(
    words(
        "i im ive id me my mine we our us you your youre ur u yo mi me nos nuestro tu su vuestro je moi mon ma mes "
        "nous notre vous votre ich mich mein meine wir uns ihr euer sie io mio mia noi nostro voi vostro eu meu "
        "minha nós nosso você vocês vosso"
    )
)

_FRAUD_SIGNS = _LOSS - _STOLEN

ASIDE_WORDS = (
    frozenset(p[i] for p, i in ASIDE_IDIOMS.items())
    | _ILL
    | _KILL
    | _FIRE
    | _CLICK
    | _SMOKE
    | _STOLEN
    | _NEWS
    | {"llamas", "oxygen"}
    | REASON_WORDS
)


def _ill_aside(toks: tuple[str, ...], i: int) -> bool:
    """Whether the illness word at i is of crew, a relative, or the person the trip is to."""
    # Next to it ("sick pilot", "piloto enfermo") or its subject ("the captain was sick").
    before = toks[i - 1] if i else ""
    if (toks[i + 1 : i + 2] and toks[i + 1] in _CREW) or before in _CREW:
        return True
    if i >= 2 and toks[i - 2] in _CREW and before in _COPULA:
        return True
    if not _RELATIVE.isdisjoint(toks[max(0, i - 2) : i + 3]):
        return True
    j = i - 1
    if j >= 0 and toks[j] in _DET:
        j -= 1
    if j >= 0 and toks[j] in _VISIT:
        return True
    if j >= 2 and toks[j] == "see" and toks[j - 1] == "to" and toks[j - 2] in _TRAVEL:
        return True  # "flying to see my sick nan" (not "nobody came to see my sick son")
    return j >= 1 and toks[j] == "to" and toks[j - 1] in _GO


def aside_positions(toks: tuple[str, ...]) -> set[int]:
    """Positions of harm words said in passing (see the module docstring)."""
    if not _NEWS.isdisjoint(toks) and _OWN_SIDE.isdisjoint(toks):
        return set(range(len(toks)))
    # A letter from the doctor, a medical reason, a funeral as why the trip is made: core/harm_reasons.py
    found = reason_positions(toks) if not REASON_WORDS.isdisjoint(toks) else set()
    for i, t in enumerate(toks):
        if t in _ILL:
            if _ill_aside(toks, i):
                found.add(i)
        elif t in _KILL:
            after = toks[i + 1 : i + 4]
            if not _MOOD.isdisjoint(after) or (
                t == "killing" and (not _MAKE.isdisjoint(after) or toks[i - 1 : i] == ("a",))
            ):
                found.add(i)  # "killed the buzz", "the killing you make", "making a killing"
        elif t in _FIRE:
            if toks[i + 1 : i + 3] == ("it", "up") or not _PASSION.isdisjoint(toks[i + 1 : i + 4]):
                found.add(i)
            elif not _SPICY.isdisjoint(toks[max(0, i - 8) : i + 4]) and _REAL_FIRE.isdisjoint(toks):
                found.add(i)  # "so spicy my mouth was on fire", "a boca pegou fogo": heat of chilli
            elif i and toks[i - 1] in _PRAISE_BE and toks[i + 1 : i + 2] not in _FIRE_NOUN_AFTER:
                found.add(i)  # "your burgers are fire", "those drops were fire" (not "are fire exits")
        elif t == "dr":
            if not _HONORIFICS.isdisjoint(toks[max(0, i - 6) : i + 7]):
                found.add(i)  # "booking for Dr Jones and Mrs Jones": a title among titles
        elif t in _SMOKE:
            if not _SELL_SMOKE.isdisjoint(toks[max(0, i - 3) : i]):
                found.add(i)
        elif t in _STOLEN:
            if not _GOODS.isdisjoint(toks[max(0, i - 5) : i + 5]) and _FRAUD_SIGNS.isdisjoint(toks):
                found.add(i)
        elif t == "llamas":
            if (i and toks[i - 1] in _CALL_BEFORE) or toks[i + 1 : i + 2] in (("a",), ("al",)):
                found.add(i)
        elif t == "oxygen":
            if not _PHONE_OS.isdisjoint(toks[max(0, i - 3) : i + 4]):
                found.add(i)  # "Oxygen OS 4.5", "OnePlus 3T, Oxygen 5.0 Android": a phone's system
        elif t in _CLICK and not _LINK_FAULT.isdisjoint(toks) and _LOSS.isdisjoint(toks):
            found.add(i)
    return found
