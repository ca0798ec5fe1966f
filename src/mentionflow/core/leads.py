"""Sales leads said in a prospect's own words, in six languages (used by `core.pipeline`): the
families of purchase intent that a phrase list cannot spell out. A request for a quote ("vorrei
un preventivo", "I'd like a quote for"), a business signing up as a partner ("darme de alta como
restaurante", "devenir partenaire", "list my bakery on"), a business asking for offers ("ho una
srl con 12 dipendenti, fate offerte per linee business?"), a deal asked for on joining ("is there
a discount if I bring 3 SIMs", "hay descuento si me traigo"), a move to the brand by its name
("moving our house over to Nimbus", "me quiero pasar a Nimbus"), a price for many units ("how
much for 20 lines", "quanto costa per 10 linee") and a bulk or corporate order.

An existing customer's problem is not a lead: `prospect_lead` reads the words only, and
`with_lead` weighs them against the mention's reading (a clearly negative complaint is never a
lead; a negative one only with a request in it; a complaint naming a failure loses even a phrase
of the signal file). Every family looks for present wishes and infinitives ("register my
restaurant"), never past forms ("I registered my restaurant"). A calm lead that names no failure
is not read major (`calm_lead`: "passare a Nimbus con tutta l'azienda" is no company cut off)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Final

from mentionflow.core.catalog import Catalog
from mentionflow.core.keywords import load_categories, words_folded
from mentionflow.core.presales import customer_problem, presales
from mentionflow.core.signals import SIGNALS, moving_to_you
from mentionflow.core.trip_booking import wants_trip
from mentionflow.core.upgrades import wants_more

__all__ = ["brand_name_words", "calm_lead", "joining_not_complaint", "names_failure", "prospect_lead", "with_lead"]


_set = words_folded


def _near(toks: tuple[str, ...], i: int, words: frozenset[str], before: int, after: int) -> bool:
    return not words.isdisjoint(toks[max(0, i - before) : i]) or not words.isdisjoint(toks[i + 1 : i + 1 + after])


# 1. A quote asked for: the noun after an indefinite article or a request ("a quote", "un devis",
# "pedir presupuesto", "vorrei un preventivo", "um orçamento"); German "Angebot" is also any offer
# ("Vodafone hat mir ein Angebot gemacht"), so it needs a German request next to it.
_QUOTE: Final = _set(
    "quote quotation quotes presupuesto presupuestos cotización cotizaciones devis kostenvoranschlag preventivo "
    "preventivi quotazione orçamento orçamentos cotação cotações"
)
_QUOTE_ASK: Final = _set(
    "a an un una une um uma get request need want like send pedir solicitar quiero quisiera necesito querría "
    "pedimos queremos necesitamos demander obtenir voudrais voudrions souhaite souhaitons besoin recevoir "
    "richiedere chiedere vorrei vorremmo avere ricevere gostaria gostaríamos queria queríamos quero preciso "
    "precisamos receber"
)
_QUOTE_NOT_AFTER: Final = _set("tweet tweets tweeted rt unquote from")
_ASK_VERB: Final = _set("can could would will please pls plz")
_ANGEBOT: Final = _set("angebot angebote")
_DE_ASK: Final = _set(
    "möchte möchten hätte hätten gerne gern bitte brauche brauchen benötige benötigen anfordern einholen "
    "unverbindliches"
)


_QUOTE_ADJ: Final = _set(
    "free quick new formal gratis gratuito gratuita nuevo gratuit nouveau kostenloses unverbindliches neues "
    "rapido nuovo novo grátis"
)


def _quote_request(toks: tuple[str, ...], i: int, tok: str) -> bool:
    if tok in _ANGEBOT:
        return _near(toks, i, _DE_ASK, 4, 3)
    # Right after the article or the request ("a quote", "a free quote", "pedir presupuesto"):
    # "un bloqueo preventivo" is a preventive block, "era um bloqueio preventivo" too.
    asked = toks[i - 1 : i] and (
        toks[i - 1] in _QUOTE_ASK or (i > 1 and toks[i - 1] in _QUOTE_ADJ and toks[i - 2] in _QUOTE_ASK)
    )
    # The verb asked of the brand: "can you quote us for 4 business lines" (not "quote me on that").
    # Asked, not told ("they tried to quote me for a repair that should be free").
    quote_us = (
        tok == "quote"
        and toks[i + 1 : i + 2] in (("us",), ("me",))
        and "for" in toks[i + 2 : i + 4]
        and not _ASK_VERB.isdisjoint(toks[max(0, i - 3) : i])
    )
    return (bool(asked) or quote_us) and _QUOTE_NOT_AFTER.isdisjoint(toks[i + 1 : i + 2])


# 2. Signing up a business or becoming a partner: a sign-up verb (an infinitive: an intent, not
# "registered") near a kind of business, or "partner" after "become" / "join as" ("devenir
# partenaire", "diventare partner", "ser parceiro", "Partner werden"); not "my partner".
_BUSINESS: Final = _set(
    "restaurant restaurants restaurante restaurantes ristorante ristoranti bar bares café cafe cafetería pizzeria "
    "pizzería bakery panadería boulangerie bäckerei padaria pasticceria shop store tienda negocio boutique "
    "commerce magasin laden geschäft lokal negozio locale loja estabelecimento business empresa entreprise firma "
    "unternehmen azienda takeaway kebab trattoria osteria brasserie bistro imbiss lanchonete hamburguesería"
)
_SIGNUP: Final = _set(
    "register list onboard add alta registrar inscribir inscribirme inscrire référencer ajouter "
    "anmelden registrieren listen aufnehmen eintragen registrare iscrivere iscrivermi inserire aggiungere "
    "cadastrar inscrever aderir incluir"
)
_PARTNER: Final = _set("partner partners partenaire partenaires parceiro parceira parceiros socio socia aliado")
_PARTNERSHIP: Final = _set(
    "partnership partenariat partnerschaft kooperation colaboración colaboracion asociación collaborazione "
    "partnership parceria"
)
_KEEN: Final = _set(
    "love keen interested want would like interesados interesadas interesa quisiéramos queremos intéressés "
    "intéressées souhaitons voudrions interessiert möchten würden interessati vorremmo interessados gostaríamos "
    "queríamos"
)
_BECOME: Final = _set(
    "become becoming join joining as hacerme convertirme ser ser como devenir comme rejoindre werden als "
    "diventare come tornar tornarme virar ficar"
)
_MINE: Final = _set(
    "my mi mon ma mein meine meinen mio mia meu minha our nuestro nuestra notre unser unsere nostro nostra nosso nossa"
)
_OWN_OR_AS: Final = _MINE | _set("as como comme come als")


def _signup(toks: tuple[str, ...], i: int, tok: str) -> bool:
    if tok in _PARTNER:
        if not _MINE.isdisjoint(toks[max(0, i - 2) : i]):
            return False  # "my partner and I", "mi socio": a person
        if toks[i - 1 : i] == ("to",) and toks[i + 1 : i + 2] == ("with",):
            return True  # "we'd love to partner with you"
        return not _BECOME.isdisjoint(toks[max(0, i - 3) : i]) or toks[i + 1 : i + 2] == ("werden",)
    if tok in _PARTNERSHIP:
        return not _KEEN.isdisjoint(toks)  # "interested in a partnership", "vorremmo una collaborazione"
    if tok == "listed":
        # "how do I get my restaurant listed": getting one's business on the app
        return toks[i - 1 : i] != () and toks[i - 1] in _BUSINESS and "get" in toks[max(0, i - 5) : i]
    if tok == "alta" and toks[i - 1 : i] != ("de",):
        return False  # "dar de alta", "darme de alta": signing up
    # The verb, then "my" or "as" and the business ("list my bakery", "alta como restaurante",
    # "inscrire mon restaurant"); German puts the verb last ("mein Restaurant anmelden").
    for j in range(i + 1, min(i + 5, len(toks))):
        if toks[j] in _BUSINESS:
            return not _OWN_OR_AS.isdisjoint(toks[i + 1 : j])
    for j in range(max(0, i - 3), i):
        if toks[j] in _BUSINESS:
            return not _MINE.isdisjoint(toks[max(0, j - 2) : j])
    return False


# 3. A business asking for offers: a company ("12 dipendenti", "a GmbH", "mi empresa") and what
# it would buy (offers, plans, lines, prices) with a wish or a "do you offer".
_STAFF: Final = _set(
    "employees staff workers empleados trabajadores salariés employés collaborateurs mitarbeiter mitarbeitern "
    "mitarbeitende beschäftigte dipendenti collaboratori funcionários colaboradores empregados"
)
_COMPANY_FORM: Final = _set("srl sl sarl sas gmbh ltd ltda llc inc spa snc pyme pymes autónomo autonomo pme kmu mei")
_COMPANY: Final = _set("company empresa entreprise firma unternehmen azienda negocio business société societe")
_GOODS: Final = _set(
    "offer offers deal deals plan plans quote price prices pricing rates tariff tariffs lines oferta ofertas planes "
    "tarifa tarifas precio precios líneas offre offres forfait forfaits tarif tarifs prix lignes angebot angebote "
    "tarife preise leitungen offerta offerte piano piani tariffe prezzi linee plano planos preço preços linhas "
    "phones smartphones sims móviles teléfonos téléphones portables handys smartphones telefoni cellulari celulares "
    # or what they offer: "was bietet ihr an?", "¿qué ofrecéis?", "que proposez-vous ?"
    "bietet anbieten ofrecéis ofrecen proponéis proposez offrez offrite proponete oferecem"
)
_WISH: Final = _set(
    "want would like looking need interested offer quiero quisiera queremos quisiéramos necesito necesitamos "
    "buscamos busco ofrecéis ofrecen tenéis voudrais voudrions souhaite souhaitons cherche cherchons proposez "
    "möchte möchten suchen suche brauchen bieten vorrei vorremmo cerco cerchiamo fate offrite avete gostaria "
    "gostaríamos queria queremos procuro procuramos oferecem têm"
)


# "small business deals", "5 business lines", "piccola azienda": a business as the buyer.
_SMALL: Final = _set("small little pequeño pequeña petite petit kleine kleines kleinen piccola piccolo pequena pequeno")
_FOR_BUSINESS: Final = _set("lines line plan plans deals deal account accounts broadband tariff tariffs")


def _business_offer(toks: tuple[str, ...], i: int, tok: str) -> bool:
    """A company named here (what it wants is read once for the whole text, in `prospect_lead`)."""
    return (
        (tok in _STAFF and i > 0 and toks[i - 1].isdigit())
        or tok in _COMPANY_FORM
        or (
            tok in _COMPANY
            and (
                not _OWN_OR_AS.isdisjoint(toks[max(0, i - 2) : i])
                or (i > 0 and toks[i - 1] in _SMALL)
                or (i + 1 < len(toks) and toks[i + 1] in _FOR_BUSINESS)
            )
        )
    )


# 4. A deal asked for on joining: "deal"/"discount" and, within three words, "if" and the
# speaker or a joining verb ("is there a deal if I bring", "hay descuento si me traigo",
# "une remise si je prends", "Rabatt wenn ich", "sconto se porto", "desconto se eu trouxer").
_DEAL: Final = _set(
    "deal discount offer promo descuento oferta promoción remise réduction offre rabatt sconto offerta "
    "promozione desconto promoção"
)
_IF: Final = _set("if si wenn falls se")
_SPEAKER: Final = _set(
    "i we me nos je j on nous ich wir io noi eu nós mi ci bring switch join move sign take add traigo paso "
    "contrato cambio junto viens prends passe souscris ajoute porto passo prendo attivo aggiungo trago mudo "
    "levo adiro contrato"
)


# A negation before "se"/"si" makes it the reflexive of a failure, not "if": "el descuento no se
# aplicó, me cobraron", "o desconto não se aplicou", "lo sconto non si è applicato".
_NOT: Final = _set("no not non não nao nicht never nunca jamais mai")


def _deal_if(toks: tuple[str, ...], i: int, tok: str) -> bool:
    for k in range(i + 1, min(i + 4, len(toks))):
        if toks[k] in _NOT:
            return False
        if toks[k] in _IF:
            return not _SPEAKER.isdisjoint(toks[k + 1 : k + 3])
    return False


# 5. A price for many units: a price word and a count of lines, SIMs, staff or guests nearby
# ("how much would it cost for 20 lines", "cuánto cuesta para 10 líneas", "combien pour 5
# lignes", "was kostet es für 15 Mitarbeiter", "quanto costa per 20 linee", "catering for 40 people").
_PRICE: Final = _set(
    "cost costs price pricing much costaría cuesta cuestan cuánto cuanto precio coûte coûterait combien prix "
    "kostet kosten kosten würde preis costa costerebbe costano quanto prezzo custa custaria custam preço"
)
_UNITS: Final = _set(
    "lines sims employees users staff seats phones handsets devices people guests líneas móviles empleados "
    "usuarios personas lignes forfaits salariés employés utilisateurs personnes leitungen karten mitarbeiter "
    "nutzer geräte handys personen linee sim dipendenti utenti telefoni persone linhas funcionários usuários "
    "aparelhos celulares chips pessoas"
)


def _units_priced(toks: tuple[str, ...], i: int, tok: str) -> bool:
    return i > 0 and toks[i - 1].isdigit() and int(toks[i - 1]) >= 3 and _near(toks, i, _PRICE, 7, 4)


# 6. A bulk or corporate order ("bulk order", "pedido corporativo", "commande groupée",
# "Großbestellung", "ordine aziendale", "encomenda corporativa"), not "my bulk order".
_BULK: Final = _set(
    "bulk wholesale corporate mayorista corporativo corporativa corporativos corporativas empresarial empresariales "
    "groupée groupées entreprise großbestellung "
    "sammelbestellung firmenbestellung aziendale ingrosso atacado"
)
_ORDER: Final = _set(
    "order orders pedido pedidos commande commandes bestellung ordine ordini encomenda encomendas catering"
)
_ONE_WORD_ORDER: Final = _set("großbestellung sammelbestellung firmenbestellung")


_CATERING: Final = _set("catering")
_THE: Final = _set("the your el la le il lo o das der die vuestro votre vostro vosso")


def _bulk_order(toks: tuple[str, ...], i: int, tok: str) -> bool:
    if not _MINE.isdisjoint(toks[max(0, i - 2) : i]):
        return False
    if tok in _CATERING:
        # "do you do catering for 60?", "¿hacéis catering?" (not "the catering was cold")
        return _THE.isdisjoint(toks[max(0, i - 2) : i])
    return tok in _ONE_WORD_ORDER or _near(toks, i, _ORDER, 2, 2)


# 7. A move to the brand by its name: a moving verb (present or infinitive) and, at most five
# words on, "to"/"a"/"chez"/"zu" and the brand ("moving our house over to Nimbus", "quiero
# pasar mi nómina a Brightbank"). "Moved to" is done; "from Nimbus to" is a churn.
_MOVE: Final = _set(
    "move moving switch switching port porting join joining pasar pasarme pasarnos cambiar cambiarme "
    "cambiarnos mover portar unirme cambio paso passo mudo passe passer basculer changer migrer rejoindre "
    "wechseln wechsle "
    "umziehen portieren passare spostare cambiare migrare mudar passar migrar"
)
_TO: Final = _set("to a al chez zu bei da alla para pra à")
_ARTICLE: Final = _set("the o el la le il lo")

_ANCHORS: Final = (
    ("quote", _QUOTE | _ANGEBOT, _quote_request),
    ("signup", _SIGNUP | _PARTNER | _PARTNERSHIP | {"listed"}, _signup),
    ("company", _STAFF | _COMPANY_FORM | _COMPANY, _business_offer),
    ("deal", _DEAL, _deal_if),
    ("units", _UNITS, _units_priced),
    ("bulk", _BULK | _CATERING, _bulk_order),
)
_GATE: Final = frozenset().union(*(words for _, words, _ in _ANCHORS))
# Families that are a request in themselves (see `with_lead`).
_REQUESTS: Final = frozenset(("quote", "signup", "deal", "bulk"))


def _to_brand(toks: tuple[str, ...], brand_words: frozenset[str]) -> bool:
    for j, tok in enumerate(toks):
        # "to Nimbus", "para o Nimbus"; "zu Nimbus wechseln": German puts the verb after
        if (
            tok in brand_words
            and j > 1
            and (toks[j - 1] in _TO or (toks[j - 1] in _ARTICLE and toks[j - 2] in _TO))
            and (not _MOVE.isdisjoint(toks[max(0, j - 7) : j - 1]) or not _MOVE.isdisjoint(toks[j + 1 : j + 3]))
        ):
            return True
    return False


# ... or taking the brand's product by its name, wished for in the first person: "je veux prendre
# Nimbus Fibre", "quiero contratar Nimbus", "I want to get Nimbus Fibre", "vorrei prendere Nimbus",
# "quero contratar a Nimbus", "ich will Nimbus Fibre nehmen" (German puts the verb after). Not "get
# Nimbus to fix it" (the brand made to act), nor "prendre contact avec Nimbus" (no product taken).
_WANT: Final = _set(
    "want wanna like veux voudrais voulons aimerais aimerions quiero quisiera queremos querría "
    "will möchte möchten wollen voglio vorrei vogliamo vorremmo quero queria queremos gostaria"
)
_TAKE: Final = _set(
    "get take prendre souscrire contratar coger tomar nehmen holen buchen abschließen prendere attivare "
    "sottoscrivere pegar assinar"
)
_TAKE_ARTICLE: Final = _set("the a la le el il lo o das den")
_MADE_TO: Final = _set("to à a zu")


def _takes_brand(toks: tuple[str, ...], brand_words: frozenset[str]) -> bool:
    for j, tok in enumerate(toks):
        if tok not in brand_words or (j + 1 < len(toks) and toks[j + 1] in _MADE_TO):
            continue
        k = j - 2 if j > 1 and toks[j - 1] in _TAKE_ARTICLE else j - 1
        if k >= 0 and toks[k] in _TAKE and not _WANT.isdisjoint(toks[max(0, k - 3) : k]):
            return True
        # German: "ich will/möchte Nimbus Fibre nehmen"
        if not _WANT.isdisjoint(toks[max(0, j - 2) : j]) and not _TAKE.isdisjoint(toks[j + 1 : j + 4]):
            return True
    return False


# ... or being on the brand, wished for: "on aimerait être sur Parcelo" (a restaurant joining),
# "I'd like to be on Nimbus", "nos gustaría estar en Parcelo", "vorremmo essere su Parcelo".
_BE: Final = _set("be être etre estar stare essere sein")
_ON: Final = _set("on sur en su no na auf bei")
_WISH_TO_BE: Final = _WANT | _set("aimerait voudrait aimerions voudrions gustaría gustaria piacerebbe would")


def _on_brand(toks: tuple[str, ...], brand_words: frozenset[str]) -> bool:
    return any(
        tok in brand_words
        and j >= 2
        and toks[j - 1] in _ON
        and toks[j - 2] in _BE
        and not _WISH_TO_BE.isdisjoint(toks[max(0, j - 6) : j - 2])
        for j, tok in enumerate(toks)
    )


def prospect_lead(tokens: tuple[str, ...], brand_words: Iterable[str] = ()) -> str | None:
    """The family of prospect's purchase intent that ``tokens`` (normalised: lower case, no
    apostrophes) read as ("quote", "signup", "company", "deal", "units", "bulk", "move", or
    "upgrade": a customer wanting more, `core.upgrades`; "book": a trip wished for,
    `core.trip_booking`), or None.
    ``brand_words``: the brand's own name words ("nimbus")."""
    names = frozenset(brand_words)
    named = not names.isdisjoint(tokens)
    weak = (
        "move"
        if named and (_to_brand(tokens, names) or _takes_brand(tokens, names) or _on_brand(tokens, names))
        else None
    )
    if _GATE.isdisjoint(tokens):
        return ("upgrade" if wants_more(tokens) else _trip(tokens)) if weak is None else weak
    # A company must want something it could buy ("offers", "lines", "was bietet ihr an"): one
    # look at the whole text, not one per company word (20,000 "business" cost no 20,000 scans).
    company_wants = not _GOODS.isdisjoint(tokens) and not _WISH.isdisjoint(tokens)
    for i, tok in enumerate(tokens):
        if tok in _GATE:
            for family, words, test in _ANCHORS:
                if family == "company" and not company_wants:
                    continue
                if tok in words and (family in _REQUESTS or weak is None) and test(tokens, i, tok):
                    if family in _REQUESTS:
                        return family  # a request in itself: the strongest reading
                    weak = family
    # A customer wanting more ("ich möchte upgraden", "add 6 more lines") outweighs a company or
    # a count named alone.
    if weak != "move" and wants_more(tokens):
        return "upgrade"
    return weak if weak is not None else _trip(tokens)


