"""Train the entity tagger on the gold's train split, tune on dev only.

Every step is deterministic (sorted articles, fixed parameters, L-BFGS), so the
same annotations and corpus give the same model file, bit for bit.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from kg.corpus.gold import GoldArticle
from kg.corpus.sentences import split_sentences
from kg.evaluate.scores import Counts, compare_sets, score
from kg.tagger.features import document_types, glue_codes, sequence_features
from kg.tagger.gazetteer import SyllableIndex, syllable_key
from kg.tagger.syllables import syllable_spans
from kg.tagger.tagger import OUTSIDE, EntityTagger, hint_labels, spans_from_labels

# Chosen on dev: more iterations than crfsuite's defaults. With the word classes
# as features, c1 0.05 (dev exact F1 0.843) beats c1 0.02 (0.838, a model 40 %
# larger that overfits: its decisions on some seed names hang at 0.5). c2 0.005
# beats 0.05 (0.838) and 0.001 (0.834); c1 0.1 ties (0.843, name level 0.792
# against 0.787) but loses seed names. A second, stacked pass reading the first
# pass's types of each syllable across the article (folds of train) gained
# nothing (0.842). Learning a third of the train sentences a second time
# without the rules' guesses, so that the model leans on the word's own
# features more, lost (0.830). 500 iterations tie with 300 on the tagger alone
# (0.848; name level 0.790 against 0.792) and gain 0.006 on the whole pipeline,
# but the seeds lose a name of their gold ("hạm_đội Thái_Bình_Dương" is cut to
# "đội Thái_Bình_Dương"): 300 kept. With the word classes learnt from the train
# split's text alone, c1 0.1 with 32 and 128 classes raised the whole dev
# pipeline's names (true/false/missed) from 921/152/191 to 938/144/174 raw and
# 911/168/201 to 925/151/187 segmented, relations 240/6 to 241/6, but the
# seeds lost relations and gained a body ("trung_ương Triều_Tiên_KCNA"): not
# kept. c1 0.1 with 32 and 256 classes: names 917/147/195, relations 237/6.
TRAINING_PARAMETERS = {
    "c1": 0.05,
    "c2": 0.005,
    "max_iterations": 300,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """One sentence as syllables, their offsets in the article, and gold labels."""

    article_id: str
    forms: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...]
    labels: tuple[str, ...]
    hints: tuple[str | None, ...] = ()
    article_types: dict[str, frozenset[str]] | None = None
    known: dict[tuple[str, ...], str] | None = None
    glue: tuple[str | None, ...] = ()


def rule_mentions(article: GoldArticle) -> list[tuple[int, int, str]]:
    """The rule-based recogniser's names in the article, read from the
    corpus's segmented text and mapped onto the raw text."""
    from kg.raw import aligned_segmentation

    corpus_article = article.article
    alignment = aligned_segmentation(corpus_article.raw, corpus_article.text)
    _sentences, names = _rule_reading(corpus_article.id, corpus_article.text)
    return [(*alignment.raw_span(start, end), entity_type) for start, end, entity_type in names]


