"""Records a build writes to disk and reads back with pickle (the resolver's
decisions, ``kg.stream``) come back equal, field for field."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass, fields

import pytest

from kg.model import Decision, EntityType, Mention, pickled_by_fields

BARE = Mention("a1", 0, 4, 10, "Hà_Nội", EntityType.CITY)
FULL = Mention(
    "a2", 3, 120, 135, "Kim_Jong-un", EntityType.PERSON, title="Chủ_tịch", honorific="ông",
    prefix_start=100, reference=False, confidence=0.9731, title_span=(100, 108),
)
REFERENCE = Mention("a3", 1, 0, 16, "Tổng_thống Nga", EntityType.PERSON, title="Tổng_thống", reference=True)

# (record) written for the test: every field set, defaults left, optional fields None.
RECORDS = [
    BARE,
    FULL,
    REFERENCE,
    Decision(FULL, "person/kim-jong-un", "exact-name", "same name in 3 articles", 1.0),
    Decision(BARE, None, "ambiguous", "two cities called so", 0.5, rejected=("city/ha-noi", "city/ha-noi-2")),
]


@pytest.mark.parametrize("record", RECORDS)
@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_records_come_back_from_pickle_equal(record, protocol: int) -> None:
    back = pickle.loads(pickle.dumps(record, protocol=protocol))
    assert type(back) is type(record) and back == record
    assert [getattr(back, f.name) for f in fields(record)] == [getattr(record, f.name) for f in fields(record)]
    assert copy.deepcopy(record) == record


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class OneField:
    """A record of a single field: its pickle still holds a tuple of values."""

    value: tuple[int, ...]


def test_a_record_of_one_field_pickles_too() -> None:
    assert pickle.loads(pickle.dumps(OneField((1, 2)))) == OneField((1, 2))