def _trip(tokens: tuple[str, ...]) -> str | None:
    """A trip wished for ("vorremmo prenotare per 4 ad aprile"): the weakest family, `core.trip_booking`."""
    return "book" if wants_trip(tokens) else None


# A complaint that reads negative is an existing customer's problem, whatever it buys or costs:
# "all 60 of our business lines are dead, need someone" names a company, lines and a need, and
# "think twice before switching to Nimbus" a move. A quote asked for, a sign-up, a deal on joining
# or a bulk order is a request in itself: only a clearly negative complaint ("I asked for a
# quote three times, nobody answered, useless") outweighs it (the models read a business's
# plain request as a mildly negative complaint: "lines", "staff").
_PROBLEM: Final = frozenset(("complaint", "rant"))
_CLEARLY_NEGATIVE: Final = -0.5


# Pre-sales questions read from their structure (`core.presales`): a prospect asking about an
# offer, an acquisition wished for, an offer asked of the brand. Each is a request in itself.
_PRESALES: Final = frozenset(("prospect", "acquire", "offer_ask"))
# Families that ask the brand for an offer: a "proposta" / "proposal" there is no product idea.
_OFFER_REQUESTS: Final = frozenset(("quote", "offer_ask"))


def with_lead(
    signals: list[str],
    tokens: tuple[str, ...],
    intent: str,
    label: str,
    score: float,
    brand_words: Iterable[str] = (),
    *,
    asked: bool = False,
    rivals: frozenset[str] = frozenset(),
    to_brand: bool = False,
) -> tuple[list[str], str | None]:
    """``signals`` with "purchase" added (in its place in SIGNALS) when the mention reads as a
    prospect's lead and is no negative complaint, and the lead's family (None: no lead added).
    ``asked``: the text has a question mark; ``rivals``: one-word rival names; ``to_brand``: the
    text moves "to @brand" (its own handle), read by the caller from the handles."""
    if "purchase" in signals:
        # A phrase of the signal file in a complaint that names a failure is the customer's
        # problem ("the app crashed for our staff again"), unless a request is made too ("we
        # want a quote for 10 lines, our current provider has no signal"); so is a charge or a
        # plan change already made ("me cambiaron a la tarifa ilimitada y me siguen cobrando").
        family = prospect_lead(tokens, brand_words)
        if family not in _REQUESTS and ((intent in _PROBLEM and names_failure(tokens)) or customer_problem(tokens)):
            return [s for s in signals if s != "purchase"], None
        if intent == "praise" and not asked and family is None and presales(tokens, asked, rivals, to_brand) is None:
            # "le nouveau forfait 5G est top": praise of what the customer has, nothing asked
            return [s for s in signals if s != "purchase"], None
        # The family still says whether the lead is calm (`calm_lead`): "passare a voi con 8
        # linee aziendali, vorrei un preventivo" names business lines (a major word), not a cut.
        return signals, family or presales(tokens, asked, rivals, to_brand)
    if intent in _PROBLEM and score <= _CLEARLY_NEGATIVE:
        return signals, None
    family = prospect_lead(tokens, brand_words)
    weak = family not in _REQUESTS and family != "upgrade" and not (family == "move" and not _GOODS.isdisjoint(tokens))
    # A weak reading (a company or a trip named, no request) gives way to a pre-sales question:
    # "we run a clinic with 9 staff, can someone call me with pricing?"
    if weak and (presale := presales(tokens, asked, rivals, to_brand)) is not None:
        # A pre-sales question that names a failure is a customer's problem; one beside a move
        # elsewhere ("thinking of switching to Vodafone, their family plan is cheaper") is churn,
        # unless the move is towards the brand ("moving the family to @brand").
        toward = to_brand or moving_to_you(tokens)
        # a review ("is SkyLark Plus worth it? short answer: yes") weighs what the author has
        review = intent == "praise" and presale == "prospect"
        if not review and not names_failure(tokens) and ("churn" not in signals or toward):
            family = presale
            if toward:
                signals = [s for s in signals if s != "churn"]
    if family == "upgrade" and intent in _PROBLEM and customer_problem(tokens):
        return signals, None  # a complaint in a charge's or a refusal's words ("ma carte est refusée")
    # A move to the brand that asks about its offers ("me paso a Nimbus, ¿qué tarifas hay?") is
    # as much a request; "think twice before switching to Nimbus" asks nothing.
    asking = (
        family in _REQUESTS
        or family in _PRESALES
        or (family == "move" and not _GOODS.isdisjoint(tokens))
        # "I want to upgrade but the app keeps failing": a complaint naming a failure is no lead
        or (family == "upgrade" and not (intent in _PROBLEM and names_failure(tokens)))
    )
    if family is None or (not asking and intent in _PROBLEM and label == "negative"):
        return signals, None
    found = {*signals, "purchase"}
    if family == "move":
        found.discard("churn")  # "me cambio a Nimbus" said to Nimbus: joining, not leaving
    if family in _OFFER_REQUESTS or family in _PRESALES:
        found.discard("feedback")  # "podem fazer-nos uma proposta?": an offer asked, no idea
    return [s for s in SIGNALS if s in found], family


