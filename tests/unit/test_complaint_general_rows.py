"""`train_complaint.general_negatives`: general tweets from shared TRAIN / validation splits only,
as weak "not a complaint" rows (test splits are for reporting and never read)."""

from __future__ import annotations

from pathlib import Path

from mentionflow.tools import train_complaint as tc


def _shared(tmp_path: Path) -> Path:
    umsab = tmp_path / "umsab_multilingual_sentiment" / "english"
    umsab.mkdir(parents=True)
    (umsab / "train_text.txt").write_text("exams all week and no sleep\ncaf\\u00e9 queue again\n", "utf-8")
    (umsab / "val_text.txt").write_text("the senate vote was a farce\n", "utf-8")
    (umsab / "test_text.txt").write_text("a tweet from the TEST split\n", "utf-8")
    te = tmp_path / "tweeteval"
    (te / "irony").mkdir(parents=True)
    (te / "sentiment_val.csv").write_text("text,label,label_name\nrainy sunday on the sofa,1,neutral\n", "utf-8")
    (te / "sentiment_test.csv").write_text("text,label,label_name\nanother TEST split tweet,0,negative\n", "utf-8")
    (te / "irony" / "train_text.txt").write_text("love being stuck in traffic for two hours\n", "utf-8")
    (te / "irony" / "test_text.txt").write_text("irony TEST split tweet\n", "utf-8")
    return tmp_path


def test_general_rows_come_from_train_and_val_splits_only(tmp_path: Path) -> None:
    rows = tc.general_negatives(_shared(tmp_path))
    texts = {r.text for r in rows}
    assert "exams all week and no sleep" in texts
    assert "café queue again" in texts  # UMSAB's \\uXXXX escapes decoded
    more = {"the senate vote was a farce", "rainy sunday on the sofa", "love being stuck in traffic for two hours"}
    assert more <= texts
    assert not any("TEST" in t for t in texts)
    assert {r.complaint for r in rows} == {0}
    assert {r.domain for r in rows} == {tc.GENERAL_DOMAIN}


def test_general_rows_skip_texts_already_hand_labelled(tmp_path: Path) -> None:
    hand = [tc.ComplaintExample("Exams all week and no sleep ", 0, "semeval_train", "umsab_english_train", "0")]
    texts = {r.text for r in tc.general_negatives(_shared(tmp_path), hand)}
    assert "exams all week and no sleep" not in texts
    assert "the senate vote was a farce" in texts


def test_general_rows_are_off_in_the_shipped_fit() -> None:
    # Measured s18: they lift the general-tweet folds but demote short plain care complaints.
    assert tc.GENERAL_WEIGHT == 0.0
    assert tc._general_rows([], []) == ([], [], [])
