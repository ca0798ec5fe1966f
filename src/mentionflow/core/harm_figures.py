"""Harm words that name no harm in their sentence, in en/es/fr/de/it/pt (used by `core.harm`).

* **An injury said of nobody**: "nobody was hurt", "no one got injured", "nadie resultó herido",
  "personne n'a été blessé", "verletzt ist keiner", "niemand wurde verletzt", "nessuno è rimasto
  ferito", "ninguém ficou ferido", "no injuries". The injury word is neutralised; any other cue
  (a collision, a near miss, a child) still counts.
* **A child who only owns the goods or names the product**: "la ropa de mi hijo" (the clothes in a
  lost bag), "les affaires de ma fille", "i vestiti di mio figlio", "as roupas do meu filho", "lait
  bébé", "leche de bebé", "baby milk", "baby food": nothing happened to a child.
* **Fraud as a verdict on a price**: "15€ a month for a metal card, that's a scam", "c'est de
  l'arnaque ce tarif", "das ist doch Betrug am Kunden" (of a fee), "es un robo de precio",
  "questa commissione è una truffa", "essa taxa é um roubo", "these charges are a scam", "estos
  cargos son una estafa": a grumble about what something costs, when nothing else says money was
  taken, a stranger acted, a credential was given or the charge is disowned ("charges I don't
  recognise", "cargos desconocidos"). The pipeline reads the same decision (`HarmSignal.price_verdict`)
  to make the grumble minor rather than major.
* **Metal as what a card is made of**: "metal card", "Karte aus Metall", "carte en métal", "tarjeta
  de metal", "carta in metallo", "cartão de metal": a product, not a shard in food.
* **A near miss said in jest or of a queue or a price**: "the queue nearly killed me 😂", "el precio
  casi me mata jajaja" (core/harm_threats.py): the hedge and the verb of killing are dropped.
* **A fear of flying**: "scared of flying", "peur en avion", "miedo a volar", "Angst vorm Fliegen",
  "paura di volare", "medo de voar": a passenger's disposition, not a danger.
"""

from __future__ import annotations

from mentionflow.core.elisions import with_elisions
from mentionflow.core.fee_verdicts import REAL_FRAUD_SIGNS, names_a_sum
from mentionflow.core.harm_lexicon import LEXICON, words
from mentionflow.core.harm_perfect_now import PERFECT_NOW_WORDS, perfect_now_positions
from mentionflow.core.harm_senses import BABY_ESSENTIALS, MONEY_MOVED
from mentionflow.core.harm_threats import KILL_WORDS, figurative_near_miss

__all__ = ["FIGURE_WORDS", "figure_positions", "fraud_verdict", "price_verdict"]

_INJURY_SAID = frozenset(
    words(
        "hurt injured injury injuries harmed herido herida heridos heridas lesionado lesionada blessé blessée "
        "blessés blessées blessure blessures verletzt verletzte verletzten verletzung verletzungen ferito ferita "
        "feriti ferite ferido ferida feridos feridas"
    )
)
# Nobody as the subject of the injury, or "no"/"sin"/"keine" before the injury noun.
_NOBODY = frozenset(
    words("nobody noone nadie ninguno ninguna aucun aucune niemand keiner keine kein nessuno nessun ninguém ninguem")
)
_NO_BEFORE_NOUN = frozenset(words("no sin sans keine kein nessun nessuna sem zero"))
# What may stand between the subject and the injury word: auxiliaries and "one" of "no one".
_AUX = frozenset(
    words(
        "one was were got is are been has have seriously badly resultó resulto salió salio quedó quedo fue "
        "está esta ha hubo na nest a été ete est sest ist wurde wurden war ist ernsthaft è e stato stata "
        "rimasto rimasta si ficou foi está se saiu"
    )
)
# Adjectives between "no" and the injury noun: "no serious injuries", "no major injuries".
_GRAVITY = frozenset(words("serious major severe significant life threatening"))
# French "personne" is someone ("une personne blessée") unless "n'" follows it ("personne n'a été blessé").
_FR_NOT = frozenset(words("na nest nétait"))
_MAX_GAP = 3


