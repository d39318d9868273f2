"""A spaCy entity recogniser trained from scratch on the same sentences as the CRF.

The gold's labelled sentences (syllables, offsets, B/I/O labels) become spaCy
``Doc`` objects in a ``DocBin``; spaCy's own ``train`` fits a small
tok2vec + NER pipeline on the train split and picks the best step on dev; the
result is scored with :func:`kg.training.ner.evaluate_tagger` through
:class:`SpacyTagger`, so both recognisers are measured by one scorer.

``python -m kg.training.spacy_ner --out DIR`` trains, saves the pipeline in
``DIR`` and prints dev scores, training time, tagging speed and model size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kg.tagger.tagger import OUTSIDE, spans_from_labels
from kg.training.ner import LabelledSentence, TaggerScore, evaluate_tagger, labelled_sentences

SEED = 0

# A blank Vietnamese pipeline whose tokenizer splits on whitespace (no pyvi),
# a hashed-embedding tok2vec without vectors, and a transition-based NER. The
# corpora keep the stored syllables as tokens (``gold_preproc``): re-tokenising
# the text on whitespace would glue "Putin," into one token and lose the name.
CONFIG = """
[paths]
train = null
dev = null
vectors = null
init_tok2vec = null

[system]
gpu_allocator = null
seed = 0

[nlp]
lang = "vi"
pipeline = ["tok2vec", "ner"]
batch_size = 1000
disabled = []
before_creation = null
after_creation = null
after_pipeline_creation = null

[nlp.tokenizer]
@tokenizers = "spacy.vi.VietnameseTokenizer"
use_pyvi = false

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [5000, 1000, 2500, 2500]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100
incorrect_spans_key = null

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${components.tok2vec.model.encode.width}
upstream = "*"

[components.ner.scorer]
@scorers = "spacy.ner_scorer.v1"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${paths.train}
max_length = 0
gold_preproc = true
limit = 0
augmenter = null

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${paths.dev}
max_length = 0
gold_preproc = true
limit = 0
augmenter = null

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${system.seed}
gpu_allocator = ${system.gpu_allocator}
dropout = 0.1
accumulate_gradient = 1
patience = 800
max_epochs = 0
max_steps = 2000
eval_frequency = 200
frozen_components = []
annotating_components = []
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 1000
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = false
eps = 1e-08
learn_rate = 0.002

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = ${paths.vectors}
init_tok2vec = ${paths.init_tok2vec}
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


class Labeller(Protocol):
    """Anything that labels the syllables of one sentence B-Type / I-Type / O."""

    def label(self, forms: list[str], *context: object) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class TrainingLimits:
    """When spaCy's training loop stops: whichever limit comes first."""

    max_steps: int = 2000
    max_epochs: int = 0
    patience: int = 800
    eval_frequency: int = 200


def spaces_from_offsets(offsets: Sequence[tuple[int, int]]) -> list[bool]:
    """Whether each syllable is followed by whitespace (a gap before the next one)."""
    return [index + 1 < len(offsets) and offsets[index + 1][0] > end for index, (_start, end) in enumerate(offsets)]


def sentence_doc(vocab, sentence: LabelledSentence):
    """The sentence as a spaCy ``Doc``: one token per syllable, gold names as ``doc.ents``.

    Labels become spans exactly as the scorer reads them (an ``I`` that does
    not continue a run of its type starts one).
    """
    from spacy.tokens import Doc, Span

    doc = Doc(vocab, words=list(sentence.forms), spaces=spaces_from_offsets(sentence.offsets))
    indices = [(i, i + 1) for i in range(len(sentence.forms))]
    doc.ents = [
        Span(doc, first, last, label=entity_type)
        for *_, entity_type, first, last in spans_from_labels(list(sentence.labels), indices)
    ]
    return doc


def doc_bin(vocab, sentences: Iterable[LabelledSentence]):
    """A ``DocBin`` of the sentences (empty sentences left out)."""
    from spacy.tokens import DocBin

    result = DocBin(store_user_data=False)
    for sentence in sentences:
        if sentence.forms:
            result.add(sentence_doc(vocab, sentence))
    return result


def bio_labels(doc) -> list[str]:
    """The B-Type / I-Type / O label of each token of a tagged ``Doc``."""
    return [OUTSIDE if token.ent_iob_ in ("O", "") else f"{token.ent_iob_}-{token.ent_type_}" for token in doc]


def training_overrides(train_file: Path, dev_file: Path, limits: TrainingLimits, seed: int = SEED) -> dict[str, object]:
    """The values ``spacy.cli.train`` sets on top of :data:`CONFIG`."""
    return {
        "paths.train": str(train_file),
        "paths.dev": str(dev_file),
        "system.seed": seed,
        "training.max_steps": limits.max_steps,
        "training.max_epochs": limits.max_epochs,
        "training.patience": limits.patience,
        "training.eval_frequency": limits.eval_frequency,
    }


