"""Banter with a brand in it: fan jokes and plans between friends, in en/es/fr/de/it/pt.

* **A love joke about the brand** ("my longest relationship is with @Brand", "@Brand is my
  soulmate", "mi relación más estable es con @Brand", "verheiratet mit @Brand"): affection said as a
  joke about one's love life. Fan praise, not a mention with nothing in it (intent "other" becomes
  "praise"); never when it names a failure or reads negative ("my relationship with @Brand is more
  toxic than my ex" is a jab).
* **A family anecdote said laughing** ("my mum thinks @Brand is a person she can ring for a chat 😂",
  "mia nonna pensa che @Brand sia un ristorante vero 😂"): a story about a relative's idea of the
  brand, no problem in it. A complaint read off its surface (the model's negative label) becomes
  "other"; never when it names a failure, an unmet expectation or sarcasm.
* **A plan put to a friend** ("@mate shall we order @Brand and watch the game?", "bora pedir #brand?",
  "on se commande une pizza ?", "bestellen wir bei @Brand?"): the "?" asks the friend, not the brand:
  no question to answer (intent "question" becomes "other").
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.intent import Intent
from mentionflow.core.slang import has_laugh
from mentionflow.core.text import NormalisedText

_LOVE_JOKES: Final[tuple[str, ...]] = (
    # en
    r"(?:longest|healthiest|most stable|most reliable|most committed|longest[- ]lasting|only (?:stable|healthy|"
    r"functional|serious|long[- ]term)|best|happiest) relationship (?:is|has been|i've had is|i have is) with",
    r"in an? (?:committed |serious |long[- ]term |happy |toxic but happy )?relationship with",
    r"(?:is|are|'s|\u2019s) (?:my|the) (?:soulmate|soul mate|true love|one true love|boyfriend|girlfriend|bf|gf|bae|"
    r"valentine|husband|wife|partner in crime|emotional support)",
    r"(?:married|engaged) to (?:<user>|<hashtag>)",
    r"(?:more|better) (?:loyal|reliable|faithful|committed|consistent) than (?:my|any) "
    r"(?:ex|exes|boyfriend|girlfriend|husband|wife)",
    # es
    r"(?:mi|la) relación más (?:larga|estable|sana|duradera|seria|bonita) es con",
    r"(?:es|sois|eres) (?:mi|el amor de mi) (?:alma gemela|novio|novia|pareja|amor verdadero|vida|san valentín)",
    r"(?:casad[oa]|en una relación(?: seria| estable)?) con (?:<user>|<hashtag>)",
    # fr
    r"(?:ma|la) (?:plus longue|plus stable|plus saine|seule vraie|seule) relation (?:c['\u2019]est|est|ça reste) avec",
    r"(?:ma|la) relation la plus (?:longue|stable|saine|sérieuse|durable) (?:c['\u2019]est|est|ça reste) avec",
    r"(?:est|êtes|es) (?:mon|ma|l['\u2019]amour de ma) "
    r"(?:âme sœur|âme soeur|mec|copain|copine|chéri|chérie|vie|valentin)",
    r"(?:en couple|marié|mariée|fiancé|fiancée) avec (?:<user>|<hashtag>)",
    # de
    r"(?:meine|die) (?:längste|stabilste|gesündeste|einzige|ernsteste|treueste) beziehung "
    r"(?:ist|führe ich|habe ich) mit",
    r"(?:ist|seid|bist) (?:mein|meine) "
    r"(?:seelenverwandter|seelenverwandte|freund|freundin|valentin|große liebe|traummann|traumfrau)",
    r"(?:verheiratet|verlobt|zusammen) mit (?:<user>|<hashtag>)",
    # it
    r"(?:la mia|la) relazione più (?:lunga|stabile|sana|seria|duratura) è con",
    r"(?:è|siete|sei) (?:la mia anima gemella|il mio (?:fidanzato|ragazzo|amore|vero amore|san valentino)|"
    r"la mia (?:fidanzata|ragazza))",
    r"(?:sposat[oa]|fidanzat[oa]) con (?:<user>|<hashtag>)",
    # pt
    r"(?:o meu|meu) relacionamento mais (?:longo|estável|saudável|sério|duradouro) é com",
    r"(?:é|são|és) (?:a minha|minha) (?:alma gémea|alma gêmea|namorada|crush|vida)",
    r"(?:é|são|és) (?:o meu|meu) (?:namorado|crush|amor|mozão|mozao)",
    r"(?:casad[oa]|namorando) com (?:<user>|<hashtag>)",
)
LOVE_JOKE_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(_LOVE_JOKES) + r")")
_LOVE_GATE: Final = frozenset(
    [
        "relationship",
        "soulmate",
        "soul",
        "boyfriend",
        "girlfriend",
        "bf",
        "gf",
        "bae",
        "valentine",
        "husband",
        "wife",
        "married",
        "engaged",
        "ex",
        "exes",
        "relación",
        "alma",
        "novio",
        "novia",
        "pareja",
        "casado",
        "casada",
        "valentín",
        "relation",
        "âme",
        "mec",
        "copain",
        "copine",
        "chéri",
        "chérie",
        "couple",
        "marié",
        "mariée",
        "fiancé",
        "fiancée",
        "valentin",
        "beziehung",
        "seelenverwandter",
        "seelenverwandte",
        "freund",
        "freundin",
        "verheiratet",
        "verlobt",
        "liebe",
        "traummann",
        "traumfrau",
        "relazione",
        "anima",
        "fidanzato",
        "fidanzata",
        "ragazzo",
        "ragazza",
        "sposato",
        "sposata",
        "amore",
        "relacionamento",
        "alma",
        "namorado",
        "namorada",
        "crush",
        "casado",
        "casada",
        "namorando",
        "mozão",
        "mozao",
        "partner",
    ]
)

# Opening a plan with a friend: "shall we", "let's", "bora", "¿pedimos", "on se fait", "wollen wir".
_PLANS: Final[tuple[str, ...]] = (
    r"(?:shall we|let['\u2019]?s|lets|wanna|should we just) (?:order|get|grab|watch|go for)"
    r"|fancy (?:ordering|getting|grabbing)|how about we (?:order|get|grab)|you up for",
    r"y si pedimos|vamos a pedir|te apetece|os apetece|te animas|os animáis",
    r"on se commande|on commande|on se fait|ça te dit|ça vous dit|chaud pour|chauds pour",
    r"wollen wir|lass uns|bestellen wir|holen wir|bock auf",
    r"ci ordiniamo|che ne dici se|ti va di|vi va di",
    r"bora|borá|bóra|partiu|vamos pedir|vamos encomendar|topas?",
    # A bare "we order?" opens the text or its question ("¿pedimos ...?", "ordiniamo ...?"): elsewhere
    # "pedimos" is as often "we asked" ("ya pedimos el reembolso").
    r"(?:^|<user>|¿)\s*(?:pedimos|nos pedimos|ordiniamo|prendiamo)",
)
PLAN_RE: Final = re.compile(r"(?<!\w)(?:" + "|".join(_PLANS) + r")(?!\w)")
_PLAN_GATE: Final = frozenset(
    [
        "shall",
        "lets",
        "wanna",
        "should",
        "fancy",
        "how",
        "you",
        "si",
        "vamos",
        "te",
        "os",
        "on",
        "ça",
        "chaud",
        "chauds",
        "wollen",
        "lass",
        "bestellen",
        "holen",
        "bock",
        "ci",
        "che",
        "ti",
        "vi",
        "bora",
        "borá",
        "bóra",
        "partiu",
        "topa",
        "topas",
        "pedimos",
        "ordiniamo",
        "prendiamo",
    ]
)


_FAMILY: Final = (
    r"mum|mom|mother|dad|father|nan|nana|gran|grandma|granny|grandad|grandpa|wife|husband|kids|son|daughter|"
    r"brother|sister|partner|flatmate|roommate|madre|padre|mamá|papá|abuela|abuelo|mujer|marido|hijos|hijo|"
    r"hija|hermano|hermana|mère|père|maman|papa|grand-mère|mamie|papi|femme|mari|enfants|fils|fille|frère|"
    r"sœur|soeur|mutter|vater|mama|oma|opa|frau|mann|kinder|sohn|tochter|bruder|schwester|mamma|papà|nonna|"
    r"nonno|moglie|marito|figli|figlio|figlia|fratello|sorella|mãe|mae|pai|avó|avo|avô|mulher|filhos|filho|"
    r"filha|irmão|irmã"
)
_THINKS: Final = (
    r"thinks|calls|says|believes|reckons|insists|swears|cree|llama|dice|piensa|jura|pense|appelle|dit|"
    r"croit|jure|denkt|nennt|sagt|glaubt|schwört|pensa|chiama|crede|giura|acha|chama|diz"
)
FAMILY_TALE_RE: Final = re.compile(
    r"(?<!\w)(?:my|mi|ma|mon|mes|meine|mein|mia|mio|i miei|le mie|a minha|o meu|minha|meu|os meus) "
    rf"(?:{_FAMILY})(?: \w+)? (?:{_THINKS})(?!\w)"
)
_LAUGH_EMOJI: Final = frozenset(("😂", "🤣", "😆", "😹"))
# Cues that make the mention a complaint whatever its tone.
_PROBLEM_CUES: Final = frozenset(("unmet", "sarcasm", "irony", "long_wait", "waited", "on_hold", "cancelled"))


# A failure said as one the brand never had ("never dropped a call", "nunca me ha fallado", "jamais
# lâché", "nie im Stich gelassen", "mai una volta in ritardo", "nunca me deixou na mão").
NEVER_FAILED_RE: Final = re.compile(
    r"(?<!\w)(?:never|not once|nunca|jamás|jamas|jamais|nie|niemals|mai|nunca)\s+(?:(?:\w+)\s+){0,3}?"
    r"(?:dropped|failed|let (?:me|us) down|crashed|went down|been late|lost|broke|missed|down|fallado|caído|caido"
    r"|tarde|perdido|lâché|lache|lâchée|planté|plante|en retard|perdu|im stich|ausgefallen|abgestürzt|verspätet"
    r"|deluso|delusa|in ritardo|perso|caduto|falhou|caiu|atrasad\w|na mão|na mao|perdeu)(?!\w)"
)
# A jab at the relationship: the love joke that is a complaint ("more toxic than my ex", "on hold").
JAB_RE: Final = re.compile(
    r"(?<!\w)(?:toxic|abusive|worse|worst|ghost\w*|dumped|divorc\w*|break up|breaking up|cheat\w*|hate|hold"
    r"|queue|waiting|tóxic\w|toxique|toxisch|tossic\w|peor|pire|schlimmer|peggio|pior|odio|déteste|hasse"
    r"|attente|espera|warteschleife|attesa|divorcio|divorce|scheidung|divorzio|divórcio|ex)(?!\w)"
)


def family_tale(low: str, tokset: frozenset[str]) -> bool:
    """A relative's idea of the brand told laughing ("my nan calls @Brand 'the magic phone' 😂")."""
    laughing = not _LAUGH_EMOJI.isdisjoint(tokset) or has_laugh(tokset)
    return laughing and FAMILY_TALE_RE.search(low) is not None