def _unhurt(toks: tuple[str, ...], i: int) -> bool:
    """Injury word at i is said of nobody (before or, German-style, after it) or of "no ..."."""
    before = toks[max(0, i - _MAX_GAP - 1) : i]
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w in _NOBODY or (w in _NO_BEFORE_NOUN and all(x in _GRAVITY for x in before[k + 1 :])):
            return True  # "no injuries", "no serious injuries", "sin heridos"
        if w == "personne" and before[k + 1 : k + 2] and before[k + 1] in _FR_NOT:
            return True
        if w not in _AUX and w not in _FR_NOT and w not in _GRAVITY:
            break
    after = toks[i + 1 : i + 2 + _MAX_GAP]
    for w in after:  # "verletzt ist keiner", "verletzt wurde niemand", "heridos no hubo" is rare
        if w in _NOBODY:
            return True
        if w not in _AUX:
            break
    return False


_CHILD = frozenset(LEXICON["child"])
# Things a child can own in a bag or an order: "la ropa de mi hijo", "les jouets de ma fille".
_BELONGINGS = frozenset(
    words(
        "clothes toys things stuff bag bags suitcase gifts presents shoes "
        "ropa cosas juguetes maleta mochila regalos zapatos "
        "vêtements affaires jouets valise sac cadeaux habits chaussures "
        "vestiti cose giocattoli valigia zaino regali scarpe "
        "roupa roupas coisas brinquedos mala mochila presentes sapatos"
    )
)
_OF = frozenset(words("de di do da du des del della dello dei degli dos das"))
_OWNER_DET = frozenset(words("mi mis mon ma mes mio mia miei mie meu minha meus minhas la el il lo o a le su sua"))
# Products named after who they are for: "baby milk", "lait bébé", "leche de bebé", "kids clothes".
_PRODUCTS = BABY_ESSENTIALS | frozenset(words("food foods wipes clothes shampoo"))


def _owner_or_product(toks: tuple[str, ...], i: int, clean: str = "") -> bool:
    """Child word at i only owns goods ("la ropa de mi hijo") or names a product ("lait bébé").
    `clean` (the lowercased text) tells "lait bébé" from "last nappy, baby is 6 months": a comma or
    a full stop between them ends the product name."""
    j = i - 1
    while j >= 0 and toks[j] in _OWNER_DET and i - j <= 2:
        j -= 1
    if j >= 1 and toks[j] in _OF and toks[j - 1] in _BELONGINGS | BABY_ESSENTIALS:
        return True  # "la ropa de mi hijo", "leche de bebé"
    if i >= 1 and toks[i - 1] in BABY_ESSENTIALS and (not clean or f"{toks[i - 1]} {toks[i]}" in clean):
        return True  # "lait bébé", "latte bambini"
    return i + 1 < len(toks) and toks[i + 1] in _PRODUCTS  # "baby milk", "baby food", "kids clothes"


_METAL = frozenset(words("metal metallo métal metall"))
_CARD = frozenset(words("card cards karte karten carte cartes tarjeta tarjetas carta carte cartão cartao cartões"))
_MADE_OF = frozenset(words("aus en de in di em of"))


def _card_material(toks: tuple[str, ...], i: int) -> bool:
    """Metal word at i says what a card is made of: "metal card", "Karte aus Metall", or, after
    the noun as Romance languages put it, "la carta metal", "tarjeta metal", "carte métal"."""
    if (i + 1 < len(toks) and toks[i + 1] in _CARD) or (i >= 1 and toks[i - 1] in _CARD):
        return True
    return i >= 2 and toks[i - 1] in _MADE_OF and toks[i - 2] in _CARD


_FEAR = frozenset(words("scared afraid frightened terrified miedo peur angst paura medo"))
_FLYING = frozenset(
    words("flying fly planes plane avion avions volar avión avion fliegen flugzeug volare aereo aerei voar avião aviao")
)
_FEAR_OF = frozenset(words("of a al de du en vor vorm zu di del dell dellaereo do da prendre lavion"))