def _rule_reading(article_id: str, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """The sentences of segmented ``text`` as the pipeline cuts them, and the
    rule-based recogniser's names in it."""
    from kg.analyse import analyse
    from kg.extract import extract
    from kg.model import Article

    analysed = analyse(Article(id=article_id, text=text, source="corpus", segmented=True))
    extraction = extract(analysed, learned=False)
    sentences = [(s.start, s.end) for s in analysed.sentences]
    return sentences, [(m.start, m.end, m.type.value) for m in extraction.mentions if not m.reference]


@dataclass(frozen=True, slots=True)
class _Reading:
    """One form of an article: its text, the raw offset of each of its characters,
    its sentences and the rules' names (offsets into ``text``)."""

    text: str
    to_raw: Callable[[int], int]
    sentences: list[tuple[int, int]]
    hints: list[tuple[int, int, str]]


def _reading(article: GoldArticle, form: str, with_hints: bool) -> _Reading:
    """``article`` in text form ``form`` (see ``TEXT_FORMS``)."""
    from kg.raw import aligned_segmentation, segment

    raw = article.article.raw
    if form == "raw":
        hints = rule_mentions(article) if with_hints else []
        return _Reading(raw, _same, [(s.start, s.end) for s in split_sentences(raw)], hints)
    segmentation = segment(raw) if form == "resegmented" else aligned_segmentation(raw, article.article.text)
    sentences, hints = _rule_reading(article.id, segmentation.text)
    return _Reading(segmentation.text, segmentation.raw_start, sentences, hints if with_hints else [])


@dataclass(frozen=True, slots=True)
class KnownNames:
    """The names annotated in a set of articles: each name's most frequent type
    and the articles that name it."""

    types: dict[str, str]
    articles: dict[str, frozenset[str]]

    def lexicon(self, leave_out: str | None = None) -> SyllableIndex:
        """The names as tagger keys; ``leave_out`` drops the names only that article gives,
        so that a training article never sees its own names in the list."""
        return SyllableIndex(
            {
                syllable_key(name): entity_type
                for name, entity_type in self.types.items()
                if leave_out is None or self.articles[name] != {leave_out}
            }
        )

    def write(self, path: Path) -> None:
        """Ship the list beside the model: ``name<TAB>type``, sorted."""
        lines = ["name\ttype"] + [f"{name}\t{self.types[name]}" for name in sorted(self.types)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def known_names_of(articles: list[GoldArticle]) -> KnownNames:
    """The annotated names of ``articles``."""
    counts: dict[str, Counter] = defaultdict(Counter)
    seen_in: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for mention in article.names():
            name = " ".join(mention.text.split())
            counts[name][article.entities[mention.entity].type] += 1
            seen_in[name].add(article.id)
    types = {name: max(sorted(c), key=lambda t: c[t]) for name, c in counts.items()}
    return KnownNames(types, {name: frozenset(ids) for name, ids in seen_in.items()})


#: The forms of an article the tagger can learn from: the raw text (cut into
#: sentences as the annotations are, the rules reading the corpus's segmentation);
#: the corpus's segmented text, whose punctuation stands apart ("TP . HCM",
#: "Geun - hye") and whose glue errors ("Hàn_Quốc_Park_Geun") mislead the rules;
#: and the raw text as the pipeline segments it (``kg.raw.segment``), which is
#: what the tagger reads on raw input. The last two are cut into sentences and
#: read by the rules as the pipeline does.
TEXT_FORMS = ("raw", "segmented", "resegmented")
#: The forms the shipped model learns from, chosen on dev (whole pipeline, exact F1
#: on raw / segmented input): the raw text alone 0.852 / 0.844; raw and segmented
#: 0.848 / 0.842; segmented and resegmented, with the segmenter's word joins as a
#: feature, 0.840 / 0.832 (its glue errors and sentence cuts teach more harm than good).
TRAINING_FORMS = ("raw",)


def labelled_sentences(
    articles: list[GoldArticle],
    with_hints: bool = True,
    known: KnownNames | None = None,
    leave_out: bool = False,
    form: str = "raw",
) -> list[LabelledSentence]:
    """The gold name mentions of ``articles`` as B/I/O labels over syllables,
    with the rule-based recogniser's guesses as hints and ``known`` names
    (each article without its own names when ``leave_out``), read from the
    raw text or (``form="segmented"``) from the corpus's segmented text."""
    if form not in TEXT_FORMS:
        raise ValueError(f"text form {form!r}: expected one of {TEXT_FORMS}")
    result = []
    shared = known.lexicon() if known is not None and not leave_out else None
    for article in sorted(articles, key=lambda a: a.id):
        article_known = known.lexicon(article.id) if known is not None and leave_out else shared
        reading = _reading(article, form, with_hints)
        # Gold offsets are raw offsets: each syllable is labelled by where its raw form starts.
        text, to_raw, sentences, hints = reading.text, reading.to_raw, reading.sentences, reading.hints
        all_offsets = syllable_spans(text)
        article_types = document_types([text[s:e] for s, e in all_offsets], hint_labels(all_offsets, hints))
        starts: dict[int, str] = {}
        inside: dict[int, str] = {}
        for mention in article.names():
            entity_type = article.entities[mention.entity].type
            starts[mention.start] = entity_type
            for offset in range(mention.start, mention.end):
                inside[offset] = entity_type
        for sentence_start, sentence_end in sentences:
            offsets = syllable_spans(text, sentence_start, sentence_end)
            labels = []
            for start, _end in offsets:
                start = to_raw(start)
                if start in starts:
                    labels.append(f"B-{starts[start]}")
                elif start in inside:
                    labels.append(f"I-{inside[start]}")
                else:
                    labels.append(OUTSIDE)
            result.append(
                LabelledSentence(
                    article.id,
                    tuple(text[s:e] for s, e in offsets),
                    tuple(offsets),
                    tuple(labels),
                    tuple(hint_labels(offsets, [h for h in hints if sentence_start <= h[0] < sentence_end])),
                    article_types,
                    article_known,
                    tuple(glue_codes(text, offsets)),
                )
            )
    return result


def _same(offset: int) -> int:
    return offset


def train(sentences: list[LabelledSentence], model_file: Path, parameters: dict | None = None) -> float:
    """Train a CRF on ``sentences`` into ``model_file``; returns the seconds taken."""
    began = time.perf_counter()
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params({**TRAINING_PARAMETERS, **(parameters or {})})
    for sentence in sentences:
        features = sequence_features(
            list(sentence.forms),
            list(sentence.hints) or None,
            sentence.article_types,
            sentence.known,
            list(sentence.glue) or None,
        )
        trainer.append(features, list(sentence.labels))
    model_file.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_file))
    return time.perf_counter() - began


