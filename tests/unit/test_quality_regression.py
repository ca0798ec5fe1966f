"""Quality regression on the shared real data (skips cleanly when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentionflow.tools.evaluate import RATED_ROW, TARGET_ACCURACY, TARGET_MACRO_F1, run_evaluation
from shared_data import shared_data_dir


def _data_dir() -> Path:
    return shared_data_dir()


@pytest.fixture(scope="module")
def figures() -> dict:
    # Quality only: the speed figure is machine-dependent and lives in docs/quality.md.
    return run_evaluation(_data_dir(), None, baselines=False, timing=False, extra_sets=True)


def test_airline_held_out_targets(figures: dict) -> None:
    m = figures["airline"]["model"]
    assert m["n"] > 2500
    assert m["accuracy"] >= TARGET_ACCURACY, m["accuracy"]
    assert m["macro_f1"] >= TARGET_MACRO_F1, m["macro_f1"]


def test_other_sets_beat_vader_reference(figures: dict) -> None:
    # VADER-only reference figures from the shared data READMEs: 0.530 tweeteval, and
    # ~0.49 on airline; our model must stay clearly above them out of domain too.
    assert figures["tweeteval"]["model"]["accuracy"] > 0.55
    assert figures["sentiment140"]["model"]["accuracy"] > 0.65


def test_category_macro_f1_reported(figures: dict) -> None:
    cat = figures["airline"]["category"]
    assert cat["n"] > 1500
    assert cat["macro_f1"] > 0.3


# Floors: the measured figures of this model (docs/quality.md) minus a small margin.
UMSAB_MACRO_F1_FLOOR = {"es": 0.51, "fr": 0.56, "de": 0.57, "it": 0.53, "pt": 0.57, "en": 0.56}


def test_other_languages_are_scored_and_beat_the_floor(figures: dict) -> None:
    for lang, floor in UMSAB_MACRO_F1_FLOOR.items():
        f = figures["umsab"][lang]
        assert f["supported_share"] > 0.95, (lang, f["supported_share"])
        assert f["model"]["macro_f1"] >= floor, (lang, f["model"]["macro_f1"])


def test_irony_f1_on_its_test_split(figures: dict) -> None:
    assert figures["irony"]["at_route_threshold"]["f1"] >= 0.63
    assert figures["irony"]["at_route_threshold"]["precision"] >= 0.6


def test_intensity_tracks_valence_without_losing_the_labels(figures: dict) -> None:
    r = figures["intensity"]
    # 2026-12-07: the English blend weight is tuned on VADER's compound as a teacher (0.5 -> 0.85):
    # the target is people's ratings of general tweets, where VADER reaches r 0.87-0.88. The
    # ordinal labels and our own ratings favour the class margin and dropped (s140 0.729 -> 0.677,
    # tweeteval 0.555 -> 0.499, ours 0.675 -> 0.547; VADER itself 0.643 / 0.459 / 0.469).
    assert r["tweeteval test: VADER compound"]["mentionflow"] >= 0.94
    assert r["sentiment140 test: ordinal"]["mentionflow"] >= 0.66
    assert r["tweeteval test: ordinal"]["mentionflow"] >= 0.48
    # Our own human ratings, test half: never below VADER's compound on them (0.469).
    assert r[RATED_ROW]["mentionflow"] >= 0.53


def test_complaint_detection_across_domains(figures: dict) -> None:
    c = figures["complaints"]
    assert c["airline (held-out split)"]["model"]["macro_f1"] >= 0.82
    assert c["CrowdFlower Apple"]["model"]["macro_f1"] >= 0.82
    assert c["sentiment140 (general tweets)"]["model"]["macro_f1"] >= 0.70
    twcs = [v["model"]["macro_f1"] for k, v in c.items() if k.startswith("TWCS")]
    assert len(twcs) == 4 and sum(twcs) / 4 >= 0.72, twcs


def test_complaint_leave_one_domain_out(figures: dict) -> None:
    # Hand labels (tests/data/complaint_labels.csv), each domain held out in turn. 2026-12-04:
    # rules 0.735, shipped (rules settled by the complaint model, promote only) 0.743 over 14 domains.
    c = figures.get("complaint_lodo")
    if not c:
        pytest.skip("scikit-learn or the complaint labels' sources absent")
    assert len(c["domains"]) >= 12
    # 2026-12-05: shipped 0.744 (promote 0.6, demote polarity-only complaints at 0.3; rows from
    # the sentiment140 / tweeteval TEST splits no longer fitted on in any fold: 0.749 with them).
    # 2026-12-06: shipped 0.760 mean / 0.787 pooled (promote / demote at 0.5, complaints naming a
    # problem or a wait demoted at 0.3, information requests promoted at 0.8; it was 0.745 / 0.768).
    # 2026-12-07 (s17): 0.764 / 0.788 (wished fixes and hopes for a fix are complaints; short
    # chatty English is detected as English). Demoting rants with no @handle gave 0.790 pooled
    # but is wrong on a brand's stream (every mention names the brand): not shipped
    # (train_complaint.DEMOTE_RANT).
    # 2026-12-07 (s18-lodo2): 0.768 / 0.796 (irony firm only about something; a polarity-only
    # complaint from no one to no one with no verdict word is a report; venting at the dentist or
    # the mosquitoes is an everyday gripe: tweeteval 0.507 -> 0.531, sentiment140 0.707 -> 0.736,
    # apple_crowd 0.806 -> 0.812).
    # 2026-12-07 (s19-lodo3): 0.773 / 0.803 (a complaint about public affairs is none unless it
    # tells someone of a named failure; an information request naming a problem is promoted at
    # `promote`: tweeteval 0.531 -> 0.559, sentiment140 0.736 -> 0.746, electronics 0.805 -> 0.821,
    # gaming 0.811 -> 0.819, no fold down).
    # 2026-12-07 (s19-lodo4): 0.776 / 0.807 (venting about one's own life, an exam, a fever, insect
    # bites, with no product or brand in it, is no complaint; irony in a post with nothing negative
    # read, said to no one, neither keeps nor protects a complaint: sentiment140 0.746 -> 0.778,
    # tweeteval 0.559 -> 0.563, no fold down).
    # 2026-12-07 (s20-lodo): 0.785 / 0.816 (a reply closing a thread, a bare "no" or a fix confirmed,
    # is none; a headline with its link naming a problem in the third person is news; an enquiry
    # asking why / for the reason / again / for a refund is promoted at `promote`: software 0.760 ->
    # 0.789, electronics 0.821 -> 0.841, gaming 0.819 -> 0.848, retail 0.755 -> 0.765, streaming
    # 0.766 -> 0.791; finance 0.794 -> 0.756: two rows at P 0.50 / 0.30 moved by the refitted folds).
    # Fresh check (200 tweets hand-labelled before any output was read, tuned on by no one): 0.799 -> 0.809.
    assert c["mean"]["settled"] >= 0.783 and c["mean"]["settled"] > c["mean"]["rules"]
    assert c["pooled"]["settled"] >= 0.814
    fresh = c.get("fresh")
    if fresh:
        assert fresh["n"] == 200 and fresh["settled"] >= 0.80, fresh["settled"]


def test_harm_held_out_floor() -> None:
    # Held-out split of the labelled harm set with the real airline/TWCS rows; a floor only moves up.
    # 2026-12-03: recall 0.914, precision 0.732. 2026-12-04 (batch 8, features, retrained): recall
    # 0.985, precision 0.796 on the whole split (502); on the 406 rows of the earlier split alone
    # recall 0.980, precision 0.856.
    from mentionflow.tools.evaluate_harm import harm_split, load_harm_set, score_rows

    _, test = harm_split(load_harm_set(_data_dir()))
    overall = score_rows(test)["overall"]
    # 2026-12-04 (s6): the split keeps translations and paraphrase families on one side (275 of
    # the old 502 test rows had a translation or paraphrase in training), and 1,693 real tweets
    # that pass the gate were labelled (428 of them in the test split, 20 harm): on the new split
    # the shipped model reads recall 0.955, precision 0.412 (1,003 rows). Precision fell because
    # real tweets, not because the model changed.
    # 2026-12-05 (s9): praise of handling, how-to questions, plans and a few everyday senses are
    # no harm by rule (core/harm_frames.py): recall 0.955, precision 0.479 (was 0.471; s10-harm merge).
    # 2026-12-06 (s12-harm): free-from products, cover, despair context, 'disabled', others' data
    # named, fear/danger/pain/kill with no link to a service: recall 0.955, precision 0.521.
    # 2026-12-07 (s17): threats, near misses, frames (policy questions, the fraud desk, a hospital as
    # payee), person-only mentions need the model's doubt cut, asides: recall 0.963, precision 0.724.
    # 2026-12-07 (s18-harmp): chatter with no brand (the '@user' placeholder, news tickers, personal
    # anecdotes), fraud words said of the brand or a refund, medical paperwork and funeral trips:
    # recall 0.963, precision 0.764.
    # 2026-12-07 (s18-harmp2): figures and all-is-well mentions (core/harm_routine.py), children only
    # named as witnesses need a higher cut (0.6, chosen on the training split): recall 0.963, precision 0.782.
    # 2026-12-07 (s18-harmp3): harm words said of a thing (core/harm_figurative.py: an app that crashed,
    # money lit on fire, the seatbelt sign, 'it's worthless'), children only witnesses: training false
    # alarms (en) 106 -> 93; held-out unchanged, recall 0.963, precision 0.7845.
    # 2026-12-07 (s19-harmp4): English precision (chatter with no brand, 'sick' said of a thing, a reset
    # asked for, a card number handled, children in company, everyday senses, verdicts): en P 0.589 ->
    # 0.654 at unchanged R 0.912; overall recall 0.963, precision 0.823.
    assert overall["recall"] >= 0.96 and overall["precision"] >= 0.82, overall
