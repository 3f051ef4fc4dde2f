# Etebar's developer entry points. `make run` for the demo, `make test` for what CI runs.
#
# The virtualenv is a file target: it is made once with $(PYTHON), and the project is installed
# into it again only when pyproject.toml changes (the stamp files below). `make test` installs
# the dev extras too. PYTEST_ARGS passes extra arguments to pytest (.ci/run uses it for a report).

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test lint bench bench-abuse bench-loyalty schema clean

run: $(VENV)/.installed
	$(BIN)/etebar migrate
	$(BIN)/etebar seed-demo
	exec $(BIN)/etebar serve

# pytest exits 5 when it collected no test; make stops on any non-zero exit, so that fails too.
test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(VENV)/.installed-dev
	$(BIN)/python -m tests.bench.ledger

# Starts its own `etebar serve` on 127.0.0.1 against a database of its own (about a minute).
bench-abuse: $(VENV)/.installed-dev
	$(BIN)/python -m tests.bench.abuse

bench-loyalty: $(VENV)/.installed-dev
	$(BIN)/python -m tests.bench.loyalty

schema: $(VENV)/.installed
	$(BIN)/python -c 'import pathlib, etebar.domains.compose as c; pathlib.Path("schema.graphql").write_text(c.export_sdl())'

# Keeps var/ (the embedded database and the demo token): delete it by hand to start afresh.
clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[dev]'
	touch $@ $(VENV)/.installed
