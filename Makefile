# Two commands on a fresh machine: `make graph` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INPUT ?= seeds
OUT ?= output

.PHONY: graph test bench eval train clean

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

# `make eval`: the annotation counts, the agreement of the twice-annotated
# articles, then extraction scored on the test split from segmented and from raw
# input (the last line is the summary). `make eval ARGS="--errors"` lists every
# error; any `kg eval` option goes in ARGS.
ARGS ?=

eval: $(BIN)/kg
	$(BIN)/kg eval --stats
	$(BIN)/kg eval --agreement
	$(BIN)/kg eval --segmented-input $(ARGS)
	$(BIN)/kg eval --raw-input $(ARGS)

# `make train`: rebuild the shipped entity tagger (kg/data/ner.crfsuite and
# kg/data/known_names.tsv) from the train split, bit for bit; dev scores printed.
# `make train ARGS=--curve` adds the learning curve at 25 and 50 % of train.
train: $(BIN)/kg
	$(BIN)/python -m kg.training $(ARGS)

# `make bench CORPUS=path.jsonl BENCH_ARGS="--repeat 10 --workers 2 --profile"`:
# the whole build and each stage against the peer (without the corpus the script
# synthesises one), the raw-text path against the segmented one, and the RDF
# export and shipped queries on a 1M-triple graph, and the HTML explorer in Chromium
# (a 100,000-entity page against its 3 s budget, screenshots of the seeds and the
# corpus); then bench/scale.py builds the corpus 1 and 10 times over
# (SCALE_ARGS="--multipliers 1 10 100 --phases" for 62,800 articles): peak memory and
# where it goes phase by phase, one worker against two, --update against a rebuild.
# Results in bench-results/.
CORPUS ?= ../shared/corpora/vietnamese-mds/articles.jsonl
BENCH_ARGS ?=
SCALE_ARGS ?= --multipliers 1 10 --phases

$(VENV)/.bench-deps: $(BIN)/kg
	$(BIN)/pip install --quiet -e '.[bench]'
	touch $@

bench: $(VENV)/.bench-deps
	$(BIN)/python bench/run.py --corpus $(CORPUS) $(BENCH_ARGS)
	if [ -f $(CORPUS) ]; then $(BIN)/python bench/raw.py --corpus $(CORPUS); fi
	if [ -f $(CORPUS) ]; then $(BIN)/python bench/tagger.py --corpus $(CORPUS); fi
	$(BIN)/python bench/rdf.py --out bench-results/rdf
	$(BIN)/python bench/explorer.py --corpus $(CORPUS) --out bench-results
	if [ -f $(CORPUS) ]; then $(BIN)/python bench/scale.py --corpus $(CORPUS) $(SCALE_ARGS); fi

clean:
	rm -rf $(VENV) $(OUT)/*
