# Two commands on a fresh machine: `make graph` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INPUT ?= seeds
OUT ?= output

.PHONY: graph test bench clean

$(BIN)/kg: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: $(BIN)/kg
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

graph: $(BIN)/kg
	$(BIN)/kg build $(INPUT) --out $(OUT)

test: $(VENV)/.test-deps
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(OUT)/*
