"""The analysis record of one mention as the score stage writes it: the text models' reading
(`core.sentiment.analyse`), the harm signal (`core.harm.detect_harm`), and the overrides where
reading the whole mention again corrects them (`read_mention`).

Why the overrides are not inside `Analyzer.analyse`: they judge the whole mention by the
analysis of its parts (``analyse(part)``: "the complaint of the rest", "the severity of each
clause"), so inside `analyse` they would re-enter themselves on every part; and three of them
read the harm signal, which is judged after the text analysis (it reads its sarcasm). The
signal rewrites that read the signal lexicon stay in `Pipeline.score` (the pipeline owns it).
"""

from __future__ import annotations

from functools import partial
from typing import Any, Final

from mentionflow.core.asked_before import asked_before, report_before_plea
from mentionflow.core.charges import charged_extra, only_a_price_compared
from mentionflow.core.counsel import writes_for_a_client
from mentionflow.core.denied_boarding import stranded_by_denied_boarding
from mentionflow.core.display_glitch import only_a_long_display_glitch
from mentionflow.core.eager import eager_not_complaint
from mentionflow.core.harm import HarmSignal, concept_groups, detect_harm, harm_tokens
from mentionflow.core.harm_acts import (
    details_phished,
    device_down,
    injured_by_service,
    money_taken_by_another,
    scam_loss,
    survivor_exposed,
)
from mentionflow.core.harm_fraud_told import fraud_told
from mentionflow.core.harm_goodbye import despair_signs
from mentionflow.core.harm_loose import loose_alarm
from mentionflow.core.harm_praised import aid_back_intact, killed_by_delight
from mentionflow.core.harm_pursued import address_posted, pursued_by_staff
from mentionflow.core.harm_scams_told import money_mule, paid_to_a_ghost
from mentionflow.core.harm_tampered import food_tampered
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.laughed_harm import laughed_off_harm
from mentionflow.core.missed_occasion import missed_occasion
from mentionflow.core.negated_problem import problem_free
from mentionflow.core.never_failed import never_failed_praise
from mentionflow.core.own_typo import own_typo_request
from mentionflow.core.paid_for import paid_for_question
from mentionflow.core.parody import self_declared_parody
from mentionflow.core.past_harm import past_harm_praised
from mentionflow.core.problem_team import team_praise
from mentionflow.core.process_timing import process_timing_question
from mentionflow.core.request_thanks import without_request_thanks
from mentionflow.core.second_chance import after_second_chance
from mentionflow.core.sentiment import SARCASM_IRONY, TextAnalysis, analyse, sarcasm_sign
from mentionflow.core.served_hot import served_hot
from mentionflow.core.tarmac_hold import held_on_tarmac
from mentionflow.core.text import NormalisedText, normalise
from mentionflow.schema import Analysis

__all__ = ["analysis_record", "read_mention"]

# Analysis cues that mark a mention sarcastic (the sarcasm patterns; praise turned by a failure).
_SARCASM_CUES: Final = frozenset(("sarcasm", "irony"))


def analysis_record(result: TextAnalysis | Any) -> Analysis:
    """A ``core.sentiment.TextAnalysis`` to the wire record ``schema.Analysis`` (they share field names)."""
    r = result
    # Positional: keyword matching costs ~0.3 us a record.
    # score, label, confidence, intent, severity, category, supported, cues
    return Analysis(
        r.score,
        r.label,
        r.confidence,
        r.intent,
        r.severity,
        r.category,
        r.supported,
        list(r.cues),
        getattr(r, "irony", 0.0),
    )


_ANGER: Final = frozenset(("😡", "🤬", "😠", "👿", "🖕"))
_THANKS: Final = frozenset(
    ("thanks", "thank", "thx", "gracias", "merci", "danke", "grazie", "obrigado", "obrigada", "fixed", "sorted")
)


# Harm acts told before a question: the act happened, the question is what to do about it, never a
# question about a policy that clears the harm (core/asked_before.py).
_ASKED_AFTER_ACT: Final = frozenset(("survivor_exposed", "pursued", "fraud_told"))


def _severe(harm: HarmSignal, kind: str, tag: str) -> HarmSignal:
    """The severe signal a harm act of core/harm_acts.py (or its kin) sets, its tag added to the cues."""
    return HarmSignal(kind, "severe", max(harm.score, 1.0), (*harm.cues, tag))


