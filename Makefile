# Two commands do all the set-up on a fresh clone: `make extract` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install extract test bench evaluate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(BIN)/foi extract data/raw --out data/processed --corrections data/corrections

test: $(STAMP)
	$(BIN)/pytest

# Score the examples in data/raw against their gold files in data/gold (extracts first).
evaluate: extract
	$(BIN)/foi evaluate --gold data/gold --pred data/processed

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf data/processed/*