# A request or a move to the brand, said calmly and naming no failure, is no major problem:
# "vorremmo passare a Nimbus con tutta l'azienda" moves a whole company, it is not one cut off.
_FAILED: Final = frozenset(("failure", "outage", "payment_failed"))
_CALM_FAMILIES: Final = frozenset(("move", "upgrade")) | _PRESALES


def calm_lead(family: str | None, label: str, tokens: tuple[str, ...]) -> bool:
    """Whether a lead of ``family`` is calm (not negative) and names no failure or outage."""
    if family is None or (family not in _REQUESTS and family not in _CALM_FAMILIES) or label == "negative":
        return False
    return not names_failure(tokens)


def joining_not_complaint(
    family: str | None, signals: list[str], tokens: tuple[str, ...], intent: str, score: float
) -> bool:
    """Whether a complaint is only a prospect moving to the brand: "switching the whole office over
    to you, what's the pricing?", "on veut passer tout le bureau chez vous, quels tarifs ?". A move
    to the brand ("to you", "chez vous", "zu euch", or by its name) with a purchase signal, not
    clearly negative, naming no failure: the move verb and the size ("whole office") made it read
    as a problem; it is a lead."""
    if intent != "complaint" or "purchase" not in signals or score <= _CLEARLY_NEGATIVE:
        return False
    return (family == "move" or family in _PRESALES or moving_to_you(tokens)) and not names_failure(tokens)


def names_failure(tokens: tuple[str, ...], labels: frozenset[str] = _FAILED) -> bool:
    """Whether a word or pair of words of the category file has one of ``labels`` (by default:
    names a failure or an outage)."""
    cfg = load_categories()
    words = cfg.token_labels(frozenset(tokens))
    pairs = (cfg.bigrams.get(pair, ()) for pair in pairwise(tokens))
    return not all(labels.isdisjoint(found) for found in (*words, *pairs))


def brand_name_words(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Per brand id, the first words of the brand's own names and aliases ("nimbus",
    "brightbank", "bright"), not of its products: what a prospect moves "to"."""
    names: dict[str, set[str]] = {}
    for phrase, (owner, product) in catalog.by_phrase.items():
        if product is None and owner in catalog.brands:
            names.setdefault(owner, set()).add(phrase[0])
    return {brand: frozenset(words) for brand, words in names.items()}
