"""The routing rules language: rules as data, validated at load, compiled to plain Python.

Operators edit a YAML rules file (default: ``mentionflow/data/rules.yaml``, whose header
documents the format). ``load_rules`` validates all of it up front and names the line of
every problem, then precompiles each condition, so routing does no parsing, no regex
compilation and no allocation beyond its result.

    yaml_lines   YAML parsed into plain values that keep their line numbers
    errors       RulesError (file, line, reason) and the context that raises it
    fields       the facts a rule can test: kind, allowed values, nullable
    conditions   ``when`` checked against the fields, compiled to a tuple tree (RE2 regexes)
    matcher      a rule list's conditions generated as one Python function
    scoring      the eight score factors and the weighted score with its breakdown
    model        Queue, Rule, Rules (what routing reads)
    loading      load_rules / parse_rules: one function per section of the file

``mentionflow.core.route`` applies the rules to one mention's facts.
"""

from mentionflow.core.rules.conditions import (
    MAX_CONDITION_DEPTH,
    MAX_IN_VALUES,
    MAX_PATTERN_CHARS,
    OPERATORS,
    Condition,
)
from mentionflow.core.rules.errors import RulesError
from mentionflow.core.rules.fields import KNOWN_FIELDS, Facts
from mentionflow.core.rules.loading import (
    DEFAULT_SLA,
    MAX_FILE_BYTES,
    MAX_RULES,
    MAX_SLA_S,
    MAX_WEIGHT,
    load_rules,
    parse_rules,
)
from mentionflow.core.rules.model import PRIORITY_RANK, Queue, Rule, Rules
from mentionflow.core.rules.scoring import FACTORS, priority_score

__all__ = [
    "DEFAULT_SLA",
    "FACTORS",
    "KNOWN_FIELDS",
    "MAX_CONDITION_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_IN_VALUES",
    "MAX_PATTERN_CHARS",
    "MAX_RULES",
    "MAX_SLA_S",
    "MAX_WEIGHT",
    "OPERATORS",
    "PRIORITY_RANK",
    "Condition",
    "Facts",
    "Queue",
    "Rule",
    "Rules",
    "RulesError",
    "load_rules",
    "parse_rules",
    "priority_score",
]
