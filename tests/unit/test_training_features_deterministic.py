"""The training features do not depend on the string hash seed: the lexicon valence sums run in
text order (a set's order follows PYTHONHASHSEED, so the sums' last bits, and through the optimiser
the trained weights, changed from run to run: `train_sentiment` was not reproducible)."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
from mentionflow.core.features import _lexicon_valence
words = [f"w{i}" for i in range(40)]
lexicon = {w: 0.1 + i / 7.0 for i, w in enumerate(words)}
lexicon.update({f"n{i}": -(0.3 + i / 11.0) for i in range(40)})
tokens = tuple(x for pair in zip(words, (f"n{i}" for i in range(40))) for x in pair)
print(repr(_lexicon_valence(tokens, lexicon)))
"""


def test_lexicon_valence_sums_are_the_same_under_any_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
        outputs.add(run.stdout.strip())
    assert len(outputs) == 1, outputs
