# mentionflow developer / CI entry points. `make test` is the README test command and what
# .ci/run executes. Recipes use bash (pipefail, traps).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# Re-install when pyproject.toml changes; otherwise `venv` is a no-op.
STAMP  := $(VENV)/.installed
# Local single-node Kafka (KRaft) control; see src/mentionflow/tools/kafka_local.py.
KAFKA  := $(BIN)/python -m mentionflow.tools.kafka_local
PYTEST_ARGS ?=

.PHONY: venv kafka-start kafka-stop kafka-status test demo lint nemesis rebalance-stats

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "python3.11 / python3 not found" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

kafka-start: venv
	$(KAFKA) start

kafka-stop:
	@if [ -x $(BIN)/python ]; then $(KAFKA) stop; else echo "kafka: no venv, nothing to stop"; fi

kafka-status: venv
	$(KAFKA) status

# Start Kafka (unless one already runs), run pytest, stop the broker *if this target started it*
# even when pytest fails or make is interrupted; pytest's exit code is the target's (5, "no tests
# collected", counts as a failure).
test: venv
	@started=0; \
	stop_if_started() { if [ "$$started" = 1 ]; then $(KAFKA) stop || true; fi; }; \
	trap stop_if_started EXIT; trap 'exit 130' INT; trap 'exit 143' TERM; \
	if ! $(KAFKA) status >/dev/null; then started=1; $(KAFKA) start; fi; \
	mkdir -p var; \
	echo "bench smoke: mentionflow bench --quick (full table: var/bench-quick.log)"; \
	$(BIN)/mentionflow bench --quick --json var/bench-quick.json >var/bench-quick.log 2>&1 \
	  || { tail -n 30 var/bench-quick.log; exit 1; }; \
	$(BIN)/pytest $(PYTEST_ARGS)

demo: venv
	$(BIN)/mentionflow demo

lint: venv
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

# The long randomised nemesis (tests/faults/test_nemesis.py; CI runs a 75 s one):
# NEMESIS_S seconds of seeded faults against 2 workers; NEMESIS_SEED=N replays a schedule.
NEMESIS_S ?= 600
nemesis: venv
	MENTIONFLOW_NEMESIS_S=$(NEMESIS_S) MENTIONFLOW_NEMESIS_SEED=$(NEMESIS_SEED) \
	  $(BIN)/pytest tests/faults/test_nemesis.py::test_nemesis -s -p no:cacheprovider $(PYTEST_ARGS)

# Loss statistics over REBALANCE_RUNS join+leave rebalances (docs/reliability.md).
REBALANCE_RUNS ?= 50
rebalance-stats: venv
	MENTIONFLOW_REBALANCE_RUNS=$(REBALANCE_RUNS) \
	  $(BIN)/pytest tests/faults/test_nemesis.py::test_repeated_rebalances -s -p no:cacheprovider $(PYTEST_ARGS)