def read_mention(
    norm: NormalisedText, guess: LanguageGuess, lang: str | None, brand_known: bool
) -> tuple[Analysis, HarmSignal]:
    """The text analysis of one whole mention, its harm signal, and the overrides of both (in
    this order; each reads the record as the ones before left it):

    1. Thanks that close a request are no praise ("... jamais demandées. Merci de corriger."):
       praise is read again without the thanks (request_thanks.py), and a complaint, rant or
       question there wins.
    2. A boast or team praise is praise, not a complaint: a failure that never happened
       ("nunca me perderam uma mala, recomendo", never_failed.py), or a team named for a
       problem ("proud of our fraud team today", problem_team.py). The complaint's negativity was
       the failure word's: praise, positive, no severity or category. Else a complaint whose
       every problem noun is negated and whose rest names no problem ("seit Jahren kein
       Problem", "nunca tive problema", negated_problem.py) is praise with a track record or
       thanks, otherwise other. So is one whose "can't" is eagerness ("can't wait to try it",
       "sans pouvoir m'empêcher de sourire", eager.py) when the rest names no problem: other.
       And "other" that says a charge of too much ("prélevé 30€ de trop", charges.py) is a minor
       billing complaint.
    3. Stranded is major: a minor complaint of hours held on the tarmac ("4 horas en pista con
       dos niños", tarmac_hold.py) or of being bumped at night ("overbooked, bumped with my 2
       kids at 11pm", denied_boarding.py); not where the text is positive and not ironic ("...
       but the crew were lovely").
    4. The harm signal, judged as if sarcasm were said literally (its thanks are not meant). A
       harm (not self-harm) told by counsel for a client ("in qualità di legale del sig. D., vostro
       rider investito il 3/11") is elevated, not severe: told after the fact, legal owns it (counsel.py).
    5. A question reporting a severe harm is a complaint: "insulin in the bag you LOST, 2 pens
       left for 5 days, can anyone answer??" is a harm happening now, not a how-to.
    6. A rant round a harm (not self-harm) is a complaint: in "ihr Vollidioten, im Essen war
       Glas" the insult is heat round a problem to act on; major when the harm is severe, as a
       calm report of it would be.
    7. Praise round a harm with a slow clap (or, round a severe harm, scare quotes) is sarcasm:
       "Toll, 'nussfrei' ... Danke für nix 👏" is never thanks for how a harm was handled.
    8. No harm, and the fraud word was a verdict on a price ("15 € a month for a metal card,
       that's a scam", harm_figures.py): a billing grumble, minor, not major.
    9. No harm, and a major complaint whose only major part is a display glitch, however long
       ("die App zeigt seit Tagen mein Datenvolumen nicht an", display_glitch.py): minor.
    10. No harm, and a major complaint that is major only by a compared price ("I paid twice as
       much as my neighbour", charges.py), not a double charge: minor.
    """
    # Every reading, of the whole and of its parts, knows whether the brand is known (aimless.py).
    read = partial(analyse, brand_known=brand_known)
    low = norm.clean.lower()  # what the phrase checks below read (lower-case patterns, no IGNORECASE)
    analysis = read(norm, guess)
    if analysis.intent == "praise" and (request := without_request_thanks(norm)) is not None:  # 1
        again = read(request, guess)
        if again.intent in ("complaint", "rant", "question"):
            analysis = again
    record = analysis_record(analysis)
    part_intent = lambda part: read(part, guess).intent  # noqa: E731 - read twice below
    if (
        record.intent == "complaint" and (never_failed_praise(norm, part_intent) or team_praise(norm, part_intent))
    ) or (
        # "seit 5 Jahren nie enttäuscht, das beste Netz": the model reads the boast as nothing at all
        record.intent == "other" and never_failed_praise(norm, part_intent)
    ):  # 2
        record.intent, record.severity, record.category = "praise", None, None
        record.label, record.score = "positive", abs(record.score)
    elif record.intent == "complaint" and (free := problem_free(norm, lambda part: read(part, guess))):  # 2
        record.intent, record.severity, record.category = free, None, None
        record.label, record.score = ("positive", abs(record.score)) if free == "praise" else ("neutral", 0.0)
    elif record.intent == "complaint" and eager_not_complaint(norm, lambda part: read(part, guess)):  # 2
        # "sin poder esperar a probarlo!", "não consigo parar de sorrir": excitement, not a failure (eager.py)
        record.intent, record.severity, record.category = "other", None, None
        record.label, record.score = "neutral", 0.0
    elif (
        record.intent in ("complaint", "rant")
        and (rest := after_second_chance(norm.clean)) is not None
        and read(normalise(rest), guess).intent == "praise"
    ):  # 2: "broke my wheelchair last year ... gave them another go: brilliant" (second_chance.py)
        record.intent, record.severity, record.category = "praise", None, None
        record.label, record.score = "positive", abs(record.score)
    elif record.intent == "complaint" and record.irony < SARCASM_IRONY and process_timing_question(norm.clean):  # 2
        # "requested a refund ..., how long does it usually take?": a question for an FAQ (process_timing.py)
        record.intent, record.severity, record.category = "question", None, None
    elif (record.intent in ("question", "other") and paid_for_question(norm.clean)) or (
        record.intent == "praise" and not _ANGER.isdisjoint(norm.emojis) and _THANKS.isdisjoint(norm.tokens)
    ):  # 2
        # "is this what the 'service fee' is for?? 😂": a verdict put as a question (paid_for.py);
        # "die Crew hat meine Freundin aus dem Flieger geworfen ... 😡": anger is no praise, whatever a
        # small model read in the words (thanks beside it may be for a fix after the anger).
        record.intent, record.severity = "complaint", "minor"
        record.category = record.category or "other"
        record.label, record.score = "negative", -abs(record.score)
    elif record.intent == "complaint" and record.severity == "minor" and own_typo_request(low):  # 2
        # "need 2 change a name typo on my ticket (Jaz not Jazz 🙃)": a request for an agent (own_typo.py)
        record.intent, record.severity, record.category = "question", None, None
        record.label, record.score = "neutral", 0.0
    elif record.intent == "complaint" and record.severity == "minor" and served_hot(low):  # 2
        # "rider at my door at 12:09 with the ramen still too hot to eat 🔥🍜 unreal" (served_hot.py)
        record.intent, record.severity, record.category = "praise", None, None
        record.label, record.score = "positive", abs(record.score)
    elif record.intent in ("praise", "other") and missed_occasion(low, record.intent == "praise"):  # 2
        # "agora diz entrega a 27/12 😭 era para a consoada!!": the one day it was for, missed (missed_occasion.py)
        record.intent, record.severity, record.category = "complaint", "minor", "delivery"
        record.label, record.score = "negative", -abs(record.score)
    elif record.intent == "other" and charged_extra(norm.tokens):  # 2
        # "vous m'avez prélevé 30€ de trop": a disputed charge, however calmly said (charges.py)
        record.intent, record.severity, record.category = "complaint", "minor", "billing"
        record.label, record.score = "negative", -abs(record.score)
    if (
        record.intent == "complaint"
        and record.severity == "minor"
        and (record.label != "positive" or record.irony >= SARCASM_IRONY)
        and (held_on_tarmac(low, norm.tokens) or stranded_by_denied_boarding(low))
    ):  # 3
        record.severity = "major"
    sarcastic = record.irony >= SARCASM_IRONY or not _SARCASM_CUES.isdisjoint(record.cues)
    harm = detect_harm(norm, lang, brand_known=brand_known, sarcastic=sarcastic)  # 4
    if harm.kind is None and (report := report_before_plea(norm.clean)) is not None:
        # "... was left alone at the gate, can someone call me?": the report, read without its plea
        harm = detect_harm(normalise(report), lang, brand_known=brand_known, sarcastic=sarcastic)
    if harm.kind is not None and self_declared_parody(norm):  # a parody's joke harms no one: core/parody.py
        harm = HarmSignal(None, None, 0.0, harm.cues)
    if (harm.kind == "physical_safety" and {"kill", "danger"}.issuperset(harm.cues) and killed_by_delight(low)) or (
        harm.kind == "vulnerable_person" and {"disability"}.issuperset(harm.cues) and aid_back_intact(low)
    ):
        # "literally killed me 💀 10/10 would die again", "had my chair at the door, undamaged": praise
        # that harm words made look like harm (core/harm_praised.py)
        harm = HarmSignal(None, None, 0.0, harm.cues)
    if lang == "en" and loose_alarm(norm, harm.kind, harm.cues, brand_known):
        # "killed the game", "DM us your card number", "5 months pregnant and delayed": a harm word
        # used loosely, no harm (core/harm_loose.py).
        harm = HarmSignal(None, None, 0.0, harm.cues)
    if harm.kind in (None, "health", "vulnerable_person") and device_down(
        low, lambda: concept_groups(harm_tokens(norm, lang), lang)
    ):  # a pacemaker monitor offline in the outage (core/harm_acts.py): a device someone depends on, down
        harm = _severe(harm, harm.kind or "health", "device_down")
        if record.intent in ("praise", "other"):  # thanked politely, still down now: no praise of handling
            record.intent, record.severity, record.category = "complaint", "major", "outage"
    elif harm.kind in (None, "fraud", "data_exposure") and details_phished(low):
        # card number + CVV typed into a lure's link: in a scammer's hands now (core/harm_acts.py)
        harm = _severe(harm, "fraud", "phished")
    elif harm.kind in (None, "data_exposure", "fraud") and survivor_exposed(low):
        # "I'm in a refuge ... he can see every card payment incl where I am" (core/harm_acts.py)
        harm = _severe(harm, "physical_safety", "survivor_exposed")
    elif (
        harm.kind in (None, "fraud", "vulnerable_person") and harm.severity != "severe" and money_taken_by_another(low)
    ):
        # "someone has been taking money from my disabled brother's account" (core/harm_acts.py)
        harm = _severe(harm, "fraud", "money_taken")
    elif harm.kind in (None, "fraud") and harm.severity != "severe" and "fraud" in harm.cues and scam_loss(low):
        # "texts going round 'a new payee was added' ... my dad called the number and lost £2,300"
        harm = _severe(harm, "fraud", "scam_loss")
    elif harm.kind is None and injured_by_service(low):
        # "the drinks trolley was pushed into my wife's ankle ... a hairline fracture" (core/harm_acts.py)
        harm = _severe(harm, "physical_safety", "injured_by_service")
    elif (
        harm.kind in (None, "data_exposure", "physical_safety")
        and harm.severity != "severe"
        and (pursued_by_staff(low) or address_posted(low))
    ):
        # "the rider ... has been texting my number ... I'm alone in the flat, shaking", a stranger
        # posting her home address (core/harm_pursued.py): where she is, in someone's reach now
        harm = _severe(harm, "physical_safety", "pursued")
    elif harm.kind in (None, "self_harm") and harm.severity != "severe" and despair_signs(low):
        # "might just disappear ... not like anyone would notice", "can't do this anymore, sorry for
        # everything" (core/harm_goodbye.py): two despair signs, the writer's or a friend's
        harm = _severe(harm, "self_harm", "despair_signs")
    elif harm.kind in (None, "fraud") and harm.severity != "severe" and (paid_to_a_ghost(low) or money_mule(low)):
        # a deposit sent for a flat that does not exist, an account lent to pass money on (core/harm_scams_told.py)
        harm = _severe(harm, "fraud", "scam_told")
    elif harm.kind in (None, "fraud", "vulnerable_person") and harm.severity != "severe" and fraud_told(low):
        # a SIM got on the writer's number, a loan in their name, a romance scam paid, a transfer they
        # never authorised (core/harm_fraud_told.py)
        harm = _severe(harm, "fraud", "fraud_told")
    elif harm.kind in (None, "health") and harm.severity is None and food_tampered(low):
        # a meal's seal ripped open and the straw already used (core/harm_tampered.py): nobody ill yet,
        # but someone else had it in their hands or mouth
        harm = HarmSignal("health", "elevated", max(harm.score, 1.0), (*harm.cues, "tampered"))
    if harm.kind not in (None, "self_harm") and record.intent == "praise" and past_harm_praised(low):
        # "after the nut thing last year ... the allergen filter is now brilliant" (past_harm.py)
        harm = HarmSignal(None, None, 0.0, harm.cues)
    if harm.severity == "severe" and harm.kind != "self_harm" and writes_for_a_client(norm):  # 4
        # Counsel tells a client's harm after the fact: not happening now, legal owns it (core/counsel.py).
        harm = HarmSignal(harm.kind, "elevated", harm.score, harm.cues)
    if (
        (harm.kind not in (None, "self_harm") or record.intent == "complaint")
        and _ASKED_AFTER_ACT.isdisjoint(harm.cues)  # "he checks every expense, I'm afraid ... can I open one?"
        and "?" in norm.clean
        and asked_before(norm, concept_groups(harm_tokens(norm, lang), lang))
    ):  # 4b (core/asked_before.py)
        # "minha filha de 14 anos pode viajar sozinha?", "la salsa contiene arachidi? mia figlia è
        # allergica": a question about a policy or an ingredient, nothing happened; no harm, a question.
        harm = HarmSignal(None, None, 0.0, harm.cues)
        record.intent, record.severity, record.category = "question", None, None
        record.label, record.score = "neutral", 0.0
    if harm.kind is not None:
        record.harm, record.harm_severity, record.harm_score = harm.kind, harm.severity, harm.score
        if record.intent == "question" and harm.severity == "severe":  # 5
            record.intent = "complaint"
        elif record.intent == "rant" and harm.kind != "self_harm":  # 6
            record.intent = "complaint"
            record.severity = "major" if harm.severity == "severe" else "minor"
        if (
            record.intent == "praise"
            and record.irony < SARCASM_IRONY
            # Quotes alone are too common in sincere stories ("let him 'help' with the demo").
            and (sarcasm_sign(norm, quotes=harm.severity == "severe") or laughed_off_harm(norm))
        ):  # 7 (a laugh and nobody handling it: core/laughed_harm.py)
            record.irony = SARCASM_IRONY
            record.cues = [*record.cues, "irony"]
    elif record.severity == "major" and harm.price_verdict:  # 8
        record.severity = "minor"
    elif (
        record.severity == "major"
        and record.intent == "complaint"
        and only_a_long_display_glitch(norm, lambda part: read(part, guess).severity)
    ):  # 9
        record.severity = "minor"
    elif (
        record.severity == "major"
        and record.intent == "complaint"
        and only_a_price_compared(norm.tokens, lambda part: read(normalise(part), guess).severity)
    ):  # 10
        record.severity = "minor"
    return record, harm