def _fear_of_flying(toks: tuple[str, ...], i: int) -> bool:
    """Fear word at i names a fear of flying: "scared of flying", "peur en avion", "miedo a volar"."""
    after = toks[i + 1 : i + 4]
    for w in after:
        if w in _FLYING:
            return True
        if w not in _FEAR_OF:
            return False
    return False


# A heart attack nearly had at a bill or a fright ("nearly had a heart attack when I saw my bill",
# "casi me da un infarto", "j'ai failli faire un infarctus", "fast einen Herzinfarkt bekommen",
# "mi è quasi venuto un infarto", "quase tive um infarto"): a figure; a hedge just before it.
_COVER = frozenset(words("insurance seguro assurance versicherung assicurazione"))
_HEART = frozenset(words("heart infarto infarctus herzinfarkt cardiaque"))
_HEDGE = frozenset(words("nearly almost casi failli fast quasi quase poco"))


def _hedged_heart_attack(toks: tuple[str, ...]) -> set[int]:
    found: set[int] = set()
    for i, t in enumerate(toks):
        if t in _HEART and not _HEDGE.isdisjoint(toks[max(0, i - 5) : i]):
            found.update((i, i + 1) if t == "heart" and toks[i + 1 : i + 2] == ("attack",) else (i,))
    return found


# A theft already in an insurance claim ("handset insurance claim for my stolen phone submitted 3
# weeks ago, still pending", "siniestro del móvil robado"): the claim's delay is the complaint.
_STOLEN = frozenset(words("stolen robado robada volé volée gestohlen gestohlenes rubato rubata roubado roubada"))
_CLAIM = frozenset(words("claim claims siniestro reclamación sinistre schadensmeldung schadensfall sinistro"))
_CLAIM_WINDOW = 6


def _claimed_theft(toks: tuple[str, ...]) -> set[int]:
    if _CLAIM.isdisjoint(toks) or _COVER.isdisjoint(toks):
        return set()
    claims = [i for i, t in enumerate(toks) if t in _CLAIM]
    return {i for i, t in enumerate(toks) if t in _STOLEN and any(0 < i - c <= _CLAIM_WINDOW for c in claims)}


FIGURE_WORDS = _INJURY_SAID | _CHILD | _METAL | _FEAR | KILL_WORDS | PERFECT_NOW_WORDS | _HEART | _STOLEN


def figure_positions(toks: tuple[str, ...], clean: str = "") -> set[int]:
    """Positions of injury words said of nobody and child words that only own or name goods.
    A child named otherwise too ("no baby formula left, my son needs it") keeps every child word:
    the model weighs a child who needs the goods."""
    unhurt = {i for i, t in enumerate(toks) if t in _INJURY_SAID and _unhurt(toks, i)}
    children = [i for i, t in enumerate(toks) if t in _CHILD]
    owners = {i for i in children if _owner_or_product(toks, i, clean)}
    kept = unhurt | owners if len(owners) == len(children) else unhurt
    kept |= {i for i, t in enumerate(toks) if (t in _METAL and _card_material(toks, i))}
    kept |= {i for i, t in enumerate(toks) if t in _FEAR and _fear_of_flying(toks, i)}
    kept |= perfect_now_positions(toks)  # "I have now instructed a solicitor": core/harm_perfect_now.py
    if not _HEART.isdisjoint(toks):
        kept |= _hedged_heart_attack(toks)
    if not _STOLEN.isdisjoint(toks):
        kept |= _claimed_theft(toks)
    return kept | figurative_near_miss(toks) if not KILL_WORDS.isdisjoint(toks) else kept