def train_spacy(
    train: Sequence[LabelledSentence],
    dev: Sequence[LabelledSentence],
    output: Path,
    limits: TrainingLimits = TrainingLimits(),
    seed: int = SEED,
    settings: dict[str, object] | None = None,
) -> float:
    """Train on ``train``, keep the best step on ``dev`` in ``output/model-best``;
    returns the seconds taken (conversion, initialisation and training).
    ``settings`` override values of :data:`CONFIG` by dotted path
    (``{"training.optimizer.learn_rate": 0.002}``)."""
    import spacy
    from spacy.cli.train import train as spacy_train

    began = time.perf_counter()
    vocab = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}).vocab
    with tempfile.TemporaryDirectory(prefix="spacy-ner-") as folder:
        work = Path(folder)
        (work / "config.cfg").write_text(CONFIG, encoding="utf-8")
        doc_bin(vocab, train).to_disk(work / "train.spacy")
        doc_bin(vocab, dev).to_disk(work / "dev.spacy")
        spacy_train(
            work / "config.cfg",
            output,
            overrides={**training_overrides(work / "train.spacy", work / "dev.spacy", limits, seed), **(settings or {})},
        )
    return time.perf_counter() - began


class SpacyTagger:
    """A trained spaCy pipeline behind the tagger interface the scorer uses."""

    def __init__(self, model_dir: Path) -> None:
        import spacy

        if not (model_dir / "config.cfg").is_file():
            raise FileNotFoundError(f"{model_dir}: no spaCy pipeline; train one with `python -m kg.training.spacy_ner`")
        self.nlp = spacy.load(model_dir)
        self.labels = tuple(self.nlp.get_pipe("ner").labels)

    def label(self, forms: list[str], *_context: object) -> list[str]:
        """The label of each syllable of one sentence; any further arguments the
        scorer passes (the CRF's hints) are not used: the model sees only the
        syllables."""
        from spacy.tokens import Doc

        if not forms:
            return []
        return bio_labels(self.nlp(Doc(self.nlp.vocab, words=list(forms))))


def tagging_speed(tagger: Labeller, sentences: Sequence[LabelledSentence]) -> float:
    """Syllables per second when labelling ``sentences`` one at a time."""
    syllables = sum(len(s.forms) for s in sentences)
    began = time.perf_counter()
    for sentence in sentences:
        tagger.label(list(sentence.forms))
    return syllables / (time.perf_counter() - began)


def size_on_disk(path: Path) -> int:
    """Bytes of a model file, or of every file under a model folder."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def score_line(label: str, result) -> str:
    """One line of P / R / F1 with the F1 interval, as ``python -m kg.training`` prints."""
    p, r, f = result.precision, result.recall, result.f1
    return f"  {label:<14} P {p[0]:.3f}  R {r[0]:.3f}  F1 {f[0]:.3f} [{f[1]:.3f}–{f[2]:.3f}]"


def report(result: TaggerScore) -> list[str]:
    """The lines of an exact, name-level and per-type report."""
    lines = [score_line("exact", result.exact), score_line("name level", result.names)]
    return lines + [score_line(entity_type, typed) for entity_type, typed in result.by_type.items()]


def main(argv: list[str] | None = None) -> int:
    """Train on the train split, report on dev."""
    from kg.corpus.gold import load_gold

    parser = argparse.ArgumentParser(prog="python -m kg.training.spacy_ner", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="folder for the trained pipeline")
    defaults = TrainingLimits()
    parser.add_argument("--max-steps", type=int, default=defaults.max_steps)
    parser.add_argument("--patience", type=int, default=defaults.patience)
    args = parser.parse_args(argv)
    gold = load_gold()
    train = labelled_sentences([g for g in gold.values() if g.split == "train"])
    dev = labelled_sentences([g for g in gold.values() if g.split == "dev"])
    seconds = train_spacy(train, dev, args.out, TrainingLimits(max_steps=args.max_steps, patience=args.patience))
    tagger = SpacyTagger(args.out / "model-best")
    speed = tagging_speed(tagger, dev)
    print(
        f"train: {len(train)} sentences, {sum(len(s.forms) for s in train)} syllables; trained in {seconds:.0f} s; "
        f"{size_on_disk(args.out / 'model-best') / 1e6:.1f} MB; {speed:,.0f} syllables/s on dev; dev:"
    )
    print("\n".join(report(evaluate_tagger(tagger, dev))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
