"""Intent, severity and category of a mention: rules over the model's label, the cues and the
keyword file's hits; see `decide_intent` for the order in which the evidence is read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise, repeat
from typing import Literal

from mentionflow.core.asked_not_found import asked_then_not_found
from mentionflow.core.charges import charged_twice, instalment_plan
from mentionflow.core.clap_states import service_newly_had
from mentionflow.core.concrete_detail import concrete_detail
from mentionflow.core.contrast_heat import heat_only_before_contrast
from mentionflow.core.event_question import past_event_question
from mentionflow.core.fast_fix import fast_fix
from mentionflow.core.features import POSITIVE_OPENERS, SIGNOFF_TOKENS, praise_signoff, word_bigrams
from mentionflow.core.irony_cues import HEARTFELT_EMOJI, sincere_marker
from mentionflow.core.keywords import CATEGORIES, Category, CategoryConfig
from mentionflow.core.kind_turn import person_after_contrast
from mentionflow.core.lang import lone_vent_word
from mentionflow.core.only_one import only_one_spared
from mentionflow.core.polite_requests import thanks_not_praise
from mentionflow.core.rhetorical import exclaims_about, only_rhetorical, told_let
from mentionflow.core.service_loss import service_gone, service_lost
from mentionflow.core.spam_pitch import GET_RICH_POINTS, bare_link, get_rich, money_offer_with_link
from mentionflow.core.spans import lasting_for_days, open_for_long
from mentionflow.core.text import NormalisedText
from mentionflow.core.unmet import english_unmet, still_unmet
from mentionflow.core.valence import NEGATORS, negated_tokens

Label = Literal["negative", "neutral", "positive"]
Intent = Literal["complaint", "question", "praise", "rant", "spam", "other"]
Severity = Literal["major", "minor"]

_QUESTION_STARTERS = frozenset(
    [
        "how",
        "what",
        "when",
        "where",
        "why",
        "who",
        "which",
        "whats",
        "whens",
        "wheres",
        "whos",
        "hows",
        "can",
        "could",
        "would",
        "will",
        "is",
        "are",
        "do",
        "does",
        "did",
        "any",
        "anyone",
        "has",
        "have",
        "should",
        "may",
    ]
)
_QUESTION_BIGRAMS = frozenset(
    {
        ("how", "do"),
        ("how", "can"),
        ("can", "you"),
        ("could", "you"),
        ("is", "there"),
        ("do", "you"),
        ("let", "me"),
        ("wondering", "if"),
        ("any", "update"),
        ("would", "you"),
        ("will", "you"),
        ("are", "you"),
        ("how", "long"),
    }
)
CATEGORY_SET = frozenset(CATEGORIES)
# The small per-language models call many short problem reports weakly positive ("patatine
# mollicce anche stasera"): without a praise word or an emoji, only a clearly positive score is praise.
_FOREIGN_PRAISE_SCORE = 0.6
# Cues of a problem still open; with one of them a thank-you is not praise.
_UNRESOLVED_CUES = frozenset({"on_hold", "still_waiting", "never_again", "unmet"})
_CONCRETE_UNRESOLVED = _UNRESOLVED_CUES - {"never_again"}
# A swear word masked with asterisks ("m*rde", "sh*t", "c*zzo"): profanity in any language.
_MASKED_SWEAR = re.compile(r"[^\W\d_]\*+[^\W\d_]")
_PAST_CANCEL = frozenset(["cancelled", "canceled", "cancellation", "cancelation", "cancels"])
_CONTRAST = frozenset(["but", "however", "although", "unfortunately", "except"])
ALL_CONTRAST = (
    _CONTRAST
    | frozenset(
        ["pero", "aunque", "mais", "cependant", "aber", "trotzdem", "jedoch", "ma", "però", "comunque", "mas", "porém"]
    )
    # Concessive: "trotz Verspätung super Crew", "malgré le retard", "a pesar del retraso", "despite the delay".
    | frozenset(["despite", "spite", "trotz", "obwohl", "malgré", "malgre", "pesar", "apesar", "embora", "nonostante"])
)
# The adversative "but" of es/fr/de/it/pt whose clause carries the verdict ("retrasado pero la
# tripulación fue encantadora"; "tout était parfait mais la commande est arrivée froide"); "ma"
# only in Italian (French "my"), "mas" only in Portuguese (Spanish "more" without its accent), "mais"
# not in Portuguese ("more": "não se pode pedir mais").
_FOREIGN_BUT = frozenset(
    ["pero", "mais", "cependant", "aber", "jedoch", "però", "porém", "außer", "excepto", "tranne", "exceto"]
)
_BUT_OF = {"it": _CONTRAST | _FOREIGN_BUT | {"ma"}, "pt": _CONTRAST | _FOREIGN_BUT - {"mais"} | {"mas"}}
_SPAM_ALWAYS = 5  # spam points that make spam even when a problem word is present
# Information requests: the mention opens with one (after handles / a greeting). Matched on
# the lower-cased clean text only when the mention looks like a question.
_ENQUIRY_RE = re.compile(
    r"(?:(?:<user>|<hashtag>|hi|hello|hey|ok|okay|so|"
    r"(?:(?:quick|dumb|stupid|silly|simple|small) )?question)[\s,:!.-]+)*"
    r"(?:how (?:do|can|could|should) (?:i|we|one)\b|how to|how (?:does|do) (?:it|this|the|one)\b|"
    r"how (?:long|much|many|early|late|often|soon) (?:is|are|does|do|will|can|before|in)\b|"
    r"what(?:['\u2019]?s| is| are) (?!up|going|happening|wrong|with|the (?:deal|point|problem|hold|issue))|"
    r"what (?:time|happens)|which|where (?:do|can|does) (?:i|we)\b|when (?:does|do|is|are) the\b|"
    r"is (?:there|it possible)|are there|do (?:you|u) (?!even|care|guys|have any (?:idea|clue|pride))|"
    r"does (?!any ?one|that|this|it)|can (?:i|we)\b|could (?:i|we)\b|should i\b|am i able|if i\b)"
)
_ENQUIRY_HEADS = frozenset(
    ["how", "what", "whats", "which", "where", "when", "is", "are", "do", "does", "can", "could", "should", "am", "if"]
)
# The same information requests in es/fr/de/it/pt ("¿cómo puedo...?", "wie erhöhe ich...?",
# "est-ce que je peux...?"); a problem phrased as a question ("¿dónde está mi maleta?") is not one.
_FOREIGN_ENQUIRY_RE = re.compile(
    r"(?:(?:<user>|<hashtag>|hola|buen[oa]s (?:d[ií]as|tardes|noches)|buenas|bonjour|bonsoir|salut|hallo|"
    r"guten (?:tag|morgen|abend)|moin|servus|hi|ciao|salve|buongiorno|buonasera|olá|ola|oi|bom dia|"
    r"boa (?:tarde|noite)|"
    # "question bête :", "pregunta rápida:", "kurze Frage:": an announced question opens it
    r"(?:petite |une )?question(?: bête| rapide| idiote| con)?|(?:una )?pregunta(?: rápida| tonta| corta)?|"
    r"(?:kurze |dumme |eine )frage|(?:una )?domanda(?: veloce| stupida| rapida)?|(?:uma )?pergunta(?: rápida| boba)?"
    r")[\s,:!.¿-]+)*¿?"
    # "how do I know / check / see whether ...": a how-to, whatever failure it asks about.
    # ... or "how do I <verb>" in the first person ("cómo desbloqueo"; only the accented, asking
    # "cómo": "como"/"come" also open "como usuario", "come previsto").
    r"(?:cómo (?:puedo|se|sé|saber|hago|podemos|compruebo|consulto|veo|miro|reviso)\b|"
    r"cómo (?!no\b|todo\b|tanto\b|mucho\b|solo\b|esto\b|eso\b)\w{2,}o\b|"
    r"dónde (?:puedo|se|veo|miro|consulto)\b|se puede|puedo\b|hay (?:alguna )?(?:forma|manera)|"
    r"comment (?:je|on|puis|faire|fait|peut|savoir|vérifier|voir|consulter|sais)\b|"
    r"où (?:puis|peut|peux|trouver|voir|vérifier)\b|est-ce que (?:je|on) (?:peux|peut)|"
    r"puis-je|peut-on|est-il possible|y a-t-il|(?:on|je) peu[tx] (?!pas\b|plus\b|jamais\b|rien\b|même\b)|"
    r"wie (?:kann|\w+ ich|\w+ man|lange|funktioniert)\b|wo (?:kann|finde|sehe)\b|woher weiß|kann (?:ich|man)\b|"
    r"gibt es|ist es möglich|"
    r"come (?:posso|si|faccio|possiamo|vedo|verifico|controllo|so)\b|dove (?:posso|trovo|vedo)\b|posso\b|"
    r"è possibile|c[' ]è un modo|comment j'(?!ai\b|avais\b|étais\b)[aeéiouhy]|"  # "comment j'active"
    r"como (?:posso|faço|faz|podemos|sei|saber|vejo|verifico|consulto|confirmo)\b|"
    r"como (?:ativo|instalo|configuro|adiciono|transfiro)\b|onde (?:posso|encontro|vejo|consulto)\b|"
    r"é possível|tem como|"
    r"cu[áa]nt[oa]s?\b|combien\b|wie viele?\b|quant[oiea]\b|quant[oa]s\b)"
)
_FOREIGN_ENQUIRY_HEADS = frozenset(
    [
        "cómo",
        "como",
        "dónde",
        "se",
        "puedo",
        "hay",
        "comment",
        "où",
        "est",
        "puis",
        "peut",
        "y",
        "wie",
        "wo",
        "woher",
        "kann",
        "gibt",
        "ist",
        "come",
        "dove",
        "posso",
        "è",
        "c",
        "onde",
        "é",
        "tem",
        "cuántos",
        "cuántas",
        "cuánto",
        "cuánta",
        "cuantos",
        "cuantas",
        "cuanto",
        "combien",
        "viele",
        "viel",
        "quanto",
        "quanti",
        "quante",
        "quanta",
        "quantos",
        "quantas",
        # "on peut ...?", "je peux ...?"; an announced question ("question bête : ...")
        "peux",
        "on",
        "question",
        "pregunta",
        "frage",
        "domanda",
        "pergunta",
    ]
)
_STRONG_NEGATIVE = -1.5  # lexicon valence of a word that makes a "question" a complaint
# Second person: venting addressed to someone ("you lot ruin my Mondays") is at them.
# What contempt is aimed at: the brand, its kind of business and its product ("worst app on
# my phone", "qué asco de compañía"). A category word among these names no problem.
_VENT_OBJECTS = frozenset(
    {"app", "apps", "phone", "website", "site", "service", "company", "bank", "network", "airline", "provider"}
    | {"operator", "brand", "aplicación", "compañía", "empresa", "servicio", "banco", "operador", "appli"}
    | {"application", "compagnie", "banque", "opérateur", "entreprise", "anbieter", "firma", "laden", "compagnia"}
    | {"azienda", "servizio", "banca", "operatore", "aplicativo", "serviço", "operadora"}
)
_ADDRESSEES = frozenset(
    {"you", "your", "youre", "yours", "u", "ur", "yall", "ya", "vous", "votre", "vos", "tu", "ton", "ta", "tes"}
    | {"vosotros", "vuestro", "vuestra", "vuestros", "ustedes", "ihr", "euch", "euer", "eure", "voi", "vostro"}
    | {"vostra", "vocês", "voces", "você", "voce"}
)
# Looking for an option, a setting or a button ("can't find the option to ...", "no encuentro la
# opción", "je ne trouve pas l'option", "ich finde die Einstellung nicht", "non trovo l'opzione",
# "não encontro a opção", "je le vois nulle part"): a how-to for self-service, not a complaint, in
# all six languages. Matched on the tokens joined by spaces (apostrophes dropped: "loption").
_OPTION_WORDS = (
    r"(?:option|options|setting|settings|button|toggle|menu|tab|link|opci[oó]n|opciones|ajustes?|"
    r"configuraci[oó]n|bot[oó]n|pesta[nñ]a|enlace|loption|option|param[eè]tres?|bouton|onglet|lien|"
    r"optionen|einstellungs?|einstellungen|knopf|schaltfl[aä]che|men[uü]punkt|funktion|lopzione|"
    r"opzion[ei]|limpostazione|impostazion[ei]|pulsante|tasto|voce|op[cç][aã]o|op[cç][oõ]es|"
    r"configura[cç][aã]o|bot[aã]o|aba|menu|men[uú])"
)
_OPT = _OPTION_WORDS
_LOOKING_FOR_OPTION_RE = re.compile(
    "|".join(
        [
            # en: "can't find the option to ...", "don't see any setting", "where's the button"
            r"\b(?:cant|cannot|couldnt|unable to|dont|not able to) (?:find|see|locate|spot)"
            rf"(?: (?:the|an|any|a|where))?(?: \w+)? {_OPT}\b",
            r"\b(?:cant|cannot|couldnt|dont) (?:find|see) (?:where|how) (?:to|i|do)\b",
            rf"\bwhere(?: is| s|s| are| do i find| can i find) (?:the|an|this|that) (?:\w+ )?{_OPT}\b",
            # es / pt: "no encuentro / no veo la opción", "não encontro / não acho / não vejo a opção"
            r"\b(?:no|não|nao) (?:encuentro|veo|consigo encontrar|consigo ver|encontro|acho|vejo) "
            rf"(?:(?:la|el|los|las|a|o|as|os|ninguna|ningún|nenhuma|nenhum) )?(?:\w+ )?{_OPT}\b",
            r"\b(?:no|não|nao) (?:encuentro|veo|encontro|acho|vejo) (?:d[oó]nde|onde)\b",
            # fr: "je ne trouve pas l'option", "je vois pas le bouton", "je le vois nulle part", "je mets où"
            rf"\b(?:trouve|vois) (?:pas|nulle part|plus) (?:(?:le|la|les|de) )?(?:\w+ )?{_OPT}\b",
            r"\b(?:trouve|vois) (?:pas|plus) o[uù]\b",
            r"\b(?:le|la|les) (?:vois|trouve) nulle part\b|\bje (?:le |la |les )?mets o[uù]\b",
            # de: "ich finde die Einstellung (für Roaming) nicht", "sehe keine Option"
            rf"\b(?:finde|sehe) (?:(?:die|den|das) )?(?:\w+ )?{_OPT}(?: \w+){{0,4}} (?:nicht|nirgends|nirgendwo)\b",
            rf"\b(?:finde|sehe) (?:keine|keinen|kein) (?:\w+ )?{_OPT}\b",
            r"\b(?:finde|sehe) (?:sie|ihn|es) nirgend(?:s|wo)\b",
            # it: "non trovo l'opzione", "non vedo il pulsante", "non riesco a trovare l'impostazione"
            r"\bnon (?:trovo|vedo|riesco a trovare|riesco a vedere) "
            rf"(?:(?:il|la|lo|i|le|nessun|nessuna) )?(?:\w+ )?{_OPT}\b",
            r"\bnon (?:trovo|vedo) dove\b",
        ]
    )
)
_OPTION_ANCHORS = frozenset(
    {"find", "see", "locate", "spot", "where", "encuentro", "veo", "encontro", "acho", "vejo", "trouve", "vois", "mets"}
    | {"finde", "sehe", "trovo", "vedo", "trovare", "vedere", "encontrar", "ver"}
    | {"encontré", "encontre", "encontrei", "achei", "trouvé", "trovato", "nichts"}
)


def _spam_context(norm: NormalisedText) -> int:
    """Spam points a mention with a spam marker earns from its shape: a URL, many (or
    repeated) handles, many hashtags."""
    points = 1 if norm.urls or bare_link(norm.clean) else 0
    handles = norm.handles
    if len(handles) >= 4 or (len(handles) >= 3 and len(set(handles)) < len(handles)):
        points += 1
    if len(norm.hashtags) >= 4:
        points += 1
    return points


# Charged twice with words in between ("zweimal von der Karte abgebucht", "cobrado el pedido dos
# veces", "2x 74,20€ abgebucht"): a major billing problem in every language, as "charged twice" is.
# "voo SL 1204 Lisboa-Paris cancelado", "SL391 nach Graz gestrichen": a flight number or route
# between the words; "vuelo cancelado" is major in every language, so is the same with a gap.
_FLIGHT_WORDS = frozenset(("flight", "vuelo", "vol", "flug", "volo", "voo"))
_CANCELLED_WORDS = frozenset(
    (
        "cancelled",
        "canceled",
        "cancelado",
        "cancelada",
        "annulé",
        "annulée",
        "gestrichen",
        "annulliert",
        "storniert",
        "cancellato",
        "soppresso",
    )
)
_FLIGHT_WINDOW = 5


def flight_cancelled(tokens: tuple[str, ...]) -> bool:
    """A flight word and a cancelled word within a few words of each other."""
    if _CANCELLED_WORDS.isdisjoint(tokens) or _FLIGHT_WORDS.isdisjoint(tokens):
        return False
    flights = [i for i, t in enumerate(tokens) if t in _FLIGHT_WORDS]
    return any(
        t in _CANCELLED_WORDS for i in flights for t in tokens[max(0, i - _FLIGHT_WINDOW) : i + _FLIGHT_WINDOW + 1]
    )


# "day 4 with no fibre", "4º día sin luz", "3e jour sans internet", "Tag 5 ohne Netz", "dia 4 sem
# net": counting the days of a loss (the third or later) is a major problem in any language.
_DAY_WORDS = frozenset(("day", "día", "dia", "jour", "tag", "giorno"))
_WITHOUT_WORDS = frozenset(("without", "sin", "sans", "ohne", "senza", "sem"))
_WITH_NO = frozenset((("with", "no"), ("of", "no"), ("no", "more")))
_DAY_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th|º|ª|o|a|e|ème|eme|er|\.)?")
_DAY_COUNT_MIN = 3
# "day 5 with no issues": nothing lost.
_NO_TROUBLE = frozenset({"problem", "problems", "issue", "issues", "complaints", "hiccups", "stress", "drama"}) | {
    *("problemas", "problèmes", "probleme", "problemen", "problemi", "intoppi", "incidencias", "soucis", "dramas")
}


def day_count_without(tokens: tuple[str, ...]) -> bool:
    """A day counted (the third or later) and, right after it, the thing gone ("day 4 with no")."""
    if _DAY_WORDS.isdisjoint(tokens):
        return False
    for i, t in enumerate(tokens):
        if t not in _DAY_WORDS:
            continue
        near = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        if not any((m := _DAY_NUMBER.fullmatch(n)) and int(m.group(1)) >= _DAY_COUNT_MIN for n in near):
            continue
        after = tokens[i + 1 : i + 5]
        if not _NO_TROUBLE.isdisjoint(tokens[i + 1 : i + 7]):
            continue
        if not _WITHOUT_WORDS.isdisjoint(after) or any(pair in _WITH_NO for pair in pairwise(after)):
            return True
    return False


# "is it worth it? Short answer: yes", "lohnt sich das? Kurze Antwort: ja": a question the writer
# answers is a review's device, not a question to answer.
_ANSWER_WORDS = frozenset(("answer", "spoiler", "respuesta", "réponse", "antwort", "risposta", "resposta"))
_YES_WORDS = frozenset(("yes", "sí", "si", "oui", "ja", "sì", "sim"))


def self_answered(tokens: tuple[str, ...]) -> bool:
    """The writer answers their own question ("short answer... yes", "respuesta corta: sí")."""
    return not _ANSWER_WORDS.isdisjoint(tokens) and any(
        t in _ANSWER_WORDS and not _YES_WORDS.isdisjoint(tokens[i + 1 : i + 3]) for i, t in enumerate(tokens)
    )


MAJOR_FLAG, PRAISE, _INSULT, _COMPLAINT = 1, 2, 4, 8
FAILURE, IRONY_MARKER, RESOLVED, PAYMENT_FAILED, _EVERYDAY, _PROMOTION = 16, 32, 64, 128, 256, 512
_FLAG_OF = {
    "major": MAJOR_FLAG,
    "praise": PRAISE,
    "insult": _INSULT,
    "complaint": _COMPLAINT,
    "failure": FAILURE,
    "irony_marker": IRONY_MARKER,
    "resolved": RESOLVED,
    "payment_failed": PAYMENT_FAILED,
    "everyday": _EVERYDAY,
    "promotion": _PROMOTION,
}
# Label tuple -> (its categories, its flags, its spam points); the keyword file has a few
# hundred distinct tuples, so this stays small.
_label_summary: dict[tuple[str, ...], tuple[tuple[str, ...], int, int]] = {}


def _summarise(lab: tuple[str, ...]) -> tuple[tuple[str, ...], int, int]:
    flag = 0
    for name in lab:
        flag |= _FLAG_OF.get(name, 0)
    spam = 2 if "spam:strong" in lab else 1 if "spam:weak" in lab else 0
    found = (tuple(n for n in lab if n in CATEGORY_SET), flag, spam)
    if len(_label_summary) < 4096:
        _label_summary[lab] = found
    return found


def _is_question(norm: NormalisedText) -> bool:
    # "...and honestly?? best flight this year", "who else loves...?": a "?" that asks nothing
    if "?" in norm.clean and not only_rhetorical(norm.clean):
        return True
    toks = norm.tokens
    if len(toks) >= 3 and toks[0] in _QUESTION_STARTERS and not exclaims_about(toks):
        return True
    asked = _QUESTION_BIGRAMS.intersection(pairwise(toks))  # "let me" told of a story asks nothing
    return bool(asked - {("let", "me")}) or (bool(asked) and not told_let(toks))


def intent_language_free(norm: NormalisedText) -> Intent:
    # Non-English: only cues that do not depend on the language's words.
    handles = norm.handles
    if norm.urls and (len(handles) >= 4 or len(set(handles)) < len(handles) or len(norm.hashtags) >= 4):
        return "spam"
    if "?" in norm.clean or "¿" in norm.clean:
        return "question"
    return "other"


def _is_enquiry(norm: NormalisedText) -> bool:
    """Opens with a request for information ("how do I ...", "what's the ...", "do you
    deliver to ..."), as opposed to a problem report phrased as a question ("why is my flight
    delayed?", "where is my bag?")."""
    toks = norm.tokens
    if exclaims_about(toks) or ("?" not in norm.clean and (not toks or toks[0] not in _QUESTION_STARTERS)):
        return False
    if past_event_question(norm.clean.lower(), toks):  # "was there an outage 2 days ago?", "gab es eine Störung?"
        return True
    if _ENQUIRY_HEADS.isdisjoint(toks[:4]):  # the request opens the mention
        return not _FOREIGN_ENQUIRY_HEADS.isdisjoint(toks[:4]) and (
            _FOREIGN_ENQUIRY_RE.match(norm.clean.lower()) is not None
        )
    return _ENQUIRY_RE.match(norm.clean.lower()) is not None


_SENTENCE_BREAK = re.compile(r"[.!?…]+\s+")


def _later_enquiry(norm: NormalisedText) -> bool:
    """An information request that opens a later sentence, after some context ("my mum flies
    with you in March, she uses a wheelchair. How do I book assistance?", "a marzo mia mamma
    vola con voi. Come si prenota l'assistenza? Grazie"). Only for a mention with a "?"."""
    if "?" not in norm.clean:
        return False
    for sentence in _SENTENCE_BREAK.split(norm.clean.lower())[1:]:
        head = sentence.lstrip("¿¡\"'( ")
        first = head.split(" ", 1)[0].strip(",:;")
        if first in _ENQUIRY_HEADS and _ENQUIRY_RE.match(head):
            return True
        if first in _FOREIGN_ENQUIRY_HEADS and _FOREIGN_ENQUIRY_RE.match(head):
            return True
    return False


# Per category its number of hits, the hits in all, the OR of the label flags, spam points.
LabelTally = tuple[dict[str, int], int, int, int]


def tally_labels(labels: list[tuple[str, ...]]) -> LabelTally:
    """One pass over the keyword-file labels of a mention: what irony and intent both read."""
    if not labels:
        return {}, 0, 0, 0
    counts: dict[str, int] = {}
    hits = spam_points = flags = 0
    summary = _label_summary
    for lab in labels:
        found = summary.get(lab)
        if found is None:
            found = _summarise(lab)
        cats_of, flag, spam = found
        for name in cats_of:
            counts[name] = counts.get(name, 0) + 1
        hits += len(cats_of)
        flags |= flag
        spam_points += spam
    return counts, hits, flags, spam_points


def decide_intent(
    norm: NormalisedText,
    cues: list[str],
    labels: list[tuple[str, ...]],
    label: Label,
    score: float,
    cats: CategoryConfig,
    lexicon: Mapping[str, float],
    phrase_major: bool = False,
    ironic: bool = False,
    foreign: bool = False,
    tally: LabelTally | None = None,
    emoji_praise: bool = False,
    tag_failure_only: bool = False,
    code: str | None = None,
) -> tuple[Intent, Severity | None, Category | None]:
    """Intent, severity and category from the model's label and the keyword file's hits
    (`tally`: `tally_labels(labels)` when the caller has it already; `tag_failure_only`: the one
    failure is a hashtag's, "#nimbusdown", not said in words).

    Order of evidence: spam; explicit praise (a thank-you with no open problem); an
    information request; a major problem (a complaint, even when asked or said calmly); then
    the model's polarity, refined by how concrete the problem is.
    """
    counts, hits, flags, spam_points = tally if tally is not None else tally_labels(labels)
    past = past_event_question(norm.clean.lower(), norm.tokens)  # "was there an outage 2 days ago?"
    if past and "long_wait" in cues:
        cues.remove("long_wait")  # the span dates the event, no wait
    if norm.hashtags:  # "#bitcoin #trading #followback": spam words said as hashtags
        for lab in cats.token_labels(frozenset(h.lower() for h in norm.hashtags)):
            spam_points += _summarise(lab)[2]
    if get_rich(norm, cues):  # "earn $500 a day from home": its "a day" is a rate, no wait
        spam_points += GET_RICH_POINTS
    if money_offer_with_link(norm):  # "Flight delayed? Claim up to €600 here: bit.ly/x"
        spam_points += _SPAM_ALWAYS
    if spam_points:
        spam_points += _spam_context(norm)
    major = bool(flags & MAJOR_FLAG)
    if major and not flags & FAILURE and service_newly_had(norm.tokens):
        major = False  # "depuis 3 jours j'ai la fibre": the span is how long a service is had (clap_states.py)
    if major and not flags & FAILURE and instalment_plan(norm.tokens):
        major = False  # "¿puedo pagar en dos veces?": an instalment plan, not "dos veces" charged (charges.py)
    if not major and charged_twice(norm.tokens):
        major = phrase_major = True
        counts = {**counts, "billing": counts.get("billing", 0) + 2}
    elif not major and flight_cancelled(norm.tokens):
        major = phrase_major = True
        counts = {**counts, "delay": counts.get("delay", 0) + 2}
    elif not major and day_count_without(norm.tokens):
        major = phrase_major = True
    elif (
        not major
        and ("outage" in counts or service_lost(norm.tokens))  # "fibre coupée", "j'attends mon remboursement"
        and not flags & RESOLVED
        and lasting_for_days(norm.tokens)
        and not service_newly_had(norm.tokens)  # "depuis 3 jours j'ai la fibre": had, not gone (clap_states.py)
    ):
        major = phrase_major = True  # "no broadband since Friday", "seit 3 Tagen kein Netz": gone for days
        if "outage" not in counts and service_gone(norm.tokens):  # "da lunedì la fibra è giù": an outage
            counts = {**counts, "outage": 1}
    # A hyperbole said as praise ("morri com essa promo kkk", slang.py) is a praise word too.
    praise = bool(flags & PRAISE) or "loyalty" in cues or "slang_praise" in cues
    # "Merci de faire le nécessaire" (a request), "contesto l'addebito, grazie" (a dispute signed off):
    # the thanks, the only praise word, praises nothing (polite_requests.py).
    unpraised = thanks_not_praise(norm, labels, bool(flags & RESOLVED)) if praise else False
    if unpraised:
        praise = False
        cues.append(unpraised)
        label = "neutral" if unpraised == "request_thanks" and label == "positive" else label
    insult = bool(flags & _INSULT)
    complaint_marker = bool(flags & _COMPLAINT)
    failure = bool(flags & FAILURE) and not flags & RESOLVED
    if flags & PAYMENT_FAILED:  # "card declined", "pago rechazado", "Zahlung abgelehnt"
        cues.append("payment_failed")
    if foreign and label == "positive" and not praise and major:
        # The small per-language models often read a calm problem report as positive ("Premium-
        # Gebühr doppelt abgebucht", "débitée deux fois"): without a praise word, not praise.
        label = "neutral"
    rant_word = "profanity" in cues and label == "neutral"  # a rant word is never neutral ("odeio vocês")
    lone_vent = not praise and ((lone_vent_word(norm.tokens) and NEGATORS.isdisjoint(norm.tokens)) or rant_word)
    if ((insult or lone_vent) and label != "negative") or (
        label == "positive"
        and not praise
        and (
            failure
            or (foreign and not spam_points and not flags & RESOLVED and ("outage" in counts or "profanity" in cues))
        )
    ):
        # "vous êtes nuls", "empresa lixo", "App und Karte down, bitte um Info": the small models misread short
        # texts; an insult is never neutral, and a named failure (or outage, rant word) with no praise never positive.
        label = "negative"
    but = _BUT_OF.get(code or "", _CONTRAST | _FOREIGN_BUT) if foreign else _CONTRAST
    if failure and not but.isdisjoint(norm.tokens) and _fails_after_contrast(norm, cats, but):
        # "das Essen war super, aber die Lieferung kam zu spät": the clause after the "but" carries
        # the verdict, whatever the class margin of the whole text says; a firm one ("wifi held up
        # today but the bill doubled, thanks": the thanks closing it is no praise to demote it to).
        label = "negative"
        cues.append("contrast_failure")
    # An unmet expectation with its verb ("hasn't arrived", "where is my refund"): a concrete problem.
    if said_unmet := english_unmet(norm.tokens):
        cues.append("unmet")
    joined = " ".join(norm.tokens) if not _OPTION_ANCHORS.isdisjoint(norm.tokens) else ""
    looking = bool(joined) and (bool(_LOOKING_FOR_OPTION_RE.search(joined)) or asked_then_not_found(joined))
    if looking:
        # Not finding the option is the question, not an unmet expectation ("no veo la opción").
        cues[:] = [c for c in cues if c != "unmet"]
        cues.append("looking_for_option")
    # Praise (a word, approving emoji, a heart) beside an open problem or an expectation still unmet in any of the six
    # languages (unmet.py), no fix named and nothing asked, mocks the wait: "still can't log in, superb support ❤️",
    # "sigo sin mi reembolso, qué gran servicio", "3 Wochen ohne Netz, gute Arbeit". Irony, an unmet complaint.
    mocked_wait = (
        (praise or (label == "positive" and (emoji_praise or not HEARTFELT_EMOJI.isdisjoint(norm.tokens))))
        and not flags & RESOLVED
        and (not _CONCRETE_UNRESOLVED.isdisjoint(cues) or still_unmet(norm.tokens))
        and not (looking or _is_question(norm))
    )
    if mocked_wait:
        cues.extend(c for c in ("unmet", "irony") if c not in cues)
    # "cancel" alone is a plan or a how-to; the complaint is a cancellation that happened ("cancelled my flight").
    cancelled = "cancelled" in cues and not _PAST_CANCEL.isdisjoint(norm.tokens)
    unresolved = not _UNRESOLVED_CUES.isdisjoint(cues)
    complaint_cue = unresolved or cancelled or "long_wait" in cues
    unresolved_concrete = not _CONCRETE_UNRESOLVED.isdisjoint(cues)
    concrete = bool(hits) or complaint_cue
    sarcasm = "sarcasm" in cues or ironic  # irony of a failure reads like sarcasm
    profanity = "profanity" in cues or ("*" in norm.clean and _MASKED_SWEAR.search(norm.clean) is not None)

    if spam_points >= _SPAM_ALWAYS or (
        spam_points >= 3 and not (concrete and (label == "negative" or complaint_cue or failure))
    ):
        return "spam", None, None

    # "Last year you lost my bag and I swore never again, but today they were amazing": a vow
    # made about a past problem (a past marker: "last year", "used to"), then praise after the
    # "but", is no open complaint.
    past_vow = (
        praise
        and unresolved
        and "never_again" in cues
        and _UNRESOLVED_CUES.intersection(cues) == {"never_again"}
        and bool(flags & RESOLVED)
        and not _CONTRAST.isdisjoint(norm.tokens)
    )
    but_ok = not but.isdisjoint(norm.tokens) and _praise_after_contrast(norm, cats, bool(flags & RESOLVED), but)
    if (
        praise
        and not (sarcasm or (unresolved and not past_vow))
        # heat at someone else before the "but" does not undo praise after it (contrast_heat.py)
        and not ((profanity or insult) and not heat_only_before_contrast(norm, cats, but))
        # "6 Stunden später immer noch kein Rückruf. Toll.": a praise word in a complaint the
        # model reads as negative is sarcasm, not praise.
        # So is one beside an outage word in another language ("Netz weg seit gestern 🔥").
        and not (
            label == "negative"
            and (failure or (foreign and (complaint_marker or ("outage" in counts and not flags & RESOLVED))))
            and not (but_ok and person_after_contrast(norm.tokens, but))  # "but the crew ..." (kind_turn.py)
        )
        and (but.isdisjoint(norm.tokens) or but_ok)  # praise is the main clause
        # English negation windows only: "no" is "in the" in Portuguese ("no Brasil").
        # ... unless the "no" is the writer's "no sarcasm" ("no sarcasm, absolute legends").
        and (foreign or not _praise_negated(norm, cats) or sincere_marker(norm.clean.lower()))
        # "how many bags can I take? thanks": a polite question, not praise; so is a question in
        # another language that its model does not read as positive ("...? Lohnt sich das?").
        # (English "who ARE you?? 10/10" is rhetorical; its model and the enquiry test decide.)
        # ... and one after a sentence of context ("... usa la sedia a rotelle. Come si prenota
        # l'assistenza? Grazie").
        and not (looking or _is_enquiry(norm) or _later_enquiry(norm))
        and (label == "positive" or not foreign or not _is_question(norm) or self_answered(norm.tokens))
        # A spam word and a link ("🔥 promo code FREEFOOD ... bit.ly/x") is a pitch, not praise.
        and not (spam_points >= 2 and (norm.urls or bare_link(norm.clean)))
    ):
        return "praise", None, None
    if (
        (flags & _PROMOTION or _promotion_hashtag(norm, cats))
        and not flags & (FAILURE | _COMPLAINT | _INSULT | MAJOR_FLAG)
        and not major  # "my Black Friday payment taken TWICE": a charge, not an advert
        # "(not sponsored lol)"; English windows only ("no plano" is "in the plan" in Portuguese)
        and (foreign or not _promotion_negated(norm, cats))
        and not (complaint_cue or sarcasm or profanity or "unmet" in cues or looking)
        and _CONTRAST.isdisjoint(norm.tokens)
        and not _is_question(norm)
    ):
        # "flash sale: Lisbon from £29, book now", "CONCOURS : gagne 1 an de Parcelo Plus",
        # "#ad": an advert or a contest with nothing failed in it is no complaint (nor praise).
        cues.append("promotion")
        return "other", None, None
    if (
        emoji_praise
        and not flags & (FAILURE | _COMPLAINT | MAJOR_FLAG)
        and not (complaint_cue or sarcasm or "unmet" in cues or "waited" in cues)  # "20 min of hold music 😂"
        and not ((profanity or flags & _INSULT) and not heat_only_before_contrast(norm, cats, but))
        and not (looking or _is_question(norm))
        and (not praise or but.isdisjoint(norm.tokens) or _praise_worded_after(norm, cats, but))  # (below)
    ):
        # "rapidísimo 😍", "So muss das! 💚", "va da paura 🚀": in a language whose small model
        # misreads short texts (or one too short to tell), approving emoji and nothing failed,
        # asked or complained of is praise, whatever words the model read.
        return "praise", None, None

    # An information request ("is there a way to filter by allergen info?", "what's the refund
    # policy if I cancel?") stays a question; read as negative, it must name no major problem
    # and use no strongly negative word ("how do I rebook when your app is broken?").
    if (
        not (complaint_cue or sarcasm or profanity)
        # An insult at a thing, not at anyone ("how do I turn on wifi calling? signal in my kitchen
        # is rubbish"), leaves an information request one.
        and not (insult and not _ADDRESSEES.isdisjoint(norm.tokens))
        and (looking or _is_enquiry(norm))
        # (The lexicon is English: German "die" is no death wish.)
        and (label != "negative" or past or not (major or (not foreign and _strongly_negative(norm, lexicon))))
    ):
        cues.extend(("past_event",) if past else ())  # the bad word is the event asked about, not a loss
        return "question", None, "outage" if "outage" in counts else None

    # Said calmly, a major problem is still a complaint when it is specific: a major phrase
    # ("charged twice", "glass in") or a major word with a problem word ("stranded" + "flight").
    if major and (label == "negative" or (label == "neutral" and (hits or phrase_major))):
        return "complaint", "major", _best_category(counts, cats)
    spared = only_one_spared(" ".join(norm.tokens)) and not (failure or complaint_cue)  # (only_one.py)
    if ((spared and ALL_CONTRAST.isdisjoint(norm.tokens)) or fast_fix(norm.tokens, cues)) and not sarcasm:
        return "praise", None, None  # "the only app that doesn't make me want to", "rebooked me in 4 minutes"
    if label == "negative" or sarcasm or mocked_wait or (complaint_cue and label != "positive"):
        # "never use X again" after nothing concrete is venting too: only a concrete cue (a
        # wait, a cancellation, an unmet expectation) makes anger a complaint here.
        if not (complaint_cue and (cancelled or "long_wait" in cues or unresolved_concrete)) and not sarcasm:
            vent = profanity or insult or norm.shouting
            # Contempt with no failure in it ("worst app on my phone", "is a joke, always has
            # been"): the things it names (the app, the phone) are what it vents about, not a
            # problem to solve.
            bare_contempt = (
                insult
                and not (failure or complaint_marker or major)
                and hits <= len(_VENT_OBJECTS.intersection(norm.tokens))
            )
            # An insult beside one failure said in words ("empresa lixo, perdeu minha mala") is a
            # complaint with heat; beside a hashtag's alone ("useless lot #nimbusdown"), venting.
            said_failure = failure and not tag_failure_only
            if (
                (hits == 0 and vent) or (hits == 1 and insult and not said_failure) or bare_contempt
            ) and not concrete_detail(norm.clean):  # a sum, an order number: a case (concrete_detail.py)
                if flags & _EVERYDAY and not insult and _ADDRESSEES.isdisjoint(norm.tokens):
                    # "I hate Mondays", "mondays suck #parcelo": venting at the day, the weather,
                    # the commute, addressed to no one, is not about the brand.
                    cues.append("everyday_gripe")
                    return "other", None, None
                # Venting with no actionable problem. (Author history is the router's job.)
                return "rant", None, _best_category(counts, cats)
        # A bare verdict at the brand ("ihr seid so schlecht", "still awful") names nothing either:
        # venting alike, though its words are milder than an insult.
        verdict = len(norm.tokens) <= _VERDICT_MAX_TOKENS and not (
            hits or failure or complaint_cue or complaint_marker or sarcasm or _is_question(norm)
        )
        if (insult or profanity or verdict) and not (
            said_unmet or major or _names_something(labels, hits, flags, cues) or concrete_detail(norm.clean)
        ):
            # "banco lixo, sempre a mesma porcaria, nada muda nunca": contempt and "always the
            # same", no problem to act on. A complaint still (first time, it is answered), but
            # venting: from a repeat complainer the router listens (rule repeat-ranter).
            cues.append("venting")
        severe = (
            (score <= -0.9 and norm.shouting)
            or (unresolved and open_for_long(norm.tokens, cues))  # failed for days or weeks
            # "3 jours sans internet, vraiment le meilleur réseau 🙃": praised in irony, still major
            or (sarcasm and major and label != "negative")
        )
        return "complaint", "major" if severe else "minor", _best_category(counts, cats)

    if label != "positive" and (counts.get("outage", 0) >= 2 or (complaint_marker and hits) or failure):
        # Said calmly, still a problem report: "Nimbus down in Leeds", "chips stone cold again".
        # A named failure asked about is still a complaint ("10 giorni di ritardo e ora mi
        # chiedete la mora?"); information requests were answered above.
        if not failure and _is_question(norm):
            return "question", None, "outage" if "outage" in counts else None
        return "complaint", "minor", _best_category(counts, cats)

    if _is_question(norm):
        return "question", None, "outage" if "outage" in counts else None
    if foreign and complaint_marker and not praise:
        # "immer noch rot, nix": a small model's "positive" with a complaint marker and no
        # praise word is a complaint.
        return "complaint", "minor", _best_category(counts, cats)
    if "waited" in cues and not praise and not flags & RESOLVED:
        # "best airline in the world 🏆 6 hours sat on the tarmac lol": a wait at a place where one
        # only waits, and no praise word (a superlative, a trophy): the model's "positive" is the
        # joke's surface. (irony_cues.wait_span)
        return "complaint", "minor", _best_category(counts, cats)
    if praise and not but.isdisjoint(norm.tokens) and not _praise_worded_after(norm, cats, but):
        # "parabéns, a comida chegou mas o estafeta comeu metade 👏": praise conceded before the "but", no word
        # of it after; the clause after it is the verdict, a complaint the keyword file has no failure word for.
        return "complaint", "minor", _best_category(counts, cats)
    # "Can we talk about how ...?" is never neutral: with no failure, its lean is its verdict.
    leans = label == "neutral" and score > 0.0 and not failure and exclaims_about(norm.tokens)
    if (label == "positive" or leans) and (praise or not foreign or norm.emojis or score >= _FOREIGN_PRAISE_SCORE):
        return "praise", None, None
    if spam_points >= 2:
        return "spam", None, None
    return "other", None, None


_VERDICT_MAX_TOKENS = 6  # a bare verdict is short; a longer text says what happened
_CONCRETE_CUES = frozenset({"long_wait", "on_hold", "still_waiting", "cancelled", "waited", "payment_failed"})


def _names_something(labels: list[tuple[str, ...]], hits: int, flags: int, cues: list[str]) -> bool:
    """Whether a contemptuous complaint names anything to act on: a category word (even the
    product's: "third time this week the app logs me out"), a payment or major problem, a wait,
    or a failure said in words. A failure phrase that is also an irony marker ("una presa in
    giro") is rhetoric."""
    if hits or flags & (MAJOR_FLAG | PAYMENT_FAILED):
        return True
    if not _CONCRETE_CUES.isdisjoint(cues):
        return True
    return any("failure" in lab and "irony_marker" not in lab for lab in labels)


def _promotion_negated(norm: NormalisedText, cats: CategoryConfig) -> bool:
    """A promotion word inside a negation window ("not sponsored", "no ad")."""
    if NEGATORS.isdisjoint(norm.tokens):
        return False
    return any("promotion" in lab for lab in cats.token_labels(negated_tokens(norm.tokens)))


def _promotion_hashtag(norm: NormalisedText, cats: CategoryConfig) -> bool:
    """A promotion said as a hashtag ("#ad", "#sponsored", "#gewinnspiel")."""
    if not norm.hashtags:
        return False
    tags = frozenset(h.lower() for h in norm.hashtags)
    return any("promotion" in lab for lab in cats.token_labels(tags))


def _praise_after_contrast(
    norm: NormalisedText, cats: CategoryConfig, past: bool = False, but: frozenset[str] = _CONTRAST
) -> bool:
    """The praise is the main clause: it follows the last "but" and nothing after it names a
    failure ("didn't expect much from a chatbot but they sorted it in 5 mins. Impressed").
    ``past``: the text places its problem in the past ("last year"); then a plain positive word
    after the "but" is praise too ("... but today they were amazing")."""
    flags = _after_contrast_flags(norm, cats, but)
    tail = norm.tokens[max(i for i, tok in enumerate(norm.tokens) if tok in but) + 1 :]
    # A failure after the "but" with its fix ("but they rebooked me in 5 mins after my connection
    # was cancelled. Legends") is the story of the fix, not a new complaint.
    praised = bool(flags & PRAISE) or (past and not POSITIVE_OPENERS.isdisjoint(tail))
    return praised and not flags & (_COMPLAINT if flags & RESOLVED else FAILURE | _COMPLAINT | MAJOR_FLAG)


def _after_contrast_flags(norm: NormalisedText, cats: CategoryConfig, but: frozenset[str]) -> int:
    """The keyword-file flags of the clause after the last contrast word in ``but``."""
    toks = norm.tokens
    last = max(i for i, tok in enumerate(toks) if tok in but)
    tail = toks[last + 1 :]
    labels = cats.token_labels(frozenset(tail))
    bigrams = word_bigrams(tail)
    labels += [cats.bigrams[b] for b in cats.bigrams.keys() & bigrams]
    for tri in zip(tail, tail[1:], tail[2:]):  # noqa: B905 - shifted views
        lab = cats.trigrams.get(tri)
        if lab:
            labels.append(lab)
    flags = PRAISE if not SIGNOFF_TOKENS.isdisjoint(tail) and praise_signoff(norm.clean) else 0  # "Respect 🙌" ends it
    for lab in labels:
        flags |= (_label_summary.get(lab) or _summarise(lab))[1]
    return flags


def _praise_worded_after(norm: NormalisedText, cats: CategoryConfig, but: frozenset[str]) -> bool:
    """A praise word after the last contrast word (a closing emoji is a sign-off, no clause)."""
    last = max(i for i, tok in enumerate(norm.tokens) if tok in but)
    words = frozenset(t for t in norm.tokens[last + 1 :] if t.isalpha())
    praised = any(_summarise(lab)[1] & PRAISE for lab in cats.token_labels(words))
    return praised or not POSITIVE_OPENERS.isdisjoint(words)


def _fails_after_contrast(norm: NormalisedText, cats: CategoryConfig, but: frozenset[str]) -> bool:
    """The clause after the last "but" names a failure and no fix ("..., aber die Lieferung kam zu spät")."""
    return _after_contrast_flags(norm, cats, but) & (FAILURE | RESOLVED) == FAILURE


def _strongly_negative(norm: NormalisedText, lexicon: Mapping[str, float]) -> bool:
    return min(map(lexicon.get, norm.tokens, repeat(0.0)), default=0.0) <= _STRONG_NEGATIVE


# "not sponsored, just impressed", "not a complaint but a thank-you": the word that corrects the
# negated one closes the negation window; what follows it is said, not denied.
_NEGATION_CORRECTORS = frozenset(("just", "simply", "merely", "purely", "but"))
_PRAISE_NEG_WINDOW = 3  # as valence.negated_tokens


def _praise_negated(norm: NormalisedText, cats: CategoryConfig) -> bool:
    """A praise word inside a negation window ("not impressed"), up to a correction ("not X, just Y")."""
    if NEGATORS.isdisjoint(norm.tokens):
        return False
    if _NEGATION_CORRECTORS.isdisjoint(norm.tokens):
        return any("praise" in lab for lab in cats.token_labels(negated_tokens(norm.tokens)))
    negated: set[str] = set()
    window = 0
    for tok in norm.tokens:
        if tok in NEGATORS:
            window = _PRAISE_NEG_WINDOW
        elif tok in _NEGATION_CORRECTORS:
            window = 0
        elif window:
            window -= 1
            negated.add(tok)
    return any("praise" in lab for lab in cats.token_labels(negated))


def _best_category(counts: Mapping[str, int], cats: CategoryConfig) -> Category:
    if not counts:
        return "other"
    best = max(counts.values())
    for name in cats.order:
        if counts.get(name) == best:
            return name  # type: ignore[return-value]
    return "other"


# --- for the complaint model (core/complaint.py) ---------------------------------------------


def flag_names(flags: int) -> frozenset[str]:
    """The keyword-file flags set in `flags` (a `tally_labels` OR): "major", "praise", ..."""
    return frozenset(name for name, bit in _FLAG_OF.items() if flags & bit)


def is_enquiry(norm: NormalisedText) -> bool:
    """An information request ("how do I ...", "what's the refund policy if I cancel?")."""
    return _is_enquiry(norm)


def best_category(counts: Mapping[str, int], cats: CategoryConfig) -> Category:
    """The complaint category the rules would give for these category hit counts."""
    return _best_category(counts, cats)