_FRAUD = frozenset(LEXICON["fraud"])
# Fraud nouns that people use as a verdict on a price ("a scam", "une arnaque", "Abzocke").
# French and Italian elision glues the article on: "c'est de l'arnaque", "l'abonnement".
VERDICT_NOUNS = with_elisions(
    frozenset(
        words(
            "scam scams fraud robbery ripoff estafa timo robo fraude arnaque escroquerie vol betrug abzocke wucher "
            "truffa furto rapina fraude golpe roubo"
        )
    )
)
# What a verdict on a price is about: a fee, a price, a subscription, a month (not Spanish "mes",
# French "my": "mes économies").
_PRICE = with_elisions(
    frozenset(
        words(
            "fee fees price prices pricing cost costs subscription monthly month year yearly premium plan tariff "
            "charge charges upgrade membership "
            "precio precios cuota cuotas comisión comision comisiones tarifa tarifas mensual suscripción año "
            "cargo cargos "
            "prix frais tarif tarifs mois abonnement cotisation mensuel "
            "gebühr gebühren preis preise monat monatlich abo jahresgebühr kontoführungsgebühr tarif jahr "
            "prezzo prezzi commissione commissioni canone tariffa tariffe mese mensile abbonamento anno "
            "addebito addebiti "
            "preço preços taxa taxas tarifa mensalidade mês assinatura anual cobrança cobranças"
        )
    )
)
# What the brand charges, said of a fee as much as of a payment ("these charges are a scam",
# "estos cargos son un robo", "addebiti assurdi, una truffa"): a price, not money taken, unless a
# sign below disowns it ("charges I don't recognise", "cargos que nunca hice", "without my consent").
_CHARGES = frozenset(
    words("charge charges charged cargo cargos addebito addebiti cobrança cobranças cobranca cobrancas")
)
# Signs of a real fraud: someone else, a credential, an account taken, money that moved.
FRAUD_FACT_WORDS = (MONEY_MOVED - _CHARGES) | frozenset(
    words(
        "someone somebody stranger hacked hacker stolen phishing pin otp code password account cuenta compte konto "
        "conto conta alguien quelquun jemand qualcuno alguém unauthorised unauthorized never "
        # A charge disowned or unexplained: "charges I don't know", "unknown charges", "sin mi permiso".
        "dont doesnt unknown strange random weird suspicious permission consent desconocido desconocidos "
        "desconocida desconocidas extraños raros permiso consentimiento "
        "inconnu inconnus inconnue inconnues bizarres étranges autorisation unbekannt unbekannte seltsame erlaubnis "
        "zustimmung sconosciuto sconosciuti sconosciuta sconosciute strani permesso consenso "
        "desconhecido desconhecidos desconhecida desconhecidas estranhas estranhos permissão consentimento "
        # A scam approach ("a scam text going round with your logo") or a charge disowned ("I
        # haven't set up any subscription", "nunca contraté", "jamais souscrit", "nie abgeschlossen").
        "text texts sms email emails mail message messages logo asking "
        # Savings moved are taken, never priced ("made me move my savings", "mes économies").
        "savings ahorros économies ersparnisse risparmi poupanças "
        "havent hadnt didnt not nunca jamais nie mai nunca não nao"
    )
)


def price_verdict(tokens: tuple[str, ...], cues: tuple[str, ...], clean: str = "") -> bool:
    """Fraud is the only cue, every fraud word is a verdict noun, a price is named (a price word,
    or a sum in ``clean``: "£15 for a bag is a scam"), and nothing else says a fraud happened
    (see the module docstring)."""
    if cues != ("fraud",) or not FRAUD_FACT_WORDS.isdisjoint(tokens):
        return False
    # A sum alone is a price only where no sign of a real fraud (a call, a TAN, money gone) is
    # beside it: "9.200€ vom Sparkonto weg ... #betrug" is money lost (core/fee_verdicts.py).
    if _PRICE.isdisjoint(tokens) and not (names_a_sum(clean) and REAL_FRAUD_SIGNS.isdisjoint(tokens)):
        return False
    fraud = [t for t in tokens if t in _FRAUD or t in VERDICT_NOUNS]
    return bool(fraud) and all(t in VERDICT_NOUNS for t in fraud)


