"""What an article itself says a short form stands for, and whom an honorific rules out.

- "Tập đoàn Dầu khí Việt Nam (PVN)": a name followed by an acronym in
  brackets defines it; the acronym then names that thing in its article,
  and in the build when every article that defines it agrees.
  A listed name ("Liên Hợp Quốc", ``ontology/aliases.tsv``) or an acronym
  ("ASEAN") followed by another acronym in brackets ends the longer name
  the acronym is of ("Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)"): no definition.
- "ông" and "bà" (``resolver.honorific-gender`` in ``ontology/words.tsv``)
  say a person's gender, and so does a Vietnamese full name's middle name
  ("Thị", "Văn": ``resolver.middle-name-gender``): a short form under one
  never joins a full name the build only writes under the other ("ông Hoa"
  is not "Nguyễn Thị Hoa").
"""

from __future__ import annotations

import re
from collections import defaultdict

from kg.resolve.names import LOCATION, PERSON, exact_key, fold, initials, is_acronym, person_gender
from kg.resolve.units import Named, UnitKey, full_names_by_article

#: "(PVN)", and "(FSA, nhóm nổi dậy …)": the acronym first in brackets, alone or before a comment.
_BRACKETED = re.compile(r"^\s*\(\s*([^()\s,;]{2,12})\s*[),;]")


def defined_acronyms(full_units: dict[UnitKey, list[Named]], texts: dict[str, str]) -> dict[tuple[str, str], set[UnitKey]]:
    """(article id or "*" for the build, acronym key) -> the units the acronym is defined as."""
    defined: dict[tuple[str, str], set[UnitKey]] = defaultdict(set)
    for item in full_names_by_article(full_units):
        text = texts.get(item.mention.article_id, "")
        found = _BRACKETED.match(text[item.mention.end : item.mention.end + 20])
        if found is None or not is_acronym(found.group(1)) or not _may_abbreviate(found.group(1), item):
            continue
        key = exact_key(found.group(1))
        defined[(item.mention.article_id, key)].add(item.unit)  # type: ignore[arg-type]
        defined[("*", key)].add(item.unit)  # type: ignore[arg-type]
    return defined


def _may_abbreviate(acronym: str, item: Named) -> bool:
    """Whether the acronym in brackets after ``item`` may be its own.

    A person's name is followed by the acronym of the body they belong to
    ("Phan Văn Mãi (HLHTNVN)"); a place's name by one of another thing
    unless the initials agree ("Anh (GCHQ)"); and a name whose inner words the
    acronym spells is followed by the acronym of that inner name ("Công đoàn
    Ngân hàng Chính sách xã hội (NHCSXH)" is the union of the bank NHCSXH).
    """
    if item.category == PERSON:
        return False
    if is_acronym(item.name) or (item.alias is not None and exact_key(acronym) not in {exact_key(n) for n in item.alias.names}):
        return False  # "ASEAN (AHA)", "Liên Hợp Quốc (UNDP)": the end of a longer name
    letters = fold(re.sub(r"[^\w]", "", acronym))
    spelt = initials(item.name)
    if item.category == LOCATION and not spelt.startswith(letters[:1]):
        return False
    return not (letters in spelt and not spelt.startswith(letters))


def gender_of(item: Named) -> str | None:
    """The gender the mention's honorific, else its middle name, says ("male", "female"), or None."""
    return person_gender(item.mention.honorific, item.name)


def genders_of_units(full_units: dict[UnitKey, list[Named]]) -> dict[UnitKey, set[str]]:
    """The genders the honorifics and the middle names of each full name say."""
    genders: dict[UnitKey, set[str]] = defaultdict(set)
    for unit, items in full_units.items():
        for item in items:
            gender = gender_of(item)
            if gender:
                genders[unit].add(gender)
    return genders