def love_joke(low: str) -> bool:
    """A joke about one's love life with the brand in it (``low``: lower-cased clean text)."""
    return LOVE_JOKE_RE.search(low) is not None


def plan_with_a_friend(norm: NormalisedText) -> bool:
    """The "?" puts a plan to a friend ("shall we order ...?", "bora pedir ...?"): addressed to another
    account (a handle), or a plan said in the first person plural."""
    return PLAN_RE.search(norm.clean.lower()) is not None


def banter_intent(
    intent: Intent, label: str, norm: NormalisedText, tokset: frozenset[str], failure: bool, cues: list[str]
) -> Intent:
    """``intent`` with banter read as such: a love joke is praise, a family tale told laughing no
    complaint, a plan put to a friend no question. ``failure``: the text names a failure (then it is
    no banter); ``cues``: the analysis cues."""
    love = not _LOVE_GATE.isdisjoint(tokset) and love_joke(norm.clean.lower())
    # "@Brand is my soulmate, never dropped a call": the failure word is the one it never did.
    boast = love and failure and NEVER_FAILED_RE.search(norm.clean.lower()) is not None
    if (failure and not boast) or not _PROBLEM_CUES.isdisjoint(cues):
        return intent
    if intent == "complaint" and family_tale(norm.clean.lower(), tokset):
        return "other"
    if label == "negative":
        # A love joke the model reads as negative ("ma plus longue relation c'est avec @X mdr") is
        # still fan praise, unless it is a jab at the relationship ("more toxic than my ex").
        if love and intent in ("complaint", "other") and JAB_RE.search(norm.clean.lower()) is None:
            return "praise"
        return intent
    if intent == "other" and not _LOVE_GATE.isdisjoint(tokset) and love_joke(norm.clean.lower()):
        return "praise"
    if intent == "question" and not _PLAN_GATE.isdisjoint(tokset) and plan_with_a_friend(norm):
        return "other"
    return intent
