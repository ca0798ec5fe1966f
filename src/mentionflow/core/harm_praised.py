"""Praise that the harm words in it made look like harm, in en, es, fr, de, it and pt: no harm.

* Death said of delight: "this smash burger literally killed me 💀💀 writing this from the afterlife.
  10/10 would die again", "esta hamburguesa me mató 💀 10/10", "ce burger m'a tué, trop bon", "der
  Burger hat mich umgebracht, so lecker", "questo panino mi ha ucciso, buonissimo", "esse hambúrguer
  me matou, que delícia". The writer is the one "killed", and a sign of delight stands beside it
  (a rating, a skull emoji, "would die again", "so good"); nothing names a body hurt, an illness or
  a hospital ("killed me, I was sick all night" stays harm).
* A mobility aid handed back intact, praised: "special assistance had my chair at the aircraft door,
  undamaged, before anyone else had even stood up", "la silla llegó intacta", "le fauteuil est
  arrivé intact", "der Rollstuhl kam unbeschädigt an", "la carrozzina è arrivata intatta", "a cadeira
  chegou intacta". The aid is said to be unharmed and nothing says it was lost, late or broken.

Each check reads ``low``, the clean text lower-cased once by the caller (see core/harm_acts.py).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["aid_back_intact", "killed_by_delight"]

# The writer "killed", or "died", by the thing.
_KILLED_ME: Final = re.compile(
    r"\b(?:(?:killed|killing|kills|murdered) me|i (?:literally |actually )?died|would die again|"
    r"me (?:mató|mata|ha matado|morí|muero)|"
    r"m'a (?:tuée?|achevée?)|me tue|je suis morte?|"
    r"(?:hat|haben) mich (?:umgebracht|gekillt)|bringt mich um|ich bin (?:gestorben|tot)|"
    r"mi (?:ha ucciso|uccide|ha stecchito)|sono mort[oa]|"
    r"me (?:matou|mata)|morri)\b"
)
# Delight beside it: a rating, "would die again", "so good", a skull or heart-eyes emoji.
_DELIGHT: Final = re.compile(
    r"💀|☠|😍|🤤|\b\d{1,2}/10\b|\bwould die again\b|\bafterlife\b|\b(?:so|too|insanely|ridiculously) (?:good|tasty)\b|"
    r"\b(?:delicious|incredible|unreal|best (?:burger|pizza|meal|thing))\b|"
    r"\b(?:buenísim[ao]|riquísim[ao]|delicios[ao]|increíble|brutal)\b|"
    r"\b(?:trop bon(?:ne)?|délicieux|délicieuse|incroyable|une tuerie)\b|"
    r"\b(?:so lecker|mega lecker|lecker|der hammer|unfassbar gut)\b|"
    r"\b(?:buonissim[ao]|delizios[ao]|incredibile|spettacolare)\b|"
    r"\b(?:que delícia|delícia|gostos[ao]|incrível|sensacional)\b"
)
# What makes it a real harm: a body hurt, an illness, a hospital.
_HURT: Final = re.compile(
    r"\b(?:sick|vomit\w*|ill|hospital|a&e|ambulance|allergic|reaction|choked|choking|poison\w*|burnt|burned|"
    r"hurt|injur\w*|blood|bleeding|"
    r"enferm[oa]|vomit\w*|hospital|urgencias|alérgic[oa]|intoxicad[oa]|"
    r"malade|vomi\w*|hôpital|urgences|allergique|intoxiqué|"
    r"krank|erbrochen|übergeben|krankenhaus|notaufnahme|allergisch|vergiftet|"
    r"male|vomitato|ospedale|pronto soccorso|allergic[oa]|intossicat[oa]|"
    r"passei mal|vomitei|hospital|alérgic[oa]|intoxicad[oa])\b"
)


def killed_by_delight(low: str) -> bool:
    """The writer "killed" by something delightful, and no one hurt (see the module doc)."""
    return _KILLED_ME.search(low) is not None and _DELIGHT.search(low) is not None and _HURT.search(low) is None


# A mobility aid, and it said to be unharmed.
_AID: Final = re.compile(
    r"\b(?:wheelchair|powerchair|chair|scooter|rollator|silla(?: de ruedas)?|fauteuil(?: roulant)?|rollstuhl|"
    r"carrozzina|sedia a rotelle|cadeira(?: de rodas)?)\b"
)
_INTACT: Final = re.compile(
    r"\b(?:undamaged|intact|in one piece|in perfect (?:condition|shape)|not a scratch|without a scratch|"
    r"intact[ao]|sin (?:un )?(?:daños?|rasguño)|en perfecto estado|"
    r"intacte?|sans (?:une )?(?:égratignure|dommage|rayure)|en parfait état|"
    r"unbeschädigt|unversehrt|ohne (?:einen )?kratzer|"
    r"intatt[ao]|senza (?:un )?(?:graffio|danni)|in perfette condizioni|"
    r"sem (?:um )?(?:arranhão|danos?)|em perfeito estado)\b"
)
_AID_HARMED: Final = re.compile(
    r"\b(?:broken|broke|damaged|bent|snapped|cracked|lost|missing|left behind|never (?:came|arrived)|"
    r"rot[ao]|dañad[ao]|perdid[ao]|cassée?|abîmée?|endommagée?|perdue?|"
    r"kaputt|beschädigt|verbogen\w*|verloren|rott[ao]|danneggiat[ao]|pers[ao]|"
    r"quebrad[ao]|danificad[ao]|perdid[ao]|extraviad[ao])\b"
)


def aid_back_intact(low: str) -> bool:
    """A mobility aid said to be back unharmed, and nothing says it was harmed (see the module doc)."""
    return (
        _AID.search(low) is not None
        and _INTACT.search(low) is not None
        # "undamaged" holds "damaged": read harm words only outside the intact words.
        and _AID_HARMED.search(_INTACT.sub(" ", low)) is None
    )
