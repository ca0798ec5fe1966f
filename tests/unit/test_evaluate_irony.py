"""The irony-only evaluation (tools/evaluate_irony.py) on a few written mentions, no shared data."""

from __future__ import annotations

from mentionflow.core.textmodels import load_text_models
from mentionflow.tools.evaluate_irony import MARKER_HASHTAGS, irony_figures


def test_marker_hashtags_are_the_collection_tags_only() -> None:
    assert MARKER_HASHTAGS.sub("", "great, another delay #not #Sarcasm #travel").split() == [
        "great,",
        "another",
        "delay",
        "#travel",
    ]
    assert MARKER_HASHTAGS.sub("", "#nothing to add, #notebook sold out") == "#nothing to add, #notebook sold out"


def test_irony_figures_rank_sarcasm_above_plain_praise() -> None:
    models = load_text_models()
    assert models is not None
    texts = [
        "Oh great, my flight got cancelled again... just love spending 6 hours at the gate",
        "Yay, another 2 hour wait on hold. Absolutely love it!!",
        "The crew on my flight today were lovely, thank you",
        "Refund arrived this morning, thanks for sorting it",
    ]
    fig = irony_figures(texts, [1, 1, 0, 0], models)
    assert fig["n"] == 4 and fig["ironic"] == 2
    assert fig["auc"] == 1.0
    assert fig["at_route_threshold"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
