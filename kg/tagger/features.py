"""Features of a syllable sequence for the CRF.

Most features depend on one syllable's form only (among them its word classes,
learnt from unlabelled corpus text by ``kg.training.clusters``, so that a name
never annotated still looks like the names that were, and how often the corpus
writes a capitalised syllable in lowercase: a capitalised "Lúc" is mostly a
sentence's first word, "Aslan" always a name); they are computed once per
distinct form (its own features and what it gives each neighbour) and kept,
so that tagging a long archive costs little more than joining kept tuples.
The features that depend on context (name-list and cue matches over several
syllables, the rules' guesses) are added per sentence.

A ``FeatureExtractor`` made with a model's attributes leaves out every
feature the model has no weight for: the model would ignore them anyway, so
the labels are the same, and the CRF reads fewer strings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import Any

from kg.tagger.gazetteer import cue_words, known_names, longest_matches, name_list, open_name_lists, word_classes

WINDOW = 2
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
_VIETNAMESE_LETTERS = frozenset("đĐ")
_MARK_OFFSETS = (("-1", -1), ("+0", 0), ("+1", 1))


@lru_cache(maxsize=65536)
def shape(form: str) -> str:
    """Capitalisation and character classes, runs collapsed: "Xx", "X", "d", "X.X", "p"."""
    classes = []
    for char in form:
        if char.isupper():
            kind = "X"
        elif char.islower():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char if char in "-.'’" else "p"
        if not classes or classes[-1] != kind:
            classes.append(kind)
    return "".join(classes)


@lru_cache(maxsize=65536)
def is_vietnamese(form: str) -> bool:
    """True when the syllable carries a Vietnamese tone or vowel mark (or đ)."""
    if not _VIETNAMESE_LETTERS.isdisjoint(form):
        return True
    return not _VIETNAMESE_MARKS.isdisjoint(unicodedata.normalize("NFD", form))


def own_features(form: str) -> list[str]:
    """The features a syllable gives itself, whatever its neighbours."""
    lowered = form.lower()
    features = [
        "bias",
        f"w={lowered}",
        f"shape={shape(form)}",
        f"p1={lowered[:1]}",
        f"p2={lowered[:2]}",
        f"s2={lowered[-2:]}",
        f"s3={lowered[-3:]}",
    ]
    capitalised = form[:1].isupper()
    if capitalised:
        features.append("title")
    if form.isupper() and len(form) > 1:
        features.append("upper")
    if any(char.isdigit() for char in form):
        features.append("digit")
    # The model weighs each feature alone: capitalised and spelt the Vietnamese way
    # (a given name, a place, a sentence's first word) is a cue of its own, as is
    # capitalised and spelt otherwise (a foreign name: "Steaua", "Robinho").
    if is_vietnamese(form):
        features.append("vi")
        if capitalised:
            features.append("title-vi")
    elif form[:1].isalpha():
        features.append("foreign")
        if capitalised:
            features.append("title-foreign")
    if len(form) == 1:
        features.append("len1")
    features.extend(word_classes().get(form, ()))
    return features


def neighbour_features(form: str, offset: int) -> list[str]:
    """The features a syllable gives the syllable ``offset`` places away from it."""
    lowered = form.lower()
    prefix = f"{offset:+d}"
    features = [f"{prefix}w={lowered}", f"{prefix}shape={shape(form)}"]
    if abs(offset) == 1:
        features.extend(prefix + word_class for word_class in word_classes().get(form, ()))
    if form[:1].isupper():
        features.append(f"{prefix}title")
        features.append(f"{prefix}{'vi' if is_vietnamese(form) else 'foreign'}")
    elif form[:1].isalpha():
        features.append(f"{prefix}lower")  # a capitalised word beside it is no sentence's opening
    return features


def glue_codes(text: str, offsets: list[tuple[int, int]]) -> list[str | None]:
    """For each syllable, whether it touches the previous ("L"), the next ("R")
    or both ("LR") with no space or "_" between: the hyphen of "Jong-un" and
    the dot of "TP.HCM" are glued, the dash of "Việt Nam - Lào" is not."""
    if not offsets:
        return []
    touching = [previous[1] == following[0] for previous, following in zip(offsets, offsets[1:])]
    left = [False, *touching]
    right = [*touching, False]
    return [_GLUE[pair] for pair in zip(left, right)]


_GLUE = {(False, False): None, (True, False): "L", (False, True): "R", (True, True): "LR"}


def document_types(forms: list[str], hints: list[str | None]) -> dict[str, frozenset[str]]:
    """For each capitalised syllable the rule-based recogniser put inside a name
    anywhere in the article, the types of those names (lowercased key): a
    surname alone in a line-up is typed by the full name given earlier."""
    found: dict[str, set[str]] = {}
    for form, hint in zip(forms, hints):
        if hint and form[:1].isupper():
            found.setdefault(form.lower(), set()).add(hint.partition("-")[2])
    return {form: frozenset(types) for form, types in found.items()}


class FeatureExtractor:
    """Builds the features of sentences, keeping each distinct form's own part.

    ``attributes``, when given, are the only features kept (a model's
    attributes); without it every feature is kept, as training needs.
    Besides the forms, it keeps the bigram features the model weighs, by
    pair, and the kept, prefixed context marks of each combination of marks,
    so that a sentence costs lookups and joins.
    """

    def __init__(self, attributes: Collection[str] | None = None) -> None:
        self._keep = frozenset(attributes) if attributes is not None else None
        # form -> (lowered, capitalised, own, as neighbour at -2, -1, +1, +2)
        self._forms = _Kept(self._form)
        # (lowered, next lowered) -> (the next one's "bi-1" feature, this one's "bi+1" feature), for
        # the pairs the model weighs (None: every pair's features are made and kept); keyed by the
        # pair itself, so that a sentence looks its pairs up without joining them into strings
        self._pairs: dict[tuple[str, str], tuple[tuple, tuple]] | None = None
        if self._keep is not None:
            joined = {feature[5:] for feature in self._keep if feature.startswith(("bi-1=", "bi+1="))}
            self._pairs = {pair: self._pair(both) for both in sorted(joined) for pair in _halves(both)}
        # (name, open list, cue, known, rule) marks of a syllable -> what it gives its left
        # neighbour, itself, its right one
        self._marks = _Kept(self._mark)
        # ("doc", types) / ("-2cue", kind) / ("glue", code) -> the kept features
        self._rare = _Kept(self._rare_features)
        self._edges = {offset: self._kept([f"{offset:+d}edge"]) for offset in (-2, -1, 1, 2)}

    def forget(self) -> None:
        """Drop every kept part (after the word classes were rebuilt)."""
        self._forms.clear()
        self._marks.clear()
        self._rare.clear()

    def _kept(self, features: list[str]) -> tuple:
        """``features`` as kept: those of the model only, in the form handed to the CRF."""
        keep = self._keep
        return tuple(features if keep is None else [f for f in features if f in keep])

    def _form(self, form: str) -> tuple:
        return (
            form.lower(),
            form[:1].isupper(),
            self._kept(own_features(form)),
            *(self._kept(neighbour_features(form, offset)) for offset in (-2, -1, 1, 2)),
        )

    def _pair(self, joined: str) -> tuple[tuple, tuple]:
        return self._kept(["bi-1=" + joined]), self._kept(["bi+1=" + joined])

    def _mark(self, marks: tuple) -> tuple[tuple, ...]:
        name, listed, cue, known_name, rule = marks
        found = []
        if name:
            found.append("name=" + name)
        if listed:
            found.extend(_list_marks(listed))
        if cue:
            found.append("cue=" + cue)
        if known_name:
            found.append("known=" + known_name)
        if rule:
            found.append("rule=" + rule)
        return tuple(self._kept([prefix + mark for mark in found]) for prefix in ("+1", "+0", "-1"))

    def _rare_features(self, key: tuple) -> tuple:
        kind, value = key
        if kind == "doc":
            return self._kept(["doc=" + entity_type for entity_type in sorted(value)])
        return self._kept([f"{kind}={value}"])

    def sequence(
        self,
        forms: list[str],
        hints: list[str | None] | None = None,
        article_types: dict[str, frozenset[str]] | None = None,
        known: dict[tuple[str, ...], str] | None = None,
        glue: list[str | None] | None = None,
    ) -> list[list[str]]:
        """The feature strings of each syllable of one sentence (see ``sequence_features``).

        Built a column at a time (each kind of feature for the whole sentence),
        then joined per syllable; the rarer features are appended after."""
        size = len(forms)
        if not size:
            return []
        entries = list(map(self._forms.__getitem__, forms))
        lowered, _capitalised, own, as_2, as_1, as1, as2 = zip(*entries)
        edges = self._edges
        before_2 = (edges[-2],) * min(2, size) + as_2[:-2]
        before_1 = (edges[-1],) + as_1[:-1]
        after_1 = as1[1:] + (edges[1],)
        after_2 = as2[2:] + (edges[2],) * min(2, size)
        if size > 1:
            pairs = zip(lowered, lowered[1:])
            if self._pairs is None:
                bigrams = [self._pair(f"{left}|{right}") for left, right in pairs]
            else:
                weighed = self._pairs.get
                bigrams = [weighed(pair, _NO_PAIR) for pair in pairs]
            left_pairs, right_pairs = zip(*bigrams)
            left_pairs = ((), *left_pairs)
            right_pairs = (*right_pairs, ())
        else:
            left_pairs = right_pairs = ((),)
        result = [
            [*features, *m2, *m1, *p1, *p2, *left, *right]
            for features, m2, m1, p1, p2, left, right in zip(
                own, before_2, before_1, after_1, after_2, left_pairs, right_pairs
            )
        ]
        extra, cues = self._context(lowered, hints, known)
        rare = set(extra)
        rare.update([index + 2 for index, cue in enumerate(cues[:-2]) if cue])
        if glue is not None:
            rare.update([index for index, code in enumerate(glue) if code])
        if article_types:
            rare.update([index for index, entry in enumerate(entries) if entry[1] and entry[0] in article_types])
        rare_features = self._rare.__getitem__
        for index in rare:
            tail = extra.get(index, ())
            entry = entries[index]
            if article_types and entry[1]:
                types = article_types.get(entry[0])
                if types:
                    tail += rare_features(("doc", types))
            if index >= 2 and cues[index - 2]:
                tail += rare_features(("-2cue", cues[index - 2]))
            if glue is not None and glue[index]:
                tail += rare_features(("glue", glue[index]))
            result[index].extend(tail)
        return result

    def _context(
        self, lowered: Sequence[str], hints: list[str | None] | None, known: dict[tuple[str, ...], str] | None
    ) -> tuple[dict[int, tuple], list[str | None]]:
        """The kept name-list, open-data list, cue, known-name and rule features of each syllable
        that has any, its own and its neighbours' (by index), and the cue matches."""
        size = len(lowered)
        names = longest_matches(lowered, name_list())
        listed = longest_matches(lowered, open_name_lists())
        cues = longest_matches(lowered, cue_words())
        seen = longest_matches(lowered, known_names() if known is None else known)
        rules = hints if hints is not None else [None] * size
        marks = self._marks
        extra: dict[int, tuple] = {}
        # Positions come in order, so each syllable gets its left neighbour's marks, then its own, then its right one's.
        found_marks = enumerate(zip(names, listed, cues, seen, rules))
        for position, key in [found for found in found_marks if found[1] != _NO_MARKS]:
            to_left, to_self, to_right = marks[key]
            if to_left and position:
                extra[position - 1] = extra.get(position - 1, ()) + to_left
            if to_self:
                extra[position] = extra.get(position, ()) + to_self
            if to_right and position + 1 < size:
                extra[position + 1] = extra.get(position + 1, ()) + to_right
        return extra, cues


