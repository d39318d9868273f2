"""``python -m kg.training``: train the entity tagger (``make train``).

Learns word classes from the text of the train split's articles (never a
dev, test or held-out one), trains on the train split, reports dev scores,
optionally a learning curve, and writes the model the package ships. The
tagger reads the word classes the package ships, so ``--out`` elsewhere is
for experiments beside an installed model only.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
from pathlib import Path

from kg.corpus.gold import load_gold
from kg.corpus.split import articles_in_split
from kg.corpus.texts import load_corpus, usable_ids
from kg.tagger.features import forget_forms
from kg.tagger.gazetteer import KNOWN_NAMES_FILE, WORD_CLASSES_FILE, word_classes
from kg.tagger.tagger import MODEL_FILE, EntityTagger
from kg.training.clusters import CLASS_LEVELS, corpus_syllables, exchange_classes, lowercase_shares, write_classes
from kg.training.ner import TEXT_FORMS, TRAINING_FORMS, evaluate_tagger, known_names_of, labelled_sentences, train


LEARNING_CURVE_SEED = 7


def _line(label: str, result) -> str:
    p, r, f = result.precision, result.recall, result.f1
    return f"  {label:<14} P {p[0]:.3f}  R {r[0]:.3f}  F1 {f[0]:.3f} [{f[1]:.3f}–{f[2]:.3f}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.training", description=__doc__)
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help="where to write the model")
    parser.add_argument("--curve", action="store_true", help="also train on 25 %% and 50 %% of the train articles")
    parser.add_argument(
        "--forms", nargs="+", choices=TEXT_FORMS, default=list(TRAINING_FORMS), help="the text forms to learn from"
    )
    args = parser.parse_args(argv)
    corpus = load_corpus()
    syllables = corpus_syllables(corpus[i].raw for i in articles_in_split(corpus, usable_ids(), "train"))
    levels = {size: exchange_classes(syllables, size) for size in CLASS_LEVELS}
    write_classes(args.out.parent / WORD_CLASSES_FILE.name, levels, lowercase_shares(syllables))
    word_classes.cache_clear()
    forget_forms()
    print(f"word classes of {len(syllables)} syllables of the train split's text written beside the model")
    gold = load_gold()
    train_articles = sorted((g for g in gold.values() if g.split == "train"), key=lambda g: g.id)
    dev_articles = [g for g in gold.values() if g.split == "dev"]
    fractions = (0.25, 0.5, 1.0) if args.curve else (1.0,)
    for fraction in fractions:
        size = max(1, round(len(train_articles) * fraction))
        subset = sorted(random.Random(LEARNING_CURVE_SEED).sample(train_articles, size), key=lambda g: g.id)
        known = known_names_of(subset)
        sentences = [s for form in args.forms for s in labelled_sentences(subset, known=known, leave_out=True, form=form)]
        dev = {form: labelled_sentences(dev_articles, known=known, form=form) for form in TEXT_FORMS}
        with tempfile.TemporaryDirectory() as folder:
            model = args.out if fraction == 1.0 else Path(folder) / "ner.crfsuite"
            seconds = train(sentences, model)
            if fraction == 1.0:
                known.write(args.out.parent / KNOWN_NAMES_FILE.name)
            digest = hashlib.sha256(model.read_bytes()).hexdigest()[:12]
            print(
                f"{fraction:.0%} of train: {len(subset)} articles, {sum(len(s.forms) for s in sentences)} syllables "
                f"({', '.join(args.forms)}), trained in {seconds:.0f} s, {model.stat().st_size / 1e6:.1f} MB, "
                f"sha256 {digest}"
            )
            tagger = EntityTagger(model)
            for form, sentences_of_form in dev.items():
                result = evaluate_tagger(tagger, sentences_of_form)
                print(f"dev, {form} text:")
                print(_line("exact", result.exact))
                print(_line("name level", result.names))
                for entity_type, typed in result.by_type.items():
                    print(_line(entity_type, typed))
    print(f"model written to {args.out}, known names beside it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
