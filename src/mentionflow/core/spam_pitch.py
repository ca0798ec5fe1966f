"""Money pitches in en/es/fr/de/it/pt: what the spam scorer (intent.py) reads beside the keyword lists.

* The get-rich claim: money multiplied ("turned £500 into £18,000") or money earned per unit of
  time ("earn $500 a day", "gana 300€ al día", "verdiene 500€ am Tag", "ganhe R$500 por dia").
  The rate is a pitch, and its "a day" is no wait (the English ``long_wait`` cue).
* The money offer with a link ("Flight delayed? Claim up to €600 compensation here: bit.ly/x",
  "Réclamez jusqu'à 600€ : indemnites-vol.site", "puedes reclamar hasta 600€ aquí: bit.ly/x"):
  an imperative offer of a sum (or what the reader "can" claim) and a link, said
  by no "I" (a customer tells their own story: "I claimed compensation via your form link"), and
  asking for no card or login details (an impostor's phishing reply belongs to its conversation).
"""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.features import DURATION_RE
from mentionflow.core.text import NormalisedText


def _w(words: str) -> list[str]:
    return words.split()


# Link shorteners and chat links written without a scheme ("bit.ly/xx9rich", "t.me/signals"): the
# text's URL detection needs "http", spammers rarely write it.
BARE_LINK: Final = re.compile(
    r"\b(?:bit\.ly|t\.me|wa\.me|tinyurl\.com|goo\.gl|linktr\.ee|ow\.ly|cutt\.ly|is\.gd|rb\.gy|shorturl\.at|"
    r"t\.co|tiny\.cc|rebrand\.ly)/\S+"
    # ... or a bare site name with a web ending: "refunds-now.example", "cheapcodes.shop/x"
    r"|\b[a-z0-9][a-z0-9-]{2,40}\.(?:com|net|org|info|biz|xyz|top|site|online|shop|store|club|link|click|live|"
    r"app|io|example)\b",
    re.IGNORECASE,
)
# Every BARE_LINK match has a "." with a word character after it ("bit.ly", ".com"): most texts
# have none, and that scan (a literal first: sre's fast search) is far cheaper than BARE_LINK's.
_DOT_WORD: Final = re.compile(r"\.\w")
_DIGIT: Final = re.compile(r"\d")  # every _GET_RICH match names a sum


def bare_link(clean: str) -> bool:
    """``BARE_LINK.search(clean) is not None``, the cheap test first."""
    return _DOT_WORD.search(clean) is not None and BARE_LINK.search(clean) is not None


_MONEY = r"(?:r\$|us\$|[£$€])?\s?\d[\d.,]*\s?(?:k|[£$€]|euros?|dollars?|pounds?|reais|r\$)?"
# Earners: the pitch's imperative ("earn", "gana", "gagnez", "guadagna", "ganhe") and the boast's
# first person ("I make", "gano", "verdiene", "ganho").
_EARN = (
    r"make|made|earn|earned|making|earning|gano|gana|ganar|gagne|gagnez|gagner|verdiene|verdient|verdienen|"
    r"guadagno|guadagna|guadagnare|ganho|ganhe|ganha|ganhar"
)
_PER = r"(?:/|a |per |each |every |al |a la |par |pro |por |ao |am |im |alla |this |esta |este |cette |diese |questa )"
_UNIT = (
    r"(?:day|week|hour|día|dia|hora|semana|jour|semaine|heure|tag|woche|stunde|giorno|settimana|ora|"
    r"(?P<month>month|mes|mês|mois|monat|mese))"
)
# "I earn £500 a month and you charged me £200": a monthly income said by its earner is a
# customer's circumstance; said to the reader ("earn €3000 a month"), a pitch.
_EARNER = re.compile(r"\b(?:i|je|j|ich|yo|io|eu)\W+$", re.IGNORECASE)
_GET_RICH: Final = re.compile(
    rf"(?:turned|turn|grew|flipped|transformei|convertí|converti|trasformato|transformé|verwandelt)\s+{_MONEY}\s+"
    rf"(?:into|to|in|a|auf|em|en|in)\s+{_MONEY}"
    rf"|\b(?:{_EARN})\s+{_MONEY}\s*{_PER}\s*{_UNIT}\b",
    re.IGNORECASE,
)
_GET_RICH_VERBS: Final = frozenset(
    _w("turned turn grew flipped transformei convertí converti trasformato transformé verwandelt") + _EARN.split("|")
)
GET_RICH_POINTS: Final = 3


def get_rich(norm: NormalisedText, cues: list[str]) -> bool:
    """The get-rich claim; its rate ("$500 a day") is then no wait: drops the ``long_wait`` cue
    when every duration in the text is the claim's."""
    if _GET_RICH_VERBS.isdisjoint(norm.tokens) or _DIGIT.search(norm.clean) is None:
        return False
    found = _GET_RICH.search(norm.clean)
    if found is None or (
        found.group("month") and _EARNER.search(norm.clean[max(0, found.start() - 6) : found.start()])
    ):
        return False
    if "long_wait" in cues:
        rest = (norm.clean[: found.start()] + " . " + norm.clean[found.end() :]).lower()
        if DURATION_RE.search(rest) is None:
            cues.remove("long_wait")
    return True


