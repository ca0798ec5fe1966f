"""Pre-sales questions read from their structure, in six languages (used by `core.leads`): who
the author is to the brand, and what they ask about. A phrase list ("thinking of switching to
you") misses each new wording ("thinking of moving the whole family to @brand, do you do a family
plan?"); the structure does not change:

- a prospect (`_prospect`): someone weighing the brand up ("thinking of", "me lo estoy
  planteando", "on hésite", "überlegen", "stiamo valutando", "estamos a pensar"), not a customer
  yet ("not with you yet", "pas encore client"), coming over to it ("jump ship to you", "je vous
  rejoins", "komme zu euch", "vir para vocês", or "to @brand", read by the caller) or with a
  rival now ("I'm with Movistar", "mein Vodafone-Vertrag läuft aus", "harta de Movistar"),
  shopping for a provider ("je cherche une banque"), weighing its worth ("ça vaut le coup ?",
  "lohnt sich das?"), wanting "your fibre", or placing the offer at the brand ("a joint plan
  with you", "un forfait commun chez vous"), who asks about an offer that is not theirs already
  (a plan, a price, fibre, a line, an account: `_OFFER`; not "my plan") with a question mark or a wish;
- an acquisition wished for (`_acquire`): a wish or a price asked ("I'd like to", "how much to",
  "quanto costa") and a buying verb (buy, add, open, upgrade, sign up: "añadir una línea",
  "ouvrir un compte", "hinzuzufügen", "aprire un conto", "juntar uma linha") before an offer word;
- an offer asked of the brand (`_offer_asked`): "do you sell", "what do you offer a couple",
  "can you make us an offer", "your best price for", "the cheapest plan?", "do you have an
  account for teenagers?", "send me your prices", "which fibre do you recommend?".

A move towards a rival is never one (the caller keeps churn); an existing customer's problem is
never one: a charge, a refund, an error or a past change of plan (`customer_problem`)."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import Final

from mentionflow.core.keywords import words_folded

__all__ = ["customer_problem", "presales"]

_set = words_folded

# What a brand sells, or asks a price for: plans, lines, fibre, accounts, seats, devices.
_OFFER: Final = _set(
    "plan plans tariff tariffs bundle bundles deal deals offer offers price prices pricing cost costs fibre fiber "
    "broadband 5g coverage sim sims esim line lines account accounts premium plus contract package membership "
    "subscription fare fares seats phone phones handset iphone pixel galaxy data unlimited "
    "tarifa tarifas planes fibra cobertura línea líneas cuenta cuentas precio precios oferta ofertas paquete pack "
    "contrato móvil móviles datos ilimitada ilimitado gigas "
    "forfait forfaits offre offres couverture ligne lignes compte comptes prix tarif tarifs abonnement mobiles "
    "data illimité "
    "tarif tarife glasfaser netz abdeckung karte karten leitung leitungen konto preis preise angebot vertrag "
    "verträge datenvolumen handy handys "
    "piano piani offerta offerte tariffa tariffe copertura linea linee conto prezzo prezzi abbonamento giga "
    "telefoni cellulari illimitato "
    "tarifário tarifários plano planos linha linhas conta contas preço preços proposta assinatura dados "
    "telemóveis telemóvel cartões ilimitado gb giga"
)
# German compounds end in what they sell ("Familientarif", "Gemeinschaftskonto", "Firmenhandys").
_OFFER_SUFFIXES: Final = ("tarif", "tarife", "konto", "vertrag", "verträge", "handys", "angebot")


@lru_cache(maxsize=4096)  # called on every token by several readings; words repeat
def _offer_word(tok: str) -> bool:
    # an elided article stays on the noun: "un'offerta" ("unofferta"), "l'abonnement"
    return (
        tok in _OFFER
        or (len(tok) > 7 and tok.endswith(_OFFER_SUFFIXES))
        or (tok[:2] == "un" and tok[2:] in _OFFER)
        or (tok[:1] in {"l", "d"} and tok[1:] in _OFFER)
    )


# 1. Who the author is: weighing the brand up.
_WEIGHING: Final = _set(
    "considering contemplating tempted planteando planteo envisage envisageons envisageait songe songeons "
    "hésite hésitons überlege überlegen überlegt valutando valutiamo considerando ponderando "
    # whether it is worth buying: "is Plus worth it?", "¿merece la pena?", "ça vaut le coup ?",
    # "lohnt sich das?", "conviene?", "compensa?"; "debating whether", "dudando si", "mi chiedo se"
    "worth worthwhile merece compensa compensava compensaria lohnt lohnen conviene converrebbe debating "
    "wondering dudando rentable rechnen rechnet ripaga"
)
# "thinking of/about", "pensando en", "a pensar", "pensando di": the verb and its particle.
_THINK_PAIRS: Final = frozenset(
    {("thinking", "of"), ("thinking", "about"), ("pensando", "en"), ("pensando", "de"), ("pensando", "di")}
    | {("a", "pensar"), ("pensando", "em"), ("shopping", "around")}
)
_WORTH_SEQS: Final = (
    ("vaut", "le", "coup"),
    ("vaut", "la", "peine"),
    ("vale", "la", "pena"),
    ("vale", "a", "pena"),
    ("me", "demande", "si"),
    ("mi", "chiedo", "se"),
)
_SHOP: Final = _set(
    "shopping looking seeking mirando buscando busco cherche cherchons suche suchen cercando cerco procura procuro"
)
_PROVIDERS: Final = _set("banks bancos banques banken banche operators operadores opérateurs anbieter operatori")
_COMPARING: Final = _set("comparing compare comparo comparando comparer vergleiche vergleichen confrontando comparar")
# Not a customer yet: a customer noun with a negation and a "yet" near it.
_CUSTOMER: Final = _set("customer client cliente kunde kundin")
_NOT: Final = _set("not no pas kein keine nicht non não nao dont didnt doesnt cant wont never nunca jamais mai nie")
_YET: Final = _set("yet aún todavía encore noch ancora ainda")
_NOTHING: Final = _set("nothing nada rien nichts niente nulla")
_HAVE: Final = _set("have got tengo tenemos ai avons habe hab haben ho abbiamo tenho temos")
# "not with you yet"
_WITH_YOU_YET: Final = ("not", "with", "you", "yet")

# Coming over to the brand: a verb of coming or moving near "to you" ("jump ship to you",
# "me cambio con vosotros", "je vous rejoins", "dann komme ich zu euch", "passo da voi",
# "mudo-me para vocês").
_YOU_PAIRS: Final = frozenset(
    {("to", "you"), ("with", "you"), ("a", "vosotros"), ("con", "vosotros"), ("a", "ustedes"), ("con", "ustedes")}
    | {("chez", "vous"), ("zu", "euch"), ("zu", "ihnen"), ("da", "voi"), ("a", "voi"), ("con", "voi")}
    | {("para", "vocês"), ("pra", "vocês"), ("para", "voces"), ("pra", "voces"), ("com", "vocês")}
)
_YOU_WORDS: Final = frozenset(you for _, you in _YOU_PAIRS) | {"convosco"}
_COME: Final = _set(
    "move moving switch switching come coming join joining jump bring bringing port porting sign go going "
    "pasar pasarme pasarnos paso cambio cambiarme vengo venirme venir llevar llevarme llevo traer traerme traigo "
    "unirme passer passe venir viens venons rejoindre basculer wechseln wechsle komme kommen holen "
    "passo passare venire vengo veniamo portare porto vir venho mudar mudo passar levar trazer"
)
_COME_GAP: Final = 6
_VOUS_JOIN: Final = _set("rejoins rejoindrai rejoindre rejoignons")

# With a rival now: "I'm with", "estoy con", "je suis chez", "ich bin (noch) bei", "sono con",
# "estou na"; or a contract of theirs running out ("mein Vodafone-Vertrag läuft aus").
_WITH_NOW: Final = frozenset(
    {("im", "with"), ("am", "with"), ("estoy", "con"), ("suis", "chez"), ("bin", "bei"), ("sono", "con")}
    | {("estou", "na"), ("estou", "no"), ("estou", "com"), ("sono", "da")}
)
# What binds the author to the rival ("my EE deal", "la permanencia con Vodafone", "mon engagement
# SFR", "il vincolo con TIM", "a fidelização com a MEO").
_BOUND: Final = _set("contract deal permanencia engagement vincolo fidelização fidelizacao bindung")
_CURRENT: Final = _set("current actual actuel actuelle aktueller aktuellen jetzigen attuale atual")
_PROVIDER: Final = _set(
    "provider network operator carrier bank operador compañía banco opérateur fournisseur banque anbieter netz "
    "operatore gestore banca operadora banks bancos banques banken banche operators operadores opérateurs "
    "operatori"
)

# 2. A wish, an ask for a price or a permission, before a buying verb.
_WISH: Final = _set(
    "want wanna like love looking ready keen planning hoping tempted id wed would "
    "quiero quisiera queremos querría gustaría gustaria necesito "
    "veux voudrais voulons voudrions aimerais aimerions souhaite souhaitons "
    "möchte möchten will wollen würde würden gern gerne "
    "vorrei voglio vogliamo vorremmo piacerebbe "
    "quero queria queremos gostaria gostaríamos pretendo"
)
_PRICE_ASK: Final = _set(
    "much cost costs costaría cuesta cuánto combien coûte coûterait kostet kosten quanto costa costerebbe custa "
    "custaria fica"
)
_CAN: Final = _set("can could puedo podemos puede posso possiamo kann können peux pouvons pode podemos")
_BUY: Final = _set(
    "buy purchase get getting add open opening upgrade subscribe sign take book "
    "comprar contratar añadir abrir abro mejorar suscribirme suscribir hacerme pillar "
    "acheter prendre ajouter ouvrir ouvre souscrire monter abonner "
    "kaufen buchen hinzufügen hinzuzufügen eröffnen eröffne holen hochstufen abschließen upgraden "
    "acquistare comprare aggiungere aprire apre apro prendere salire attivare sottoscrivere "
    "juntar adicionar aderir comprá contratá assinar"
)
_BUY_REACH: Final = 8
_SEEK: Final = _set("seeking busco buscamos buscando cherche cherchons suche suchen cerco cerchiamo procuro procuramos")
_TAKE_GET: Final = _set("get getting take book prendre prendere holen pillar")
# "how do I open an account with you?", "wie eröffne ich ein Konto bei euch?": the way to buy asked
_HOW: Final = _set("how cómo como comment wie come")
# German puts the verb last ("ich würde gern SkyLark Plus für den Flug kaufen", "was kostet es,
# eine Karte zu meinem Vertrag hinzuzufügen"): its wish or price stands further back.
_VERB_LAST: Final = _set("kaufen buchen hinzufügen hinzuzufügen eröffnen holen hochstufen abschließen upgraden")
_VERB_LAST_REACH: Final = 12
# A wish to move to a plan: the verb, "to", then the plan ("passar para o tarifário").
_SWITCH: Final = _set("switch move passar mudar pasar pasarme cambiar passer passare wechseln")
_TO: Final = _set("to para pra a al à au zu auf al alla")
# "can someone call me with pricing", "get back to me with a quote": a human asked for an offer.
_CALL_BACK: Final = frozenset({("call", "me"), ("call", "us"), ("contact", "me"), ("contact", "us"), ("to", "me")})
_PRICING: Final = _set("pricing price prices quote offer offers deal")

# 3. An offer asked of the brand.
_SELL: Final = frozenset(
    {
        ("do", "you", "sell"),
        ("do", "you", "do"),
        ("vendéis",),
        ("vendeis",),
        ("venden",),
        ("vous", "vendez"),
        ("verkauft", "ihr"),
    }
    | {("verkaufen", "sie"), ("vendete",), ("vendem",), ("vendéis",)}
)
# Verbs only: "the offer" is as often a customer's ("what happened to the offer I was promised?");
# English needs its "you" ("what do you offer", "what can you offer").
_OFFER_VERB: Final = _set(
    "ofrecéis ofrecen ofreceis proponéis proposez offrez bietet bieten offrite proponete oferecem oferecer "
    "ofrecer offrir proposer anbieten proporre offrire propor"
)
# A recommendation asked: "what fibre do you recommend?", "¿qué fibra me recomendáis?"
_RECOMMEND: Final = _set(
    "recommend recomendáis recomiendan recomendais recomiendas conseillez recommandez conseilleriez empfehlt "
    "empfehlen consigliate consigliereste consigli recomendam recomendariam aconselham"
)
# A price requested of the brand: a price noun and a verb of sending or making, to "me"/"us"
# ("send me your prices", "me hacéis precio", "vous me faites un prix", "macht ihr mir einen
# Preis", "mi fate un prezzo", "fazem-me um preço").
_PRICE_NOUN: Final = _set(
    "price prices pricing quote precio precios prix tarifs preis preise prezzo prezzi preço preços"
)
_GIVE: Final = _set(
    "send make give pasar pasáis pasarme hacéis hacer hacerme mandar mandarme enviar enviarme envoyer faites "
    "faire schicken schickt machen macht geben gebt mandare mandarmi mandate fate fare fazem fazer enviem dar"
)
_TO_ME: Final = _set("me us mir uns mi ci nos moi nous")
# The verb and "me" in one word ("m'envoyer", "mandarmi", "enviarme").
_GIVE_ME: Final = _set("menvoyer nousenvoyer mandarmi mandarci inviarmi inviarci enviarme enviarnos mandarme pasarme")
# "do you have", asked of the brand in its second person
_YOU_HAVE: Final = frozenset(
    {("do", "you", "have"), ("do", "you", "do"), ("tenéis",), ("teneis",), ("tienen",), ("vous", "avez")}
    | {("avez", "vous"), ("habt", "ihr"), ("gibt", "es", "bei", "euch"), ("avete",), ("têm",), ("tem", "vocês")}
    | {("haben", "sie"), ("vocês", "têm")}
)
# What is sold and asked after in that form (not "signal", "network", "data": those are a
# customer's service asked about).
_SOLD: Final = _set(
    "plan plans tariff tariffs bundle bundles deal deals package account accounts sim sims esim "
    "tarifa tarifas planes cuenta cuentas paquete pack oferta ofertas "
    "forfait forfaits offre offres compte comptes abonnement "
    "tarif tarife konto konten angebot angebote "
    "piano piani offerta offerte conto conti tariffa tariffe "
    "tarifário tarifários plano planos conta contas pacote"
)
_YOU_OFFER: Final = frozenset({("you", "offer"), ("you", "offering")})
_OFFER_ASKERS: Final = _set("what qué que quest questce was cosa che o")
_MAKE_OFFER: Final = _set("hacéis hacer hacernos faire fassiez machen farci fare fazer fazer-nos fazernos")
_BEST: Final = _set(
    "best cheapest mejor barato meilleur meilleure bester besten günstigste günstigsten migliore economico "
    "melhor barato"
)

# An existing customer's problem: a charge, a refund, an error, a past change of their plan.
_PROBLEM: Final = _set(
    "charged charging billed billing refund reversed overcharged cobrando cobrado cobraron cobrar cobran "
    "cobrando cargo reembolso devolución facturez facturé facturée prélevé prélevée débité débitée remboursement "
    "abgebucht berechnet berechnen abbuchung erstattung gutschrift addebitato addebito addebitati rimborso "
    "cobraram cobram cobrar cobrança reembolso compensação compensation compensación indemnisation "
    "error erreur errore erro fehler crashed planté abgestürzt throttled "
    # a complaint or a dispute opened is no account opened
    "declined refused rejected rechazada rechazado denegada refusée refusé abgelehnt rifiutata rifiutato "
    "recusado recusada negado negada "
    "complaint dispute reclamación reclamacion queja disputa réclamation plainte litige beschwerde reklamation "
    "reclamo reclamação reclamacao"
)
_PAST_CHANGE: Final = frozenset(
    {("i", "upgraded"), ("me", "cambiaron"), ("jai", "changé"), ("tarif", "gewechselt"), ("ho", "cambiato")}
    | {("mudei", "de"), ("have", "upgraded"), ("ive", "upgraded"), ("vertrag", "gewechselt")}
)


def _pairs(toks: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(pairwise(toks))


def _has_seq(toks: tuple[str, ...], seq: tuple[str, ...]) -> bool:
    n = len(seq)
    return any(toks[i : i + n] == seq for i in range(len(toks) - n + 1))


def _not_yet(toks: tuple[str, ...]) -> bool:
    if _has_seq(toks, _WITH_YOU_YET):
        return True
    for i, tok in enumerate(toks):
        # nothing had yet: "je n'ai encore rien", "hab noch nichts", "non ho ancora niente",
        # "ainda não tenho nada", "don't have a contract yet", "no tengo nada contratado"
        if tok in _YET and not _NOTHING.isdisjoint(toks[i + 1 : i + 3]):
            return True
        if tok in _NOTHING and toks[i + 1 : i + 2] in (("contratado",), ("contracted",), ("yet",)):
            return True
        # "don't have a contract yet", "non ho ancora", "je n'ai pas encore": the negation at the
        # "have" ("Karte hab ich noch in der Hand, war ich nicht" has its negation elsewhere)
        if tok in _YET and any(
            toks[h] in _HAVE and not _NOT.isdisjoint(toks[max(0, h - 2) : h + 2]) for h in range(max(0, i - 5), i)
        ):
            return True
    for i, tok in enumerate(toks):
        if tok in _CUSTOMER:
            near = toks[max(0, i - 4) : i + 3]
            if not _NOT.isdisjoint(near) and not _YET.isdisjoint(near):
                return True
    return False


def _coming_over(toks: tuple[str, ...]) -> bool:
    for i, tok in enumerate(toks):
        if tok == "vous" and toks[i + 1 : i + 2] and toks[i + 1] in _VOUS_JOIN:
            return True  # "je vous rejoins"
        if tok not in _YOU_WORDS or (tok != "convosco" and (i == 0 or (toks[i - 1], tok) not in _YOU_PAIRS)):
            continue
        at = i if tok == "convosco" else i - 1
        if not _COME.isdisjoint(toks[max(0, at - _COME_GAP) : at]) or not _COME.isdisjoint(toks[i + 1 : i + 3]):
            return True
    return False


def _with_rival(toks: tuple[str, ...], rivals: frozenset[str]) -> bool:
    for i, tok in enumerate(toks):
        if tok in rivals:
            # "I'm with Movistar", "ich bin noch bei Telekom" (a "still" may stand between)
            before = toks[max(0, i - 3) : i]
            if any((before[j], later) in _WITH_NOW for j in range(len(before)) for later in before[j + 1 :]):
                return True
            if not _BOUND.isdisjoint(toks[max(0, i - 3) : i + 3]) or any(
                t.endswith(("vertrag", "contrato", "contratto", "contrat")) for t in toks[max(0, i - 2) : i + 2]
            ):
                return True  # "my Three contract", "mein Vodafone-Vertrag", "mi contrato con Orange"
        if tok in _CURRENT and not _PROVIDER.isdisjoint(toks[i + 1 : i + 3]):
            return True  # "my current provider"
        if tok in _PROVIDER and toks[i + 1 : i + 2] and toks[i + 1] in _CURRENT:
            return True  # "mon opérateur actuel"
    return False


def _weighing(toks: tuple[str, ...]) -> bool:
    for i, tok in enumerate(toks):
        # shopping for a provider: "shopping for a bank", "estoy mirando bancos", "je cherche une
        # banque", "suche eine Bank", "sto cercando una banca", "ando à procura de banco"
        if tok in _SHOP and not _PROVIDER.isdisjoint(toks[i + 1 : i + 5]):
            return True
        # "considering a move", not "considering the price I pay" (a preposition) nor
        # "comparing my plan with my wife's"
        if (tok in _WEIGHING or tok in _COMPARING) and _THE.isdisjoint(toks[i + 1 : i + 2]):
            return True
    pairs = _pairs(toks)
    if not _THINK_PAIRS.isdisjoint(pairs):
        return True
    if any(_has_seq(toks, seq) for seq in _WORTH_SEQS):
        return True
    # "je pense passer chez vous", "penso di prendere", "estoy pensando contratar": thinking of doing
    return any(a in {"pense", "penso", "pensando", "pensamos"} and (b in _COME or b in _BUY) for a, b in pairs)


# A rival after "with"/"of"/"from" ("fed up with Virgin", "harta de Movistar", "marre de Free",
# "die Nase voll von Telekom", "stufa di Fastweb", "farta da MEO"); a bare name is often a word
# ("lights go orange", "free delivery").
_OF: Final = _set("with of from de del von vom di da do con chez bei")


def _rival_after_of(toks: tuple[str, ...], rivals: frozenset[str]) -> bool:
    return any(tok in rivals and i > 0 and toks[i - 1] in _OF for i, tok in enumerate(toks))


_WHY: Final = _set("why por porque pourquoi warum wieso perché perche")
_THE: Final = _set("the how that what my mi mon ma mein meine mio mia meu minha")


def _offer_with_you(toks: tuple[str, ...]) -> bool:
    """An offer placed at the brand: "a joint plan with you", "un plan conjunto con vosotros",
    "un forfait commun chez vous", "ein gemeinsamer Tarif bei euch", "un piano di coppia da voi",
    "um plano conjunto convosco" (the customer's own is "my plan")."""
    for i, tok in enumerate(toks):
        at_you = tok == "convosco" or (i > 0 and (toks[i - 1], tok) in _AT_YOU)
        if at_you:
            start = i if tok == "convosco" else i - 1
            for k in range(max(0, start - 3), start):
                if _offer_word(toks[k]) and _MINE.isdisjoint(toks[max(0, k - 3) : k]):
                    return True
    return False


_AT_YOU: Final = frozenset(
    {("with", "you"), ("con", "vosotros"), ("con", "ustedes"), ("chez", "vous"), ("bei", "euch"), ("da", "voi")}
    | {("con", "voi"), ("com", "vocês")}
)


def _prospect(toks: tuple[str, ...], rivals: frozenset[str], to_brand: bool) -> bool:
    """Someone not (yet) with the brand, asking about an offer that is not theirs already
    ("why did my plan price go up" asks about the customer's own plan)."""
    free = any(_offer_word(t) and _MINE.isdisjoint(toks[max(0, k - 2) : k]) for k, t in enumerate(toks))
    return free and (
        to_brand
        or _weighing(toks)
        or _not_yet(toks)
        or _coming_over(toks)
        or _with_rival(toks, rivals)
        or _wants_yours(toks)
        or _offer_with_you(toks)
        # with a rival now and asking about the brand's named product ("does Nimbus Fibre reach
        # Portobello Road? fed up with Virgin Media"); "why" makes it a comparison complaint
        or (_rival_after_of(toks, rivals) and _names_product(toks) and _WHY.isdisjoint(toks))
    )


# The brand's own offer wished for: "je veux lâcher ma box pour votre fibre", "voglio prendere la
# vostra fibra", "quero ficar com a vossa fibra".
_YOUR: Final = _set(
    "your vuestra vuestro vuestros vuestras votre vos eure euren eurer euer vostra vostro vostri vossa vosso vossos"
)


# A plain wish, not "will" (English future: "nobody will know") nor "compte" ("votre compte").
_PLAIN_WISH: Final = _WISH - {"will", "compte", "like", "love", "looking", "ready", "planning", "hoping"}


def _wants_yours(toks: tuple[str, ...]) -> bool:
    if _PLAIN_WISH.isdisjoint(toks):
        return False
    return any(tok in _YOUR and any(_offer_word(t) for t in toks[i + 1 : i + 3]) for i, tok in enumerate(toks))


_ACQUIRE_HEADS: Final = _SEEK | _SWITCH | _BUY


def _acquire(toks: tuple[str, ...], asked: bool) -> bool:
    """A wish, a price or a permission asked, then a buying verb, then an offer word (German: the
    verb last, the wish and the offer word before it); a wish to move "to" a plan; an offer
    sought ("busco una segunda línea", "je cherche une ligne", "suche eine Leitung")."""
    if _ACQUIRE_HEADS.isdisjoint(toks):
        return False  # every reading below starts at one of these words
    for i, tok in enumerate(toks):
        if tok in _SEEK and any(
            _offer_word(toks[k]) and _MINE.isdisjoint(toks[max(i + 1, k - 2) : k])
            for k in range(i + 1, min(len(toks), i + 5))
        ):
            return True
        if (
            tok in _SWITCH
            and not _WISH.isdisjoint(toks[max(0, i - 3) : i])
            and _NOT.isdisjoint(toks[max(0, i - 3) : i])
        ):
            # "quero passar para o tarifário de 100 GB", "I want to switch to the unlimited plan"
            rest = toks[i + 1 : i + 5]
            if rest and rest[0] in _TO and any(_offer_word(t) for t in rest[1:]):
                return True
        if (
            tok not in _BUY
            or (tok == "juntar" and toks[i + 1 : i + 2] in (("as",), ("las",), ("os",), ("los",)))
            or toks[i - 1 : i] in (("the",), ("my",), ("your",))
        ):
            continue  # "juntar las dos cuentas": merging what one has, not buying
        reach = _VERB_LAST_REACH if tok in _VERB_LAST else 4
        before = toks[max(0, i - reach) : i]
        if not _NOT.isdisjoint(before):
            continue
        wished = not _WISH.isdisjoint(before) or not _HOW.isdisjoint(before)
        # "can I take a cabin bag on the basic fare?", "how much can I get back?": taking and
        # getting count only as a wish ("want to get one with an unlimited plan")
        if (
            (wished and (tok not in _TAKE_GET or not _WISH.isdisjoint(before)))
            or (
                tok not in _TAKE_GET
                and (not _PRICE_ASK.isdisjoint(toks[max(0, i - _VERB_LAST_REACH) : i]) or not _CAN.isdisjoint(before))
            )
        ) and (
            # the offer word after the verb, before it (German), or anywhere in a question
            # ("is Nimbus Fibre on Canal Street yet? would love to sign up")
            any(
                _offer_word(toks[k]) and _MINE.isdisjoint(toks[max(i + 1, k - 2) : k])
                for k in range(i + 1, min(len(toks), i + 1 + _BUY_REACH))
            )
            or any(_offer_word(t) for t in toks[max(0, i - _VERB_LAST_REACH) : i])
            or (asked and any(_offer_word(t) and _MINE.isdisjoint(toks[max(0, k - 2) : k]) for k, t in enumerate(toks)))
        ):
            return True
    return False


_GROUP: Final = _set("group grupo groupe gruppe gruppo gruppi grupos groupes")
_INTEREST: Final = _set(
    "interests interested interesaría interesarían interesa interesan mintéresse mintéressent intéresse "
    "interessiert interessa interessano interessam"
)
# The brand's named products: a price asked of one of them is a pre-sales question.
_PRODUCT: Final = _set("premium plus fibre fibra glasfaser market")
# Whose it already is: the customer's, or another person's ("her plan", "sa ligne").
_MINE: Final = _set(
    "my mi mon ma mein meine meinen meinem mio mia meu minha our nuestro notre unser nostro nosso "
    "her his their su sus son sa ses sein seine seinen ihre ihren suo sua seu dele dela en"
)


# A cost asked: a cost verb, or "how much" / "combien" with a month ("how much is Plus a
# month?"); "combien de kilos en soute" asks an allowance, not a price.
_COST: Final = _set(
    "cost costs costaría cuesta cuestan coûte coûterait kostet kosten costa costano costerebbe custa custam custaria"
)
_MONTH: Final = _set("month monthly mes mensual mois mensuel monat monatlich mese mensile mês mensal")


def _costs(toks: tuple[str, ...], i: int) -> bool:
    return toks[i] in _COST or (toks[i] in _PRICE_ASK and not _MONTH.isdisjoint(toks))


def _names_product(toks: tuple[str, ...], lo: int = 0, hi: int | None = None) -> bool:
    """A product of the brand named between ``lo`` and ``hi``, not as "my Premium" (what the
    customer has) nor "no tengo Plus" (what they do without)."""
    for k in range(max(0, lo), min(len(toks), len(toks) if hi is None else hi)):
        t = toks[k]
        if (t in _PRODUCT or (len(t) > 7 and t.startswith("premium"))) and (
            _MINE.isdisjoint(toks[max(0, k - 2) : k]) and _NOT.isdisjoint(toks[max(0, k - 3) : k])
        ):
            return True
    return False


# A product found good-sounding, then a question: "das Premium-Konto klingt gut, was kostet es?"
_SOUNDS_GOOD: Final = frozenset(
    {("sounds", "good"), ("sounds", "interesting"), ("looks", "good"), ("suena", "bien"), ("pinta", "bien")}
    | {("lair", "intéressant"), ("klingt", "gut"), ("klingt", "interessant"), ("sembra", "interessante")}
    | {("parece", "interessante"), ("parece", "bom"), ("parece", "interesante")}
)


def _sold(tok: str) -> bool:
    # "Kindertarif", "un'offerta" ("unofferta"), "l'abonnement" ("labonnement")
    return (
        tok in _SOLD
        or (len(tok) > 7 and tok.endswith(("tarif", "tarife", "konto")))
        or (tok[:2] == "un" and tok[2:] in _SOLD)
        or (tok[:1] in {"l", "d"} and tok[1:] in _SOLD)
    )


def _by_first(seqs: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    # Why: a sequence can start only at its first word; looking it up beats trying every sequence.
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        out.setdefault(seq[0], []).append(seq)
    return {first: tuple(group) for first, group in out.items()}


_SELL_BY_FIRST: Final = _by_first(_SELL)
_YOU_HAVE_BY_FIRST: Final = _by_first(_YOU_HAVE)


def _you_have(toks: tuple[str, ...], i: int) -> bool:
    return any(toks[i : i + len(seq)] == seq for seq in _YOU_HAVE_BY_FIRST.get(toks[i], ()))


def _offer_asked(toks: tuple[str, ...], asked: bool) -> bool:
    for i, tok in enumerate(toks):
        for seq in _SELL_BY_FIRST.get(tok, ()):
            if toks[i : i + len(seq)] == seq and any(_offer_word(t) for t in toks[i + len(seq) : i + len(seq) + 6]):
                return True
        # "can you make us an offer", "nous faire une offre", "ein Angebot machen", "farci un'offerta"
        if tok in _MAKE_OFFER and any(
            t in {"offer", "oferta", "offre", "angebot", "offerta", "unofferta", "proposta", "quote"}
            for t in toks[max(0, i - 3) : i + 4]
        ):
            return True
        if not asked:
            continue  # every reading below is of a question
        # "what do you offer", "qué me ofrecéis", "was bietet ihr", "cosa offrite", "o que oferecem"
        offering = tok in _OFFER_VERB or (i > 0 and (toks[i - 1], tok) in _YOU_OFFER)
        if offering and asked and not _OFFER_ASKERS.isdisjoint(toks[max(0, i - 4) : i]):
            return True
        if asked and tok in _RECOMMEND and any(_offer_word(t) for t in toks[max(0, i - 4) : i + 5]):
            return True
        if asked and tok in _PRICE_NOUN and _MINE.isdisjoint(toks[max(0, i - 2) : i]):
            near = toks[max(0, i - 5) : i + 7]
            if not _GIVE_ME.isdisjoint(near) or (not _GIVE.isdisjoint(near) and not _TO_ME.isdisjoint(near)):
                return True
        # "do you have an account for teenagers?", "¿tenéis cuenta para menores?", "gibt es bei
        # euch ein Konto für Jugendliche?": what the brand sells, asked after
        # Not negated nor asked why ("non mi avete pagato gli interessi del conto, perché?"): a
        # customer's problem with what they have.
        if (
            asked
            and _you_have(toks, i)
            and _NOT.isdisjoint(toks[max(0, i - 3) : i])
            and _WHY.isdisjoint(toks)
            and any(
                _sold(t) and _MINE.isdisjoint(toks[max(0, i, k - 2) : k])
                for k, t in enumerate(toks[i : i + 6], start=i)
            )
        ):
            return True
        # "your best price for fibre?", "the cheapest plan?"
        if tok in _BEST and asked and any(_offer_word(t) for t in toks[i + 1 : i + 4]):
            return True
        # "do you do group fares?", "gibt es Gruppentarife?", "avete tariffe di gruppo?"
        if (
            asked
            and (tok in _GROUP or tok.startswith(("gruppen", "group")))
            and (
                any(_offer_word(t) for t in toks[max(0, i - 2) : i + 3])
                or tok.startswith(("gruppentarif", "grouprate"))
            )
        ):
            return True
        # "was kostet das Premium-Konto?", "how much is Parcelo Plus?": a price asked of what the
        # brand sells, not of "my" plan
        if asked and _costs(toks, i) and _names_product(toks, i - 6, i + 7):
            return True
        # "le compte Premium m'intéresse", "a conta Premium interessa-me", "interested in your fibre"
        if asked and tok in _INTEREST and any(_offer_word(t) for t in toks[max(0, i - 4) : i + 5]):
            return True
    if asked and not _SOUNDS_GOOD.isdisjoint(_pairs(toks)) and _names_product(toks):
        return True
    for i in range(len(toks) - 2):
        if (
            (toks[i], toks[i + 1]) in _CALL_BACK
            and toks[i + 2] == "with"
            and not _PRICING.isdisjoint(toks[i + 3 : i + 6])
        ):
            return True
    return False


def customer_problem(toks: tuple[str, ...]) -> bool:
    """An existing customer's problem said in the words of a charge, a refund, an error or a
    change of plan already made ("you charged me for an upgrade", "me cambiaron a la tarifa")."""
    return not _PROBLEM.isdisjoint(toks) or not _PAST_CHANGE.isdisjoint(_pairs(toks))


def presales(
    toks: tuple[str, ...], asked: bool, rivals: frozenset[str] = frozenset(), to_brand: bool = False
) -> str | None:
    """The kind of pre-sales question ``toks`` (normalised tokens) make: "prospect" (someone not
    yet a customer asking about an offer), "acquire" (buying, adding or opening something) or
    "offer_ask" (an offer asked of the brand), or None. ``asked``: the text has a question mark;
    ``rivals``: one-word rival names; ``to_brand``: the text moves "to @brand" (read from its
    handles by the caller)."""
    if customer_problem(toks):
        return None
    if _acquire(toks, asked):
        return "acquire"
    if _offer_asked(toks, asked):
        return "offer_ask"
    if (asked or not _WISH.isdisjoint(toks)) and any(map(_offer_word, toks)) and _prospect(toks, rivals, to_brand):
        return "prospect"
    return None
