"""Harm words used loosely in real English tweets: the alarm rests on a word, not on a harm (English).

Read after `detect_harm` (core/analysis_overrides.py): a harm (not self-harm) whose only support is
one of these shapes is no harm. Each shape says what the word does there instead, and each keeps
the alarm when the text also carries a sign that the harm is real:

* a threat taken back by the writer ("make their blood spill ... jk"): a joke, not violence;
* the writer "a danger to myself" in a shop or a basket: a spending spree;
* "killed the game": praise slang, nobody died;
* a storm that "exposed your actual service model": a failing shown up, no data exposed;
* "a lifeline" said of a programme or a wifi: a figure, not a telecare alarm;
* "the app crashed" with software named and no vehicle: a crash of software, no collision;
* a wallet or a phone stolen with nothing used, charged or taken over: a property theft (the
  guideline's "stolen parcel"), no fraud;
* "you guys are a fraud": a verdict on the brand, with no payment, takeover or impostor named;
* "DM us your card number": the brand's agent asking for details privately, nothing exposed (a
  PIN, a code or a password asked for is phishing whoever asks: the alarm stays);
* "a McD's emergency", "a snack emergency", "Emergency Alert System", "cash for emergencies": the
  word names a kind of craving, a thing or a purpose, no emergency happening (someone's own "my
  mum's emergency pendant" is not read so);
* the brand called the thief ("being stolen by lyft"): a verdict on its conduct; a wait to reach
  the fraud department: no fraud told;
* a disability named of a whole group of users ("inaccessible to blind people"): accessibility;
* a fraud alert the writer says was their own purchase: the guideline's resolved alert;
* "a child actor": a role, no child present;
* a baby or a pregnancy named beside a delay or a missed connection, with nothing they lack or
  suffer (no food, left alone, in pain, stranded overnight): an inconvenience told by a parent;
* children "exposed to the f word" or to an ad: a content complaint, not a safety one;
* a plane that "reeks of vomit": a dirty cabin, nobody ill; a cabin "overheating" like a sauna:
  comfort, no fire;
* a breach word ("leaked that the goal is", "compromise the 99%", "exposed his") in a text that names
  no data (no details, number, address, password, account, photo): data exposure needs data;
* a harm word inside a simile ("they are like those drunk aunts"), a fire word in a product, a
  drill or food ("a fire fighting vehicle", "Fire TV stick", "melted cheese"), "risk of a $75
  fine", "nothing to be scared of", "sexual preference" or "sexual content": no one at risk or hurt;
* the harm word inside a capitalised name ("HP Doctor", the album "Sick Scenes", "Emergency Alert
  System"): a product or a title, not a harm;
* no brand known and no one addressed (no @handle but the anonymised "@user"), and no harm word
  within a few words of the writer ("I", "my", "we"): news, sport or politics about others ("Nigerians
  have been scammed", "scared of injury" said of a player, "they'll burn in Hell"). The guideline asks
  for harm linked to a brand or happening to the writer; such a text links neither (core/harm_frames.py
  `unaddressed_chatter` reads the same, but keeps any "now"; here only a "now" near the harm words
  keeps it: "Now claims he will ... Nigerians have been scammed" is no harm now).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from mentionflow.core.text import NormalisedText

__all__ = ["loose_alarm"]

_FLAGS: Final = re.IGNORECASE

_JOKE = re.compile(r"\b(?:jk|j/k|jking|just kidding|just joking|only joking|i'?m joking|i'?m kidding)\b", _FLAGS)
_NOT_A_JOKE = re.compile(r"\b(?:no|not|isn'?t|ain'?t|wasn'?t)\s+(?:a\s+)?(?:jk|kidding|joking|joke)\b", _FLAGS)
_VIOLENT_CUES = frozenset(("violence", "injury", "kill", "danger"))

_SPREE = re.compile(r"\bdanger to (?:myself|my (?:bank|wallet|bank account|card|credit card))\b", _FLAGS)
_SPENDING = re.compile(
    r"\b(?:bought|buy|buying|shopping|shop|spent|spend|spending|sale|sales|haul|cart|basket|retail\w*)\b", _FLAGS
)

_KILLED_THE_GAME = re.compile(r"\b(?:kill|kills|killed|killing|killin)\s+(?:the|this)\s+game\b", _FLAGS)

_EXPOSED_FAILING = re.compile(
    r"\bexpos(?:ed|es|e|ing)\s+(?:(?:your|their|its|his|her|the|how|what)\s+)?"
    r"(?:(?:actual|true|real|whole|entire|poor|terrible|awful|lack|of|complete|total)\s+)*"
    r"(?:service|cus|customer|model|incompetence|flaws?|weakness(?:es)?|lies|hypocrisy|colou?rs|failings?|"
    r"failures?|greed|management|priorities|business|ineptitude)\b",
    _FLAGS,
)

_LIFELINE = re.compile(r"\ba\s+(?:real\s+|total\s+|absolute\s+|true\s+|bit\s+of\s+a\s+)?lifeline\b", _FLAGS)
_TELECARE = re.compile(r"\b(?:alarm|pendant|button|telecare|careline|device|signal|connection|oxygen)\b", _FLAGS)

_CRASH = re.compile(r"\bcrash(?:ed|es|ing)?\b", _FLAGS)
_SOFTWARE = re.compile(
    r"\b(?:chrome|firefox|safari|browser|app|apps|website|site|laptop|pc|computer|game|console|xbox|ps4|ps5|"
    r"playstation|server|servers|windows|mac|macbook|tablet|ipad|software|update|program|player|spotify)\b",
    _FLAGS,
)
_VEHICLE = re.compile(
    r"\b(?:car|cars|bus|train|plane|aircraft|jet|driver|drivers|flight|road|taxi|cab|uber|bike|lorry|truck|van|"
    r"scooter|into|collided|collision|injured|hurt|hospital|ambulance|police)\b",
    _FLAGS,
)

_GOODS_STOLEN = re.compile(
    r"\b(?:wallet|purse|handbag|bag|backpack|rucksack|phone|iphone|bike|bicycle|car|laptop|luggage|suitcase|"
    r"parcel|package|keys|jacket|coat|watch)\s+(?:was|were|got|has been|had been|have been|is|been)\s+"
    r"(?:stolen|nicked|pinched|taken)\b",
    _FLAGS,
)
# What makes a theft or a verdict a fraud: something used, charged or taken over, an impostor, an amount.
_FRAUD_SIGN = re.compile(
    r"\b(?:used|using|use|charged|charges?|charging|transactions?|payments|payment(?! card| method| details)|"
    r"purchases?|purchased|bought|ordered|"
    r"spent|spending|withdr\w*|hack\w*|login|log in|logged|password|pin|phish\w*|unauthori[sz]ed|"
    r"didn'?t make|never made|someone|somebody|pretend\w*|claiming|impersonat\w*|fake|identity|emptied|"
    r"taken out|took out|drained|savings|transfer\w*|moved|moving|sent|rang|called|caller|bank|sim|access\w*|"
    r"into my)\b|[£$€]\s?\d",
    _FLAGS,
)
_FRAUD_WORDS = re.compile(r"\b(?:fraud\w*|scam\w*|hack\w*|phish\w*|stole|stolen|steal\w*|theft|thie\w*)\b", _FLAGS)
_BRAND_VERDICT = re.compile(
    r"\b(?:you|u|you guys|yall|y'all|your company|this company|you lot|you people|ur company)\s+"
    r"(?:are|r|is)\s+(?:(?:a|an|such|total|complete|absolute|just|all|bunch|of|bloody|fucking)\s+)*"
    r"(?:fraud|frauds|scam|scammers|crooks|thieves|con artists)\b"
    r"|\b(?:you'?re|youre)\s+(?:(?:a|an|such|total|complete|absolute|just|all|bunch|of)\s+)*"
    r"(?:fraud|frauds|scam|scammers|crooks|thieves)\b",
    _FLAGS,
)

# A fraud alert, check or block that the writer says was their own doing ("the fraud alert was me, I
# did buy that TV", "flagged my own purchase as fraud"): the guideline's "a fraud alert that turned
# out to be the customer".
_ALERT = re.compile(
    r"\b(?:fraud|security)\s+(?:alert|alerts|check|checks|hold|block|flag|warning|text|team)\b|\bflagged\b", _FLAGS
)
_WAS_ME = re.compile(
    r"\b(?:(?:it|that|this|they|which)\s+(?:was|were)\s+(?:me|mine|my own|legit\w*|genuine)|was me|"
    r"i did (?:buy|make|order|book|pay|spend|try)|my own (?:purchase|payment|transaction|order|booking)|"
    r"(?:a|my) (?:legit\w*|genuine|real) (?:purchase|payment|transaction|order))\b",
    _FLAGS,
)

_ANOTHER_SIGN = re.compile(
    r"\b(?:hack\w*|phish\w*|someone|somebody|pretend\w*|claiming|impersonat\w*|fake|didn'?t make|never made|"
    r"unauthori[sz]ed|don'?t recogni[sz]e|not mine|wasn'?t me)\b",
    _FLAGS,
)
# The brand itself called the thief ("I'm being stolen by lyft", "robbed by you again"): a verdict on
# its conduct, as "your prices are a scam" is; a fake seller, a stranger or hackers stay a fraud.
_BY_THE_BRAND = re.compile(
    r"\b(?:stolen|robbed|scammed|ripped off|cheated|conned|defrauded)\s+by\s+"
    r"(?!(?:someone|somebody|a|an|some|the|this|that|these|those|hackers?|scammers?|thie\w+|fraudsters?|"
    r"strangers?|fake|people|him|her|them|my|his|their)\b)[a-z][\w']*",
    _FLAGS,
)
# Reaching the fraud desk ("30 minutes on hold to get to the fraud department"): a wait, no fraud told.
_DESK = re.compile(r"\bfraud\s+(?:department|dept|team|line|desk|calls?|centre|center|unit|services?)\b", _FLAGS)
_WAIT = re.compile(r"\b(?:hold|wait\w*|queue\w*|minutes|mins|hours|hrs|swamped|busy|answer\w*)\b", _FLAGS)
_DM_US = re.compile(r"\b(?:dm|pm|send|message|email|provide|give)\s+us\s+(?:with\s+)?(?:your|the)\b", _FLAGS)
_OTHERS_SHOWN = re.compile(
    r"\b(?:someone else'?s|another (?:customer|person|passenger)|stranger'?s?|public(?:ly)?|leak\w*|breach\w*|"
    r"visible|exposed|posted)\b",
    _FLAGS,
)
# A secret asked for is phishing whoever asks ("DM us your card number and PIN", "the code we texted
# you"): no agent asks for it, so the alarm stays.
_SECRET = re.compile(
    r"\b(?:pin|pins|code|codes|otp|password|passwords|passcode|cvv|cvc|security (?:code|number)|login)\b", _FLAGS
)

_EMERGENCY_THING = re.compile(
    r"\ban?\s+(?:[a-z]+\s+)?[a-z]+'s\s+emergency\b"
    r"|\b(?:food|snack|pizza|coffee|chocolate|fashion|wardrobe|hair|makeup|burger|fries|caffeine|shopping|netflix|"
    r"music|playlist)\s+emergency\b"
    r"|\bemergency\W{0,2}\s*(?:info|information|alert|alerts|broadcast|system|test|tests|kit|fund|funds|snack|"
    r"snacks|cash|supplies|contact|contacts|plan|plans|commercials?)\b"
    r"|\b(?:fares?|tickets?|credit|miles|points|dividends|funds?|cash|money|savings|number|kit|use|used|keep|kept|"
    r"save|saved)\s+(?:\S+\s+){0,2}for\s+(?:an?\s+)?emergenc(?:y|ies)\b|\bfor\s+emergencies\b",
    _FLAGS,
)
_EMERGENCY_EVENT = re.compile(
    r"\b(?:landing|landed|divert\w*|declared|7700|evacuat\w*|slide|ambulance|medical|paramedics?|"
    r"hospital|fire|smoke|injur\w*|bleeding|collapsed?|unconscious|now)\b",
    _FLAGS,
)

# A child named as a role ("a child actor", "a child star"): someone's past, no child present.
_CHILD_ROLE = re.compile(r"\bchild\s+(?:actor|actors|actress|star|stars|model|prodigy|genius)\b", _FLAGS)
# A disability named of a whole group of users ("made it inaccessible to blind people"): an
# accessibility complaint, no one left without an aid they need.
_GROUP_DISABILITY = re.compile(
    r"\b(?:blind|deaf|disabled|visually impaired|hard of hearing)\s+(?:people|users|customers|listeners|folks|"
    r"community|persons|members|fans)\b",
    _FLAGS,
)
_OWN_DISABILITY = re.compile(
    r"\b(?:i'?m|i am|my|we'?re|our)\s+(?:\w+\s+){0,2}(?:blind|deaf|disabled|wheelchair|impaired)\b", _FLAGS
)
_PERSON_CUES = frozenset(("pregnancy", "child"))
_DELAY = re.compile(r"\b(?:delay\w*|miss|missed|might miss|late|cancel\w*|rebook\w*)\b", _FLAGS)
_NEED_OR_SUFFER = re.compile(
    r"\b(?:alone|left|stranded|overnight|abandon\w*|floor|food|water|formula|milk|nappies|diapers|hungry|starving|"
    r"sick|ill|pain|bleed\w*|contractions|hospital|hotel|sleep|scared|crying|cried|separated|apart|lost|missing|"
    r"unaccompanied|minors?|herself|himself|own|nobody|where|seat|seats|sat|sit|sitting|stuck|trapped|tarmac|heat|hot|cold|freezing|unsafe|danger\w*|"
    r"hurt|injur\w*|faint\w*|dizzy|vomit\w*|nowhere|medication|meds|insulin|wheelchair|fever|temperature|rash|"
    r"breath\w*|asthma|allerg\w*|reaction|seizures?|ambulance|doctor|nurse|screaming|unwell|poorly|dehydrat\w*)\b",
    _FLAGS,
)

_EXPOSED_CONTENT = re.compile(
    r"\bexposed to\s+(?:the\s+|this\s+|such\s+|that\s+|these\s+|all\s+)?"
    r"(?:f\W?word|f\W?bombs?|swear\w*|explicit|profanity|language|ads?|adverts?|advertising|commercials?|music|"
    r"songs?|content|lyrics)",
    _FLAGS,
)

_SMELL_OF_SICK = re.compile(
    r"\b(?:reek\w*|smell\w*|stink\w*|stench|odou?r)\s+(?:of|like)\s+(?:\w+\s+)?(?:vomit|puke|sick)\b", _FLAGS
)
_SOMEONE_ILL = re.compile(r"\b(?:threw up|throwing up|vomited|vomiting|made (?:me|us|him|her)|i was sick)\b", _FLAGS)
_CABIN_OVERHEATING = re.compile(
    r"\boverheat\w*\s+(?:your|the|our|this|these|those)?\s*(?:planes?|cabins?|trains?|carriages?|rooms?|buses|"
    r"coaches|flights?)\b",
    _FLAGS,
)
_FIRE_SIGN = re.compile(r"\b(?:smoke|smoking|smell\w*|burn\w*|fire|flames?|sparks?|melt\w*|alarm)\b", _FLAGS)
_DATA = re.compile(
    r"\b(?:data|details|detail|info|information|number|numbers|address|addresses|password|passwords|e-?mails?|"
    r"names?|accounts?|cards?|bookings?|reservations?|passports?|phone|dob|birth|personal|private|photos?|"
    r"pictures?|pics?|statements?|records?|files?|documents?|id|ssn|pin|login|credentials|username|security|"
    r"bank|cc|payment|location|medical|reference)\b",
    _FLAGS,
)
# A leak or an exposure of a thing or to a thing is physical ("a fuel leak", "exposed to a virus",
# "exposed wires"): the model's kind may be wrong, but the harm is there.
_PHYSICAL = re.compile(
    r"\b(?:leak|leaks|leaking|exposed to|fuel|gas|water|oil|virus|viruses|wires?|cables?|chemicals?|asbestos|"
    r"radiation|germs?|sun|heat|smoke|sockets?)\b",
    _FLAGS,
)
_SIMILE = re.compile(
    r"\b(?:are|is|was|were|feels?|felt|looks?|looked|acts?|acting|behaves?|behaving)\s+like\s+"
    r"(?:(?:those|a|an|the|some|my|your|their)\s+)?(?P<rest>(?:[\w'-]+\s+){0,3}[\w'-]+)",
    _FLAGS,
)
_FIRE_THING = re.compile(r"\bfire\s*(?:fighting|fighter|engines?|trucks?|drills?|sticks?|tv|tablets?|hd|pit)\b", _FLAGS)
_FIRE_WORDS = re.compile(r"\b(?:fire|fires|smoke|smoking|burn\w*|flames?|sparks?|melt\w*|overheat\w*)\b", _FLAGS)
_MELTED_FOOD = re.compile(
    r"\bmelt(?:ed|ing|y)?\s+(?:\w+\s+)?(?:cheese|chocolate|butter|ice cream|icecream|marshmallows?)\b", _FLAGS
)
_RISK_OF_COST = re.compile(
    r"\brisks?\s+of\s+(?:an?\s+)?(?:[$£€]?\d+\s+)?(?:fines?|fees?|charges?|penalt\w+|cancellations?|delays?|"
    r"losing (?:my|our|the) (?:seat|booking|points|miles))\b",
    _FLAGS,
)
_NOTHING_TO_FEAR = re.compile(
    r"\b(?:no|nothing|not much)\s+(?:\w+\s+){0,2}to\s+(?:be\s+)?(?:scared|afraid|frightened|worried|fear)\b", _FLAGS
)
_SEXUAL_TOPIC = re.compile(
    r"\bsexual\s+(?:preferences?|orientation|content|lyrics|references?|identity|innuendo|health|themes?)\b", _FLAGS
)
_ASSAULT = re.compile(
    r"\b(?:assault\w*|assult\w*|harass\w*|touch\w*|grop\w*|abus\w*|rape\w*|attack\w*|flash\w*|expos\w*)\b",
    _FLAGS,
)

_SIMILE_ENDS = frozenset(("and", "but", "then", "when", "who", "which", "so", "because", "while", "after", "n", "&"))


def _in_simile(clean: str, cue: str) -> bool:
    """Every word of the one cue stands in the few words after "they are like", "feels like"."""
    from mentionflow.core.harm import concept_groups  # core/harm.py imports nothing of this module

    inside: set[str] = set()
    for m in _SIMILE.finditer(clean):
        for w in m.group("rest").split():
            if w.lower() in _SIMILE_ENDS:
                break  # "acting like a maniac and punched my dad": the simile ends at "and"
            inside.add(w.lower())
    cue_words = {w for w in re.findall(r"[a-z][\w'-]*", clean.lower()) if cue in concept_groups((w,), "en")}
    return bool(cue_words) and cue_words <= inside and not re.search(r"\bsmel\w*\s+like\b", clean, _FLAGS)


_WORD = re.compile(r"[#@]?[A-Za-z][\w'-]*|[.!?]")


# What a capitalised run names when one of these comes just before it: "the album Sick Scenes",
# "a game called Fractured Souls", "did HP Doctor" (a tool).
_TITLE_NOUNS = frozenset(
    (
        "album", "song", "track", "single", "ep", "game", "show", "film", "movie", "book", "band", "series",
        "episode", "app", "feature", "tool", "called", "named", "titled", "playlist", "podcast", "did", "ran",
        "run", "using", "use", "used", "via", "by",
    )
)  # fmt: skip


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word not in ("I", "I'm") and word[:1] not in "#@"


def _only_in_names(clean: str, cues: tuple[str, ...]) -> bool:
    """Every word of the one cue is part of a run of capitalised words inside a sentence, a title
    word just before the run ("did HP Doctor", "the album Sick Scenes"): a product or a title."""
    from mentionflow.core.harm import concept_groups  # core/harm.py imports nothing of this module

    words_ = _WORD.findall(clean)
    alpha = [w for w in words_ if w[:1].isalpha()]
    if sum(1 for w in alpha if w[:1].isupper()) * 2 > len(alpha):
        return False  # "My Daughter Was Hurt On Your Bus": a text in title case names nothing by it
    hits = [i for i, w in enumerate(words_) if w[:1].isalpha() and cues[0] in concept_groups((w.lower(),), "en")]
    if not hits:
        return False
    for i in hits:
        w = words_[i]
        before = words_[i - 1] if i else "."
        after = words_[i + 1] if i + 1 < len(words_) else "."
        if not (w[:1].isupper() and not w.isupper()) or before in ".!?" or before[:1] in "#@":
            return False
        if w.lower().endswith(("ed", "ing")) or not (_capitalised(before) or _capitalised(after)):
            return False  # "your Flight Attendant Assaulted my mum": a verb stressed, not a name
        start = i
        while start > 0 and _capitalised(words_[start - 1]):
            start -= 1
        if _TITLE_NOUNS.isdisjoint(x.lower() for x in words_[max(0, start - 3) : start]):
            return False  # "the Engine Fire on flight 12": stressed words, no title named
    return True


def _only(cues: Iterable[str], allowed: frozenset[str]) -> bool:
    found = set(cues)
    return bool(found) and found <= allowed


_PLACEHOLDER_HANDLES = frozenset(("user",))
_WRITER = frozenset(("i", "im", "ive", "id", "ill", "me", "my", "mine", "myself", "we", "us", "our", "ours", "weve"))
_WRITER_WINDOW = 4
# Told as it happens ("the train just crashed into a car"): a witness, kept as
# core/harm_frames.py keeps any "now"; a "now" far from the harm words ("Now claims he will ...") is not.
_NOW = frozenset(("now", "just", "currently", "tonight", "rn", "right"))


def _unlinked_chatter(norm: NormalisedText, cues: tuple[str, ...], brand_known: bool) -> bool:
    """No brand, no one addressed, and no cue word near the writer (see above)."""
    from mentionflow.core.harm import concept_groups  # core/harm.py imports nothing of this module

    if brand_known or not _PLACEHOLDER_HANDLES.issuperset(h.lower() for h in norm.handles) or not cues:
        return False
    toks = norm.tokens
    wanted = set(cues)
    hits = [i for i, t in enumerate(toks) if not wanted.isdisjoint(concept_groups((t,), "en"))]
    return bool(hits) and all(
        _WRITER.isdisjoint(near := toks[max(0, i - _WRITER_WINDOW) : i + _WRITER_WINDOW + 1]) and _NOW.isdisjoint(near)
        for i in hits
    )


def loose_alarm(norm: NormalisedText, kind: str | None, cues: tuple[str, ...], brand_known: bool = False) -> bool:
    """The harm `kind` read from the English mention `norm` rests only on a loosely used harm word,
    or on harm words in chatter linked to no brand and no writer (see above)."""
    if kind is None or kind == "self_harm":
        return False
    if _unlinked_chatter(norm, cues, brand_known):
        return True
    clean = norm.clean
    cue_set = set(cues)
    if _only(cues, _VIOLENT_CUES) and _JOKE.search(clean) and not _NOT_A_JOKE.search(clean):
        return True  # "make his blood spill!!! jk"
    if cue_set == {"danger"} and _SPREE.search(clean) and _SPENDING.search(clean):
        return True  # "leaving the shop with a pyjama set, I'm a danger to myself"
    if _only(cues, frozenset(("kill", "danger"))) and _KILLED_THE_GAME.search(clean):
        return True  # "this playlist killed the game"
    if cue_set == {"breach"} and _EXPOSED_FAILING.search(clean):
        return True  # "the storm exposed your actual service model"
    if cue_set == {"medical_device"} and _LIFELINE.search(clean) and not _TELECARE.search(clean):
        return True  # "mileage programmes have been a lifeline for us"
    if cue_set == {"collision"} and _CRASH.search(clean) and _SOFTWARE.search(clean) and not _VEHICLE.search(clean):
        return True  # "it's Chrome ... it crashed almost every day"
    if kind == "fraud" and cue_set <= {"fraud"} and not _FRAUD_SIGN.search(clean):
        if _GOODS_STOLEN.search(clean) and len(_FRAUD_WORDS.findall(clean)) == 1:
            return True  # "my wallet was stolen, how do I get a new card": a theft of property
        if _BRAND_VERDICT.search(clean) or _BY_THE_BRAND.search(clean):
            return True  # "you guys are a fraud": a verdict on the brand
    if kind == "fraud" and cue_set <= {"fraud"} and _DESK.search(clean) and _WAIT.search(clean):
        desk_only = len(_FRAUD_WORDS.findall(clean)) == len(_DESK.findall(clean))
        if desk_only and not (_FRAUD_SIGN.search(clean) or _ANOTHER_SIGN.search(clean)):
            return True  # "30 minutes on hold to get to the fraud department"
    if kind == "fraud" and _ALERT.search(clean) and _WAS_ME.search(clean) and not _ANOTHER_SIGN.search(clean):
        return True  # "the fraud alert was me, I did buy that TV, please unblock my card"
    if kind == "data_exposure" and _DM_US.search(clean) and not (_OTHERS_SHOWN.search(clean) or _SECRET.search(clean)):
        return True  # "please DM us your full card number"
    if cue_set == {"emergency"} and _EMERGENCY_THING.search(clean) and not _EMERGENCY_EVENT.search(clean):
        return True  # "a McD's emergency", "the Emergency Alert System is tested weekly"
    if cue_set == {"child"} and _CHILD_ROLE.search(clean) and len(re.findall(r"\bchild", clean, _FLAGS)) == 1:
        return True  # "Miley was a child actor"
    if cue_set == {"disability"} and _GROUP_DISABILITY.search(clean) and not _OWN_DISABILITY.search(clean):
        return True  # "you have made it inaccessible to blind people!"
    if _only(cues, _PERSON_CUES) and _DELAY.search(clean) and not _NEED_OR_SUFFER.search(clean):
        return True  # "I'm 5 months pregnant and my flight is delayed", "my 9 month old might miss the flight"
    if _only(cues, frozenset(("child", "breach"))) and _EXPOSED_CONTENT.search(clean):
        return True  # "so my children have to be exposed to the f word"
    if cue_set == {"illness"} and _SMELL_OF_SICK.search(clean) and not _SOMEONE_ILL.search(clean):
        return True  # "boarding us onto a plane that reeks of vomit"
    if cue_set == {"fire_smoke"} and _CABIN_OVERHEATING.search(clean) and not _FIRE_SIGN.search(clean):
        return True  # "please stop overheating your planes, it feels like a sauna"
    if kind == "data_exposure" and cue_set == {"breach"} and not (_DATA.search(clean) or _PHYSICAL.search(clean)):
        return True  # "a staff member has leaked that our goal is 100 points": no data named
    if len(cues) == 1 and _in_simile(clean, cues[0]):
        return True  # "they are like those angry and drunk aunts we all have"
    if cue_set == {"fire_smoke"} and _FIRE_THING.search(clean) and len(_FIRE_WORDS.findall(clean)) == 1:
        return True  # "bought a Paw Patrol fire fighting vehicle", "my Fire TV stick"
    if cue_set == {"fire_smoke"} and _MELTED_FOOD.search(clean) and len(_FIRE_WORDS.findall(clean)) == 1:
        return True  # "hair stuck in the melted cheese": food, no fire
    if cue_set <= {"danger", "hedge"} and _RISK_OF_COST.search(clean) and clean.lower().count("risk") == 1:
        return True  # "risk of a $75 fine from a corrupt official"
    if cue_set == {"fear"} and _NOTHING_TO_FEAR.search(clean):
        return True  # "no precipitation to be scared of!"
    if cue_set == {"violence"} and _SEXUAL_TOPIC.search(clean) and not _ASSAULT.search(clean):
        return True  # "you label music with a sexual preference, feels very inappropriate"
    return len(cues) == 1 and _only_in_names(clean, cues)