@dataclass(frozen=True, slots=True)
class TaggerScore:
    """Exact span-and-type and name-level scores of a tagger on labelled sentences."""

    exact: object
    names: object
    by_type: dict[str, object]


def evaluate_tagger(tagger: EntityTagger, sentences: list[LabelledSentence]) -> TaggerScore:
    """Score the tagger's spans against the gold labels, per article."""
    exact: dict[str, Counts] = {}
    gold_names: dict[str, set] = {}
    predicted_names: dict[str, set] = {}
    typed: dict[str, dict[str, Counts]] = {}
    for sentence in sentences:
        predicted = tagger.label(
            list(sentence.forms),
            list(sentence.hints) or None,
            sentence.article_types,
            sentence.known,
            list(sentence.glue) or None,
        )
        offsets = list(sentence.offsets)
        gold_spans = {(s, e, t) for s, e, t, *_ in spans_from_labels(list(sentence.labels), offsets)}
        predicted_spans = {(s, e, t) for s, e, t, *_ in spans_from_labels(predicted, offsets)}
        exact[sentence.article_id] = exact.get(sentence.article_id, Counts()) + compare_sets(gold_spans, predicted_spans)
        text = {(s, e): " ".join(sentence.forms[i] for i, o in enumerate(offsets) if s <= o[0] < e) for s, e, _ in gold_spans | predicted_spans}
        gold_names.setdefault(sentence.article_id, set()).update((text[(s, e)].lower(), t) for s, e, t in gold_spans)
        predicted_names.setdefault(sentence.article_id, set()).update(
            (text[(s, e)].lower(), t) for s, e, t in predicted_spans
        )
        for entity_type in {t for *_, t in gold_spans | predicted_spans}:
            counts = typed.setdefault(entity_type, {})
            counts[sentence.article_id] = counts.get(sentence.article_id, Counts()) + compare_sets(
                {x for x in gold_spans if x[2] == entity_type}, {x for x in predicted_spans if x[2] == entity_type}
            )
    articles = sorted(exact)
    return TaggerScore(
        score([exact[a] for a in articles]),
        score([compare_sets(gold_names[a], predicted_names[a]) for a in articles]),
        {t: score(list(c.values())) for t, c in sorted(typed.items())},
    )