# The brand as the one who "scams": "your scam", "you thieves", "vuestra estafa", "votre arnaque",
# "euer Betrug", "la vostra truffa", "o vosso golpe", "you scammed me", "me habéis estafado", "vous
# m'avez arnaqué", "ihr habt mich betrogen", "mi avete truffato", "vocês me enganaram"; or money
# the customer wants back ("took my money", "where is my refund, scam"). The set's guideline: fraud
# words said loosely of a service or a refund are no fraud harm; fraud is an account taken,
# payments the customer did not make, a scam posing as the brand.
_YOU = with_elisions(
    frozenset(
        words(
            "you your ur u yall youve youre vuestra vuestro vuestras vuestros habéis habeis sois os votre vos vous "
            "avez êtes euer eure euren eurem ihr habt seid vostra vostro vostre vostri avete siete vosso vossa "
            "vossos vossas vocês voces vcs"
        )
    )
)
# Fraud words that can take the brand as subject: "you scammed me", "nos estafasteis".
_CHEATED = frozenset(
    words(
        "scammed estafado estafada estafaron estafasteis arnaqué arnaquée arnaqués arnaquer betrogen truffato "
        "truffata truffati enganado enganada enganaram burlado burlada"
    )
)
_REFUND = frozenset(
    words(
        "refund refunds refunded money reembolso reembolsos dinero devolución remboursement remboursé argent "
        "erstattung rückerstattung geld rimborso rimborsi soldi reembolso dinheiro devolução"
    )
)
_BRAND_WINDOW = 2
# "your fraud department", "vuestro equipo de fraude", "votre service fraude": the brand's desk,
# named in a report of a real scam ("a man said he was from your fraud team"), never a verdict.
_DESK = frozenset(
    words(
        "department dept team desk line unit alert alerts prevention protection squad office "
        "departamento equipo servicio alerta service équipe alerte abteilung team warnung "
        "reparto ufficio squadra servizio avviso equipa equipe serviço alerta"
    )
)
# Theft as a verdict: "#theft", "pure theft" (not of a price: "card theft" is real, see below).
_BRAND_NOUNS = VERDICT_NOUNS | frozenset(words("theft diebstahl"))


def _said_of_the_brand(tokens: tuple[str, ...]) -> bool:
    """Every fraud word is a verdict noun or a verb of cheating with "you"/"your" just before it
    ("your scam", "you scammed me", "votre arnaque", "mi avete truffato"), or a verdict noun beside
    money the customer wants back ("took my money #theft", "refund me, scam")."""
    fraud = [i for i, t in enumerate(tokens) if t in _FRAUD or t in VERDICT_NOUNS]
    if not fraud or not all(tokens[i] in _BRAND_NOUNS or tokens[i] in _CHEATED for i in fraud):
        return False
    if any(not _DESK.isdisjoint(tokens[max(0, i - _BRAND_WINDOW) : i + _BRAND_WINDOW + 1]) for i in fraud):
        return False
    if all(not _YOU.isdisjoint(tokens[max(0, i - _BRAND_WINDOW) : i]) for i in fraud):
        return True
    # Money wanted back, and no card named ("card theft, they took my money" is a real fraud).
    return all(tokens[i] in _BRAND_NOUNS for i in fraud) and not _REFUND.isdisjoint(tokens) and _CARD.isdisjoint(tokens)


# The negations among the fact words: they disown a charge ("charges I didn't make", "nunca
# autoricé ese cargo") only where the writer speaks of their own doing or one is beside a charge,
# a price or money. In a clause about others ("a scam run by tech bros who have never eaten
# a hot meal", "una estafa de gente que nunca ha trabajado") they say nothing of a fraud.
_DISOWNING = frozenset(words("never dont doesnt havent hadnt didnt not nunca jamais nie mai não nao"))
_STRONG_FACTS = FRAUD_FACT_WORDS - _DISOWNING
_OWN = frozenset(
    words(
        "i im ive id me my mine myself we us our ours yo me mi mis nos nuestro nuestra nuestros nuestras "
        "je j moi mon ma mes nous notre nos ich mich mir mein meine meinen meinem wir uns unser unsere "
        "io mi mio mia miei mie noi nostro nostra eu meu minha meus minhas nós nosso nossa"
    )
)
_DISOWNED = _CHARGES | _PRICE | _REFUND | MONEY_MOVED
_DISOWN_WINDOW = 3


