"""Tagged spans run on past a name over the words after it: cut back to the rules' name.

Unsure where a body's name ends, the tagger sometimes takes the verb after it
into the name ("TAND TP Hà_Nội tuyên_phạt bị_cáo …" gave the body "TAND TP
Hà_Nội tuyên_phạt"). A tagged span that starts where a rule name starts and
goes on past its end over lowercase words only, opening with a verb (an act's
opener or verb of ``kg.tagger.act_spans``, or a verb of ``tagger.verbs-after-names``:
"tuyên_phạt", "xét_xử"), none of whose syllables any listed name holds in
lowercase, is cut back to the rules' name, with the tagger's type. A level word
("UBND tỉnh") or a name's own lowercase words ("Ban Tổng giám_đốc") open with
no verb and stay.

A tagged span that runs over two or more of the rules' names holds a clause, not a
name, when a person's name of two syllables or more among them is followed by a
verb ("Bộ Ngoại_giao Trung_Quốc Tần Cương nói Bắc_Kinh": the body, its spokesman,
"nói", a city), or a body's name that ends with its listed country or place by a
verb of saying ("Bộ Ngoại_giao Trung_Quốc tuyên_bố Bắc_Kinh"): it gives way to the
rules' names inside it, each with the rules' type. A body's name ending otherwise
may go on in lowercase words that read as saying ("Công_ty Báo_cáo đánh_giá Việt_Nam").
"""

from __future__ import annotations

from dataclasses import replace

from kg.lexicon import load_lexicon, syllables_of, word_list
from kg.model import EntityType, Mention
from kg.extract.speaking_names import saying_verb_opens
from kg.tagger.act_spans import opens_with_act
from kg.tagger.gazetteer import name_list

#: Verbs that follow the name of their subject, lowercase ("tuyên phạt", "xét xử"), as syllables.
_VERBS = frozenset(syllables_of(w) for w in word_list("tagger.verbs-after-names"))
#: Place types a body's name may end with, and the most syllables of such a place read.
_PLACE_TYPE_NAMES = frozenset(t.value for t in (EntityType.COUNTRY, EntityType.CITY, EntityType.REGION))
_LONGEST_PLACE = 4
#: The fewest syllables of a person's name read as the subject of a clause inside a tagged span
#: (one syllable the rules call a person may be a body's head: "Quỹ hỗ_trợ …").
_PERSON_SYLLABLES = 2


def trailing_words_trimmed(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span that runs on past a rule name over lowercase words no listed name holds
    cut back to that rule name."""
    by_start: dict[int, list[Mention]] = {}
    for name in rule_names:
        by_start.setdefault(name.start, []).append(name)
    result = []
    for mention in tagged:
        name = _trimmed_to(mention, by_start.get(mention.start, []))
        result.append(mention if name is None else replace(name, type=mention.type, confidence=mention.confidence))
    return result


def _trimmed_to(mention: Mention, names: list[Mention]) -> Mention | None:
    """The longest rule name ``mention`` runs on past over lowercase words that are no part of a name."""
    if mention.confidence is None:
        return None
    syllables = load_lexicon().name_syllables
    for name in sorted(names, key=lambda n: n.end - n.start, reverse=True):
        if name.end >= mention.end:
            continue
        tail = mention.text[name.end - mention.start :].replace("_", " ").split()
        if tail and all(s.isalpha() and s.islower() and s not in syllables for s in tail) and _opens_with_verb(tail):
            return name
    return None


def _opens_with_verb(tail: list[str]) -> bool:
    """Whether the syllables ``tail`` open with a verb of an act or one of ``tagger.verbs-after-names``."""
    return opens_with_act(" ".join(tail)) or any(tuple(tail[:width]) in _VERBS for width in range(1, 4))


def spans_over_verbs_split(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span that holds two or more rule names and a verb between two of them
    replaced by those rule names."""
    ordered = sorted(rule_names, key=lambda n: n.start)
    result: list[Mention] = []
    for mention in tagged:
        inside = [n for n in ordered if mention.start <= n.start and n.end <= mention.end]
        if mention.confidence is not None and len(inside) >= 2 and _verb_between(mention, inside):
            result.extend(inside)
        else:
            result.append(mention)
    return result


def _verb_between(mention: Mention, names: list[Mention]) -> bool:
    """Whether the words after a person's name among ``names`` inside ``mention``, up to the next name,
    are lowercase and open with a verb (of an act, of ``tagger.verbs-after-names``, or of saying), or
    the words after a body's name that ends with its country or place open with a verb of saying
    ("Bộ Ngoại_giao Nga tuyên_bố Mỹ …"): a clause, which no body's name holds. A body's name that
    ends otherwise may go on in lowercase words that read as saying ("Công_ty Đánh_giá đánh_giá
    Việt_Nam"), and capitalised words are no clause."""
    for before, after in zip(names, names[1:]):
        if len(before.name.split()) < _PERSON_SYLLABLES or before.type not in (EntityType.PERSON, EntityType.ORGANIZATION):
            continue
        gap = mention.text[before.end - mention.start : after.start - mention.start].replace("_", " ").split()
        if not gap or not all(s.isalpha() and s.islower() for s in gap):
            continue
        if before.type is EntityType.PERSON and (saying_verb_opens(gap) or _opens_with_verb(gap)):
            return True
        if before.type is EntityType.ORGANIZATION and _ends_with_listed_place(before.text) and saying_verb_opens(gap):
            return True
    return False


def _ends_with_listed_place(name: str) -> bool:
    """Whether ``name`` ends with a country or place the gazetteers list ("Bộ Ngoại_giao Trung_Quốc"):
    a body's name complete with its country, which no lowercase words go on."""
    syllables = syllables_of(name)
    listed = name_list()
    return any(
        listed.get(syllables[-size:]) in _PLACE_TYPE_NAMES for size in range(1, min(_LONGEST_PLACE, len(syllables) - 1) + 1)
    )
