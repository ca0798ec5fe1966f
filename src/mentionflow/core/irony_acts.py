"""Sarcastic thanks for an act that is a failure by where or when it happened, and praise tags
that close a report of one, in en/es/fr/de/it/pt.

* **A card stopped where it was being used** ("thanks for freezing my card at the till 👏",
  "obrigada por bloquear meu cartão na farmácia"): freezing or blocking a card is often what the
  customer asked for ("thanks for blocking my card so quickly after I reported it stolen"), so it
  is sarcasm only at the point of sale (till, checkout, pharmacy, mid-shop) or beside a slow clap
  or an eye-roll. Declining or refusing one's card ("gracias por rechazar mi tarjeta", "merci
  d'avoir refusé ma carte", "danke fürs Ablehnen meiner Karte") is nothing anyone asks for: sarcasm
  alone. Never when the text gives the reason a stop is wanted (stolen, lost, fraud, "I asked").
* **A parcel mishandled** ("left my parcel in the rain", "a laissé mon colis sous la pluie", "hat
  das Paket über den Zaun geworfen"): a delivery failure that names no failure word.
* **A free-from item swapped for a plain one** ("substituted my gluten-free bread with a regular
  baguette", "ha sostituito il pane senza glutine con uno normale", "glutenfreies Brot durch normales
  ersetzt"): a wrong item that can make someone ill, with no failure word in it.
* **A hero tag after a failure** ("..., what a legend", "..., un ángel", "..., quel génie", "...,
  ein Genie", "..., un genio"): closing a report of a failure it is the sarcastic verdict; after a
  kindness ("carried it up 4 floors, what a legend") it is praise.
* **Thanks that is not a praise word** ("cheers for the 3 hour wait", "ta for the delay"): the
  English thanks said "cheers" or "ta" is thanks all the same, which irony can turn round.

Read on lower-cased clean text; each check is gated on tokens first.
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.text import NormalisedText
from mentionflow.core.thanks_for import thanks_for

_THANKS: Final = r"thanks|thank you|thx|cheers|ta|gracias|merci|danke|dankeschön|grazie|obrigado|obrigada|valeu"
_FOR: Final = r"(?:for|por|pela|pelo|pour|de|d['\u2019]|für|fürs|für das|per|dass|que)"
# The acts that stop a card: to freeze or block it (wanted after a theft), to decline or refuse it
# (never wanted). Infinitives, gerunds and participles, as said after "thanks for".
_STOP_VERBS: Final = (
    r"freez\w*|froze|frozen|block\w*|lock\w*|bloque\w*|congel\w*|bloqu\w*|sperr\w*|gesperrt|blocc\w*"
    r"|cancel\w*|annul\w*|cancell\w*|stornier\w*"
)
_DECLINE_VERBS: Final = (
    r"declin\w*|refus\w*|reject\w*|rechaz\w*|deneg\w*|ablehn\w*|abgelehnt|abzulehnen|rifiut\w*|respint\w*"
    r"|recus\w*|rejeit\w*|negar|negad\w*"
)
_CARDS: Final = (
    r"card|cards|payment|tarjeta|tarjetas|pago|carte|cartes|paiement|karte|kreditkarte|bankkarte|ec-karte|zahlung"
    r"|carta|bancomat|pagamento|cartão|cartao|cartões"
)
_GAP: Final = r"(?:[^\s.!?]+\s+){0,4}?"
# "thanks for (once again) declining my card", "merci d'avoir refusé ma carte", "fürs Ablehnen meiner Karte";
# German puts the verb last ("danke, dass ihr meine Karte an der Kasse gesperrt habt").
CARD_ACT_RE: Final = re.compile(
    rf"{thanks_for(_THANKS, _FOR, 2)}\s*(?:avoir\s+|aver\s+|haber\s+|ter\s+)?{_GAP}"
    rf"(?:({_DECLINE_VERBS})|{_STOP_VERBS})\s+{_GAP}(?:{_CARDS})\b"
    rf"|{thanks_for(_THANKS, _FOR, 0)}\s+{_GAP}(?:{_CARDS})\b[^.!?\n]{{0,40}}?"
    r"\b(?:(abgelehnt|rifiutat\w|recusad\w)|gesperrt|bloccat\w)\b"
)
# Where and when a card is being used: a stop there is the failure ("at the till", "na farmácia").
_AT_USE: Final = (
    r"at the (?:till|checkout|check-out|counter|register|cash register|pump|pharmacy|chemist|supermarket|shop|store"
    r"|restaurant|bar|petrol station|gas station|tills|self[- ]checkout)|at checkout|in (?:the )?(?:supermarket|shop|"
    r"store|pharmacy|chemist|restaurant|queue)|mid[- ](?:shop|payment|purchase|meal)|while (?:paying|i was paying|"
    r"buying|shopping)|in the middle of|on holiday|abroad"
    r"|en (?:la |el )?(?:caja|súper|super|supermercado|farmacia|tienda|restaurante|gasolinera|cola)|mientras pagaba"
    r"|en pleno|de vacaciones|en el extranjero"
    r"|(?:à|a) la (?:caisse|pharmacie|pompe)|au (?:supermarché|supermarche|restaurant|magasin|péage|peage)"
    r"|en (?:caisse|pleine?|vacances)|à l['\u2019](?:étranger|etranger)|pendant que je payais"
    r"|an der (?:kasse|tankstelle|zapfsäule)|im (?:supermarkt|laden|restaurant|urlaub|ausland)|in der apotheke"
    r"|mitten im|beim (?:bezahlen|einkaufen|tanken)"
    r"|alla cassa|in (?:farmacia|cassa|vacanza)|al (?:supermercato|ristorante|distributore)|nel bel mezzo"
    r"|all['\u2019]estero|mentre pagavo"
    r"|n[oa] (?:caixa|farmácia|farmacia|supermercado|mercado|restaurante|posto|fila|meio)|nas férias|nas ferias"
    r"|no estrangeiro|no exterior|enquanto pagava"
)
AT_USE_RE: Final = re.compile(rf"(?<!\w)(?:{_AT_USE})(?!\w)")
# Why a stop is wanted: the card gone or misused, or the customer asked for it.
REASON_RE: Final = re.compile(
    r"\b(?:stolen|lost|fraud\w*|scam\w*|suspicious|hack\w*|compromised|reported|asked|requested|skimm\w*|cloned"
    r"|robad\w|perdid\w|fraude\w*|estafa\w*|sospechos\w|ped[ií]|denunci\w*|clonad\w"
    r"|vol[ée]e?s?|perdue?s?|fraud\w*|arnaque\w*|suspect\w*|signal\w*|demand\w*|piratée?"
    r"|gestohlen|verloren|betrug\w*|verdächtig\w*|gemeldet|gehackt|beantragt|gebeten"
    r"|rubat\w|pers[ao]|truffa\w*|sospett\w*|segnalat\w|richiest\w|clonat\w"
    r"|roubad\w|furtad\w|perdid\w|golpe\w*|suspeit\w|pedi|pedido|clonad\w)\b"
)
CARD_TOKENS: Final = frozenset(
    (
        "card", "cards", "payment", "tarjeta", "tarjetas", "pago", "carte", "cartes", "paiement", "karte",
        "kreditkarte", "bankkarte", "zahlung", "carta", "bancomat", "pagamento", "cartão", "cartao", "cartões",
        "meinekarte",
    )
)  # fmt: skip


def card_stopped_in_use(low: str, signed: bool) -> bool:
    """Thanks for declining one's card, or for freezing or blocking it where it was being used or
    beside a sign of sarcasm (``signed``), no reason for the stop given (see the module doc)."""
    if REASON_RE.search(low) is not None:
        return False
    for m in CARD_ACT_RE.finditer(low):
        if m.group(1) or m.group(2) or signed or AT_USE_RE.search(low) is not None:
            return True
    return False


# --- A stop the customer asked for: "thanks for blocking my card so quickly after I reported it stolen" --
# The verb is a failure word ("blocked", "cancelled") but the act is the help thanked: a card, an account
# or a subscription stopped on request. Not a flight or an order (cancelled on the customer, see
# `charge_thanks`), nor a card stopped where it was in use (`card_stopped_in_use`).
_STOPPABLE: Final = (
    rf"{_CARDS}|subscription|account|membership|direct debit|contract|policy|suscripci[oó]n|cuenta|contrato"
    r"|domiciliaci[oó]n|abonnement|compte|contrat|prélèvement|abo|abonnement|konto|vertrag|lastschrift"
    r"|abbonamento|conto|contratto|addebito|assinatura|conta|contrato|débito direto"
)
WANTED_STOP_RE: Final = re.compile(
    rf"{thanks_for(_THANKS, _FOR, 2)}\s*(?:avoir\s+|aver\s+|haber\s+|ter\s+)?{_GAP}"
    rf"(?:{_STOP_VERBS})\s+{_GAP}(?:{_STOPPABLE})\b"
)


# A slow clap or an eye-roll in the text (the clean text keeps its emoji).
_SIGNS_RE: Final = re.compile("[\U0001f44f\U0001f643\U0001f644\U0001f612\U0001f921]")


def wanted_stop(low: str) -> str | None:
    """Thanks for stopping a card, an account or a subscription, nowhere it was in use: ``low`` without
    the act and the reason given for it (what is left to hold a failure), else None."""
    m = WANTED_STOP_RE.search(low)
    if m is None or AT_USE_RE.search(low) is not None:
        return None
    if _SIGNS_RE.search(low) is not None and REASON_RE.search(low) is None:
        return None  # "thanks for freezing my card 👏": a stop nobody asked for (`card_stopped_in_use`)
    return REASON_RE.sub(" ", low[: m.start()] + " . " + low[m.end() :])


# --- A parcel mishandled: left in the rain, thrown over the fence, dumped in the bin ------------
_PARCELS: Final = (
    r"parcel|parcels|package|packages|delivery|order|box|paquete|pedido|caja|colis|commande|carton|paket"
    r"|päckchen|lieferung|bestellung|karton|pacco|pacchi|ordine|scatola|encomenda|pacote|caixa|it|them"
)
_EXPOSED: Final = (
    r"in the rain|out in the rain|in a puddle|in the bin|over the fence|over the gate|over the wall|in the hedge"
    r"|on the road|in the street|in the snow|in the mud"
    r"|bajo la lluvia|a la lluvia|en un charco|en la basura|por encima de la valla|por encima del muro"
    r"|en la calle|en la nieve|en el barro"
    r"|sous la pluie|dans une flaque|dans la poubelle|par[- ]dessus (?:le portail|la clôture|la cloture|le mur)"
    r"|dans la rue|dans la neige|dans la boue"
    r"|im regen|in den regen|in eine pfütze|in der pfütze|in die mülltonne|in der mülltonne|in den müll"
    r"|über den zaun|ueber den zaun|über das tor|auf der straße|im schnee|im matsch"
    r"|sotto la pioggia|alla pioggia|in una pozzanghera|nel bidone|nella spazzatura|oltre il cancello"
    r"|sopra il cancello|in strada|per strada|nella neve|nel fango"
    r"|na chuva|debaixo de chuva|debaixo da chuva|à chuva|numa poça|numa poca|no lixo|por cima do (?:muro|portão)"
    r"|na rua|na neve|na lama"
)
MISHANDLED_RE: Final = re.compile(
    rf"\b(?:{_PARCELS})\b[^.!?\n]{{0,40}}?(?<!\w)(?:{_EXPOSED})(?!\w)"
    rf"|(?<!\w)(?:{_EXPOSED})(?!\w)[^.!?\n]{{0,30}}?\b(?:{_PARCELS})\b"
)
EXPOSED_TOKENS: Final = frozenset(
    (
        "rain", "puddle", "bin", "fence", "gate", "wall", "hedge", "road", "street", "snow", "mud", "lluvia", "charco",
        "basura", "valla", "muro", "calle", "nieve", "barro", "pluie", "flaque", "poubelle", "portail", "clôture",
        "cloture", "mur", "rue", "neige", "boue", "regen", "pfütze", "mülltonne", "müll", "zaun", "tor", "straße",
        "schnee", "matsch", "pioggia", "pozzanghera", "bidone", "spazzatura", "cancello", "strada", "neve", "fango",
        "chuva", "poça", "poca", "lixo", "portão", "rua", "lama",
    )
)  # fmt: skip
# "delivered it in the rain under a brolly", "a cubierto de la lluvia": kept out of it.
_SHELTERED: Final = re.compile(
    r"\b(?:dry|covered|sheltered|wrapped|protected|despite|seco|cubiert\w|protegid\w|sec|sèche|abrit\w|protég\w"
    r"|trocken|geschützt|trotz|asciutt\w|protett\w|nonostante|sequ\w|protegid\w|apesar)\b"
)


def mishandled_parcel(low: str, tokset: frozenset[str]) -> bool:
    """A parcel left, thrown or dumped where it spoils ("in the rain", "über den Zaun", "no lixo")."""
    if EXPOSED_TOKENS.isdisjoint(tokset):
        return False
    return MISHANDLED_RE.search(low) is not None and _SHELTERED.search(low) is None


# --- A free-from item swapped for a plain one ---------------------------------------------------
_SWAP_VERBS: Final = (
    r"substitut\w*|swap\w*|replac\w*|switch\w*|sustitu\w*|cambia\w*|cambió|reemplaz\w*|remplac\w*|remplaç\w*"
    r"|échang\w*|ersetz\w*|getauscht|ausgetauscht|vertauscht|sostitu\w*|scambia\w*|trocar\w*|troca\w*|trocou"
)
_FREE_FROM: Final = (
    r"(?:gluten|dairy|lactose|nut|sugar|egg|wheat)[- ]?free|vegan\w*|végan\w*|halal|kosher|coeliac|celiac|sin gluten"
    r"|sin lactosa|sin azúcar|sans gluten|sans lactose|sans sucre|glutenfrei\w*|laktosefrei\w*|zuckerfrei\w*"
    r"|senza glutine|senza lattosio|senza zucchero|sem glúten|sem gluten|sem lactose|sem açúcar|sin tacc"
)
_PLAIN: Final = (
    r"regular|normal\w*|standard|ordinary|ordinaire|classique|corriente|común|comum|comune|classic\w*|wheat"
    r"|trigo|blé|weizen\w*|grano|full[- ]fat|entera|entier|vollmilch|intero|integral"
)
# The swap verb, the free-from item and the plain one in one sentence, in that order.
_FREE_FROM_SWAP_RE: Final = re.compile(
    rf"\b(?:{_SWAP_VERBS})\b[^.!?\n]{{0,80}}?\b(?:{_FREE_FROM})\b[^.!?\n]{{0,60}}?\b(?:{_PLAIN})\w*"
    # German says the swap last: "glutenfreies Brot durch normales ersetzt"
    rf"|\b(?:{_FREE_FROM})\b[^.!?\n]{{0,60}}?\b(?:durch|gegen)\s+(?:ein\w*\s+)?(?:{_PLAIN})\b[^.!?\n]{{0,40}}?"
    rf"\b(?:{_SWAP_VERBS})\b"
)


def free_from_swapped(low: str) -> bool:
    """A free-from item (gluten-free, vegan, sin lactosa) swapped for a plain one in ``low``."""
    return _FREE_FROM_SWAP_RE.search(low) is not None


# --- A hero tag closing a failure: "..., what a legend", "..., quel génie" ----------------------
_HERO_TAGS: Final = (
    r"what an? (?:legend|hero|genius|star|absolute legend)|some legend|some hero|real hero|proper legend"
    r"|absolute genius|top bloke|hero of the day"
    r"|(?:todo )?un (?:ángel|angel|genio|crack|héroe|heroe|máquina)|qué (?:ángel|angel|genio|crack|héroe|máquina)"
    r"|menudo (?:genio|crack|héroe|artista)"
    r"|quel (?:génie|genie|héros|heros|ange|champion)|un (?:génie|genie|héros|heros|ange)|quelle légende"
    r"|ein (?:genie|held|engel|schatz)|was für ein (?:genie|held|engel|schatz)|echter held|held des tages"
    r"|un (?:genio|eroe|angelo|mito|grande)|che (?:genio|eroe|angelo|mito)|un vero (?:genio|eroe|mito)"
    r"|um (?:génio|gênio|genio|anjo|herói|heroi|craque)|que (?:génio|gênio|genio|anjo|herói|heroi|craque)"
)
# The tag closes the text (an emoji, a laugh or punctuation may follow).
HERO_TAG_RE: Final = re.compile(rf"(?:[,.;:!\-\u2013\u2014]|^)\s*(?:{_HERO_TAGS})\b[^\w]*$")
HERO_TOKENS: Final = frozenset(
    (
        "legend", "hero", "genius", "star", "bloke", "ángel", "angel", "genio", "crack", "héroe", "heroe", "máquina",
        "artista", "génie", "genie", "héros", "heros", "ange", "champion", "légende", "held", "engel", "schatz",
        "eroe", "angelo", "mito", "grande", "génio", "gênio", "anjo", "herói", "heroi", "craque",
    )
)  # fmt: skip


def hero_tag(low: str, tokset: frozenset[str]) -> bool:
    """A hero tag ("what a legend", "quel génie", "ein Genie") closing the text after a comma or a stop."""
    return not HERO_TOKENS.isdisjoint(tokset) and HERO_TAG_RE.search(low) is not None


# --- "cheers" and "ta": thanks that no praise list holds -------------------------------------
_PLAIN_THANKS_RE: Final = re.compile(r"(?:^|[\s,.!])(?:cheers|ta)(?:\s+(?:mate|very much|a lot|again|guys))?\s+for\b")


def plain_thanks(low: str, tokset: frozenset[str]) -> bool:
    """English thanks said "cheers for" or "ta for" ("cheers for the 3 hour wait")."""
    return ("cheers" in tokset or "ta" in tokset) and _PLAIN_THANKS_RE.search(low) is not None


def praise_said_plain(norm: NormalisedText, tokset: frozenset[str]) -> bool:
    """Surface praise no praise list holds: "cheers for" (`plain_thanks`) or a closing hero tag
    (`hero_tag`); what irony turns round beside a failure, praise beside none."""
    if HERO_TOKENS.isdisjoint(tokset) and "cheers" not in tokset and "ta" not in tokset:
        return False
    low = norm.clean.lower()
    return plain_thanks(low, tokset) or hero_tag(low, tokset)


def praise_of_an_act(low: str, tokset: frozenset[str], signed: bool) -> bool:
    """Thanks for a card stopped in use (`card_stopped_in_use`), or a hero tag closing a mishandled
    parcel (`mishandled_parcel`): sarcasm in every language (``signed``: slow clap or eye-roll)."""
    if not CARD_TOKENS.isdisjoint(tokset) and card_stopped_in_use(low, signed):
        return True
    if EXPOSED_TOKENS.isdisjoint(tokset):
        return False
    return (signed or hero_tag(low, tokset)) and mishandled_parcel(low, tokset)