def _real_fraud_sign(tokens: tuple[str, ...]) -> bool:
    """A fact word of a real fraud (`FRAUD_FACT_WORDS`), a negation counting only where it can
    disown a charge: the writer's own doing, or a charge, price or money word beside it."""
    if not _STRONG_FACTS.isdisjoint(tokens):
        return True
    if _DISOWNING.isdisjoint(tokens):
        return False
    if not _OWN.isdisjoint(tokens):
        return True
    w = _DISOWN_WINDOW
    return any(
        t in _DISOWNING and not _DISOWNED.isdisjoint(tokens[max(0, i - w) : i + w + 1]) for i, t in enumerate(tokens)
    )


def fraud_verdict(tokens: tuple[str, ...], cues: tuple[str, ...], clean: str = "") -> str | None:
    """ "price" when the only fraud cue is a verdict on a price (`price_verdict`), "brand" when it is
    said of the brand or of money wanted back (see `_said_of_the_brand`), else None: a fraud word
    with a sign of a real fraud beside it (someone else, a credential, money taken, a charge
    disowned, a scam message) is never a verdict."""
    if price_verdict(tokens, cues, clean):
        return "price"
    if cues != ("fraud",) or _real_fraud_sign(tokens):
        return None
    if _said_of_the_brand(tokens) or ("?" not in clean and _called_a_scam(tokens)):
        return "brand"
    return None


# A verdict said as a predicate: "it's a good scam, but a scam all the same", "what a scam",
# "a total ripoff", "such a fraud". Nothing says what was taken (no message, code, account, money
# moved: FRAUD_FACT_WORDS), and it is no question ("is this a scam?" asks about a message) nor a
# victim's story ("I fell for a scam", "victim of a scam").
# The same predicate in es, fr, de, it and pt: "Nimbus es una estafa", "c'est une arnaque", "ist
# reiner Betrug", "è una truffa", "é uma fraude", "qué estafa", "quelle arnaque", "che truffa".
_VERDICT_PAIRS = frozenset(
    tuple(p.split())
    for p in (
        "is a", "its a", "thats a", "what a", "such a", "was a", "be a", "a good", "a total",
        "es una", "es un", "son una", "son unos", "era una", "cest une", "est une", "cest de", "était une",
        "ist ein", "ist eine", "sind ein", "für ein", "war ein", "è una", "è un", "era una", "é um", "é uma",
        "são um", "são uma", "era um", "era uma",
    )
)  # fmt: skip
_VERDICT_ADJ = frozenset(
    words(
        "total complete absolute utter pure massive big qué que menuda vaya auténtica autentica pura "
        "quelle quel vraie véritable veritable pure totale reiner reine reines purer totaler echter echte "
        "riesiger che vera vero pura grande grandessima verdadeira autêntica autentica tremenda"
    )
)
_VICTIM = frozenset(
    words(
        "victim victims fell fall falling víctima victima víctimas caí caímos caído victime victimes tombé "
        "tombée opfer reingefallen hereingefallen vittima vittime cascato cascata caduto vítima vitima caí cai"
    )
)


def _called_a_scam(tokens: tuple[str, ...]) -> bool:
    """Every fraud word is a verdict noun and one of them is said as a predicate (see above)."""
    fraud = [i for i, t in enumerate(tokens) if t in _FRAUD or t in VERDICT_NOUNS]
    return (
        bool(fraud)
        and _VICTIM.isdisjoint(tokens)
        and all(tokens[i] in VERDICT_NOUNS for i in fraud)
        and any((i > 0 and tokens[i - 1] in _VERDICT_ADJ) or tokens[max(0, i - 2) : i] in _VERDICT_PAIRS for i in fraud)
    )