# A sum with its currency ("€600", "600 euros", "R$600").
_SUM = r"(?:(?:r\$|us\$|[£$€])\s?\d[\d.,]*|\d[\d.,]*\s?k?\s?(?:[£$€]|euros?|dollars?|pounds?|reais)(?!\w))"
# ... not money off a price ("get €10 off with code X": an advert, read as a promotion)
_SUM += r"(?![\d.,]*\s*(?:off|de descuento|de réduction|de remise|rabatt|di sconto|de desconto))"
# An imperative (or "you are owed") offer of a sum: "claim up to €600", "reclama hasta 600€",
# "réclamez jusqu'à 600€", "fordern Sie bis zu 600€", "richiedi fino a 600€", "receba até R$600",
# "recupera hasta 600€" (es and it).
_OFFER: Final = re.compile(
    r"\b(?:claim|get|receive|grab|collect|(?:could|may|might) be (?:owed|entitled to)|"
    r"reclama|reclame|recibe|consigue|obtén|cobra|recupera|"
    r"réclamez|reclamez|recevez|obtenez|touchez|récupérez|recuperez|"
    r"fordern sie|fordere|fordert|erhalten sie|erhalte|holen sie sich|hol dir|sichern sie sich|sichere dir|"
    r"richiedi|richiedete|ricevi|ottieni|"
    r"reivindique|receba|solicite|peça|resgate|recupere)"
    r"\s+(?:(?:up to|upto|hasta|jusqu['\u2019 ]?[àa]|bis zu|fino a|até|ate)\s+)?" + _SUM,
    re.IGNORECASE,
)
# The same offer as what the reader CAN do ("you can claim up to €600" is caught above by its
# "claim"): "puedes reclamar hasta 600€", "vous pouvez réclamer jusqu'à 600€", "Sie können bis zu
# 600€ ... fordern" (the German verb comes last), "puoi richiedere fino a 600€", "você pode
# receber até R$3000". Second person only: "¿puedo reclamar 600€?" is a customer asking.
_UPTO = r"(?:(?:hasta|jusqu['\u2019 ]?[àa]|bis zu|fino a|até|ate)\s+)?"
_MODAL_OFFER: Final = re.compile(
    r"\b(?:(?:puedes|podéis|podeis|puede usted|pueden)\s+(?:reclamar|recibir|conseguir|obtener|cobrar|recuperar)|"
    r"(?:vous pouvez|tu peux|vous pourriez|tu pourrais)\s+"
    r"(?:réclamer|reclamer|recevoir|obtenir|toucher|récupérer|recuperer)|"
    r"(?:puoi|potete|potresti|potreste)\s+(?:richiedere|ricevere|ottenere|recuperare)|"
    r"(?:você pode|voce pode|vocês podem|voces podem|podes)\s+"
    r"(?:receber|reivindicar|solicitar|resgatar|recuperar|pedir))"
    r"\s+"
    + _UPTO
    + _SUM
    + r"|\b(?:sie können|du kannst|ihr könnt|könnten sie)\s+"
    + _UPTO
    + _SUM
    + r"(?:\s+\S+){0,6}?\s+(?:fordern|einfordern|erhalten|bekommen|zurückholen|zurückfordern|sichern)\b",
    re.IGNORECASE,
)
_MODAL_HEADS: Final = frozenset(
    _w(
        "puedes podéis podeis puede pueden pouvez peux pourriez pourrais puoi potete potresti potreste pode podem "
        "podes können kannst könnt könnten"
    )
)
_OFFER_HEADS: Final = frozenset(
    _w(
        "claim get receive grab collect could may might reclama reclame recibe consigue obtén cobra recupera réclamez "
        "reclamez recevez obtenez touchez récupérez recuperez fordern fordere fordert erhalten erhalte holen hol "
        "sichern sichere "
        "richiedi richiedete ricevi ottieni reivindique receba solicite peça resgate recupere"
    )
)
# The writer's own story ("I claimed", "mi vuelo", "mon vol", "mein Flug", "il mio volo", "meu voo")
# or a contrast ("..., but the form fails"): a customer, not a pitch.
_OWN: Final = frozenset(
    _w(
        "i im ive id my me mine myself yo mi mis mí je j mon ma mes moi ich mein meine meinen meiner mir mich "
        "io mio mia miei mie eu meu minha meus minhas comigo but pero mais aber ma però mas porém"
    )
)

# A request for card or login details ("fill your card details in our form to get €300"): an
# impostor's phishing aimed at one customer, which stays in that customer's conversation (harm).
_CREDENTIALS: Final = frozenset(
    _w(
        "card cvv password pin iban login tarjeta contraseña carte coordonnées passe karte kartendaten passwort "
        "zugangsdaten carta cartão cartao senha"
    )
)


def money_offer_with_link(norm: NormalisedText) -> bool:
    """An offer of a sum said to the reader, with a link, and no "I" in it: a pitch."""
    toks = norm.tokens
    offer, modal = not _OFFER_HEADS.isdisjoint(toks), not _MODAL_HEADS.isdisjoint(toks)
    if not (offer or modal) or not _OWN.isdisjoint(toks) or not _CREDENTIALS.isdisjoint(toks):
        return False
    if not (norm.urls or BARE_LINK.search(norm.clean)):
        return False
    return (offer and _OFFER.search(norm.clean) is not None) or (modal and _MODAL_OFFER.search(norm.clean) is not None)