def _halves(joined: str) -> list[tuple[str, str]]:
    """Every (left, right) that "left|right" splits into at a bar, both sides non-empty: a
    syllable may itself be "|" ("||b" is ("|", "b")), so the joining bar is not always the first."""
    return [(joined[:bar], joined[bar + 1:]) for bar, char in enumerate(joined) if char == "|" and 0 < bar < len(joined) - 1]


def _list_marks(listed: str) -> list[str]:
    """The features of a syllable an open-data list covers: "B-person,place"
    -> "list=B-person", "list=B-place"."""
    position, _dash, kinds = listed.partition("-")
    return [f"list={position}-{kind}" for kind in kinds.split(",")]


_NO_MARKS = (None, None, None, None, None)
_NO_PAIR: tuple[tuple, tuple] = ((), ())
#: Distinct forms (pairs of forms, ...) whose features are kept.
_MAX_KEPT = 500_000


class _Kept(dict):
    """Parts of features by key, each made by ``make`` the first time it is asked for
    (and kept while fewer than ``_MAX_KEPT`` are)."""

    def __init__(self, make: Callable[[Any], tuple]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: Any) -> tuple:
        value = self._make(key)
        if len(self) < _MAX_KEPT:
            self[key] = value
        return value


class EncodedFeatureExtractor(FeatureExtractor):
    """A ``FeatureExtractor`` whose features are UTF-8 bytes, as the CRF reads them:
    each kept part is encoded once instead of every string of every sentence."""

    def _kept(self, features: list[str]) -> tuple:
        return tuple(map(str.encode, super()._kept(features)))  # str.encode: UTF-8


_UNFILTERED = FeatureExtractor()


def forget_forms() -> None:
    """Drop the kept features of every form (after the word classes were rebuilt)."""
    _UNFILTERED.forget()


def sequence_features(
    forms: list[str],
    hints: list[str | None] | None = None,
    article_types: dict[str, frozenset[str]] | None = None,
    known: dict[tuple[str, ...], str] | None = None,
    glue: list[str | None] | None = None,
) -> list[list[str]]:
    """The feature strings of each syllable of one sentence. ``hints`` gives,
    per syllable, the rule-based recogniser's guess ("B-Person", "I-Country")
    or None; ``article_types`` the types it gave each capitalised syllable
    anywhere in the article (see ``document_types``); ``known`` the names
    annotated in training (default: the list shipped with the model);
    ``glue`` which syllables touch their neighbours with no space between
    (see ``glue_codes``)."""
    return _UNFILTERED.sequence(forms, hints, article_types, known, glue)
