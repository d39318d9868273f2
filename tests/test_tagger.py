"""The entity tagger: trained here on sentences the test writes, deterministic,
and shipped inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pycrfsuite
import pytest

from kg.analyse import analyse
from kg.model import Article, EntityType, Mention
from kg.tagger.features import (
    EncodedFeatureExtractor,
    FeatureExtractor,
    document_types,
    glue_codes,
    neighbour_features,
    own_features,
    sequence_features,
    shape,
)
from kg.tagger.gazetteer import SyllableIndex, longest_matches, syllable_key, word_classes
from kg.tagger.mentions import _syllables_at, learned_mentions
from kg.tagger.syllables import syllable_spans
from kg.tagger.tagger import EntityTagger, TaggerError, _hyphenated_end, hint_labels, spans_from_labels
from kg.training.clusters import corpus_syllables, exchange_classes, lowercase_shares, write_classes
from kg.training.ner import LabelledSentence, train
from helpers import CreditTagger, FixedTagger

ROOT = Path(__file__).resolve().parents[1]

# (sentence, [(name, type)]) pairs written for the test.
MADE_UP = [
    ("Ông Nguyễn Văn An thăm Hà Nội hôm qua .", [("Nguyễn Văn An", "Person"), ("Hà Nội", "City")]),
    ("Bà Trần Thị Bình làm việc tại Bộ Y tế .", [("Trần Thị Bình", "Person"), ("Bộ Y tế", "Organization")]),
    ("Ông Lê Văn Cường gặp bà Phạm Thị Dung ở Đà Nẵng .", [("Lê Văn Cường", "Person"), ("Phạm Thị Dung", "Person"), ("Đà Nẵng", "City")]),
    ("Bộ Tài chính họp tại Hà Nội .", [("Bộ Tài chính", "Organization"), ("Hà Nội", "City")]),
    ("Theo Reuters , ông Hoàng Văn Em đến Đà Nẵng .", [("Reuters", "NewsAgency"), ("Hoàng Văn Em", "Person"), ("Đà Nẵng", "City")]),
    ("Bà Vũ Thị Giang nói với Bộ Y tế .", [("Vũ Thị Giang", "Person"), ("Bộ Y tế", "Organization")]),
] * 3


def _labelled(text: str, names: list[tuple[str, str]]) -> LabelledSentence:
    offsets = syllable_spans(text)
    labels = ["O"] * len(offsets)
    for name, entity_type in names:
        start = text.index(name)
        end = start + len(name)
        inside = [i for i, (s, e) in enumerate(offsets) if s >= start and e <= end]
        labels[inside[0]] = f"B-{entity_type}"
        for index in inside[1:]:
            labels[index] = f"I-{entity_type}"
    return LabelledSentence("t", tuple(text[s:e] for s, e in offsets), tuple(offsets), tuple(labels), (), None, {})


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    model = tmp_path_factory.mktemp("tagger") / "tiny.crfsuite"
    train([_labelled(text, names) for text, names in MADE_UP], model, {"max_iterations": 50})
    return model


def test_syllables_split_at_spaces_underscores_and_punctuation() -> None:
    text = "Kim_Jong-un tới TP.HCM,"
    assert [text[s:e] for s, e in syllable_spans(text)] == ["Kim", "Jong", "-", "un", "tới", "TP", ".", "HCM", ","]


def test_features_describe_shape_lists_and_hints() -> None:
    assert shape("Nguyễn") == "Xx" and shape("UBND") == "X" and shape("13/9") == "dpd"
    features = sequence_features(["ông", "Putin", "thăm", "Nga"], ["B-Person", None, None, "B-Country"])
    assert "w=putin" in features[1] and "title" in features[1] and "-1w=ông" in features[1]
    assert "+0name=B-Country" in features[3] and "+0rule=B-Country" in features[3]
    assert features[2][-1] == "-2cue=B-honorific" and features[2][0] == "bias"
    types = document_types(["Fernando", "Torres", "ghi", "bàn", "Torres"], ["B-Person", "I-Person", None, None, None])
    assert types == {"fernando": frozenset({"Person"}), "torres": frozenset({"Person"})}


def test_name_lists_match_the_longest_entry_left_to_right() -> None:
    entries = {("bộ",): "org", ("bộ", "tài", "chính"): "Organization", ("tài", "chính", "hà"): "x", ("hà", "nội"): "City"}
    words = ["bộ", "tài", "chính", "hà", "nội", "bộ", "tài"]
    expected = ["B-Organization", "I-Organization", "I-Organization", "B-City", "I-City", "B-org", None]
    assert longest_matches(words, SyllableIndex(entries)) == expected
    assert longest_matches(words, entries) == expected
    long_name = tuple("ủy ban nhân dân thành phố hà nội quận một".split())
    assert longest_matches(list(long_name), SyllableIndex({long_name: "Organization"}))[-1] == "I-Organization"


@pytest.mark.parametrize(
    "name",
    ["Hà Nội", "Thành_phố Hồ Chí Minh", "Kim Jong-un", "TP.HCM", "l'Orient", "  Bắc   Ninh ", "Lê_Văn_A2", "x² y", "Ⅷ Olympic", "", "_"],
)
def test_a_name_is_keyed_by_its_syllables_as_the_tagger_cuts_them(name: str) -> None:
    text = name.replace("_", " ").lower()
    assert syllable_key(name) == tuple(text[s:e] for s, e in syllable_spans(text))


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Ông Kim_Jong-un tới TP.HCM hôm_qua", 4, 15),  # a name on syllable bounds
        ("Ông Kim_Jong-un tới TP.HCM hôm_qua", 20, 26),
        ("Ông Kim_Jong-un tới TP.HCM hôm_qua", 5, 15),  # begins inside a syllable
        ("Ông Kim_Jong-un tới TP.HCM hôm_qua", 4, 13),  # ends inside one
        ("Ông Kim_Jong-un tới TP.HCM hôm_qua", 3, 16),  # begins and ends on spaces
        ("Ông Kim_Jong-un tới TP.HCM hôm_qua", 16, 16),
    ],
)
def test_a_span_has_the_syllables_cut_from_it_alone(text: str, start: int, end: int) -> None:
    offsets = syllable_spans(text)
    forms = [text[s:e] for s, e in offsets]
    expected = tuple(text[s:e] for s, e in syllable_spans(text, start, end))
    assert _syllables_at(text, offsets, forms, [s for s, _ in offsets], start, end) == expected


def test_labels_become_typed_spans() -> None:
    offsets = [(0, 3), (4, 7), (8, 11), (12, 15)]
    assert spans_from_labels(["B-Person", "I-Person", "O", "I-City"], offsets) == [
        (0, 7, "Person", 0, 2), (12, 15, "City", 3, 4),
    ]
    assert hint_labels(offsets, [(4, 11, "City")]) == [None, "B-City", "I-City", None]


def test_a_model_trained_on_made_up_sentences_tags_them(tiny_model: Path) -> None:
    tagger = EntityTagger(tiny_model)
    text = "Ông Nguyễn Văn An gặp bà Trần Thị Bình tại Bộ Y tế ."
    found = {(text[s.start:s.end], s.type) for s in tagger.tag(text)}
    assert ("Nguyễn Văn An", "Person") in found and ("Bộ Y tế", "Organization") in found
    assert all(0.0 < s.confidence <= 1.0 for s in tagger.tag(text))


def test_training_and_tagging_are_deterministic(tiny_model: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.crfsuite"
    train([_labelled(text, names) for text, names in MADE_UP], again, {"max_iterations": 50})
    assert again.read_bytes() == tiny_model.read_bytes()
    text = "Theo Reuters , bà Vũ Thị Giang thăm Hà Nội ."
    assert EntityTagger(tiny_model).tag(text) == EntityTagger(again).tag(text)


def test_features_do_not_depend_on_the_sentences_seen_before() -> None:
    extractor = FeatureExtractor()
    forms = ["Ông", "Lê", "Văn", "Cường", "gặp", "bà", "Phạm", "Thị", "Dung", "."]
    hints = [None, "B-Person", "I-Person", "I-Person", None, None, None, None, None, None]
    first = extractor.sequence(forms, hints, {"lê": frozenset({"Person"})}, {}, [None] * len(forms))
    extractor.sequence(["Hà", "Nội", "và", "Lê", "Văn"], None, None, {})
    again = extractor.sequence(forms, hints, {"lê": frozenset({"Person"})}, {}, [None] * len(forms))
    assert first == again == FeatureExtractor().sequence(forms, hints, {"lê": frozenset({"Person"})}, {}, [None] * len(forms))
    assert first == sequence_features(forms, hints, {"lê": frozenset({"Person"})}, {}, [None] * len(forms))


# (sentence, rule hints by syllable, article-wide types) written for the test: the
# kept parts of forms, pairs, marks and rare features must give every sentence
# exactly the features built from scratch, whatever was built before.
FEATURE_CASES = [
    ("Ông Lê Văn Cường gặp bà Phạm Thị Dung ở Hà Nội .", {1: "B-Person", 2: "I-Person", 3: "I-Person"}, {"lê": frozenset({"Person"})}),
    ("Bộ trưởng Ngoại giao Nga Sergei Lavrov tới Bình Nhưỡng", {4: "B-Country", 5: "B-Person", 6: "I-Person"}, {"nga": frozenset({"Country", "Organization"})}),
    ("Kim Jong-un tiếp phái đoàn của TP.HCM tại Hà Nội và Hà Nội", {0: "B-Person"}, {}),
    ("Hà", {0: "B-City"}, {"hà": frozenset({"City"})}),
    ("tỉnh Quảng Nam , tỉnh Quảng Ngãi , ông Lê", {}, None),
]


# (syllables, rule hints, syllable index, its rule features in order): each syllable
# reads its left neighbour's guess (-1), its own (+0), then its right one's (+1).
RULE_FEATURE_CASES = [
    (["thăm", "Nga", "và", "Lào"], [None, "B-Country", None, "B-Country"], 2, ["-1rule=B-Country", "+1rule=B-Country"]),
    (["thăm", "Nga", "và", "Lào"], [None, "B-Country", None, "B-Country"], 1, ["+0rule=B-Country"]),
    (["thăm", "Nga", "và", "Lào"], [None, "B-Country", None, "B-Country"], 0, ["+1rule=B-Country"]),
    (["Lê", "Văn", "An", "nói"], ["B-Person", "I-Person", "I-Person", None], 1, ["-1rule=B-Person", "+0rule=I-Person", "+1rule=I-Person"]),
    (["Lê", "Văn", "An", "nói"], ["B-Person", "I-Person", "I-Person", None], 3, ["-1rule=I-Person"]),
    (["Lê", "Văn", "An", "nói"], [None, None, None, None], 1, []),
]


@pytest.mark.parametrize(("forms", "hints", "index", "expected"), RULE_FEATURE_CASES)
def test_each_syllable_reads_the_rule_guesses_around_it_in_order(forms, hints, index, expected) -> None:
    for extractor in (FeatureExtractor(), FeatureExtractor()):
        extractor.sequence(forms, hints[::-1], None, {})  # other marks kept first must not leak in
        assert [f for f in extractor.sequence(forms, hints, None, {})[index] if "rule=" in f] == expected


@pytest.mark.parametrize(("text", "hinted", "article_types"), FEATURE_CASES)
def test_kept_parts_give_the_features_built_from_scratch(text: str, hinted: dict[int, str], article_types) -> None:
    offsets = syllable_spans(text)
    forms = [text[s:e] for s, e in offsets]
    hints = [hinted.get(index) for index in range(len(forms))]
    glue = glue_codes(text, offsets)
    warm = FeatureExtractor()
    for other, other_hinted, other_types in FEATURE_CASES:
        other_offsets = syllable_spans(other)
        other_forms = [other[s:e] for s, e in other_offsets]
        other_hints = [other_hinted.get(index) for index in range(len(other_forms))]
        warm.sequence(other_forms, other_hints, other_types, None, glue_codes(other, other_offsets))
    fresh = FeatureExtractor().sequence(forms, hints, article_types, None, glue)
    assert warm.sequence(forms, hints, article_types, None, glue) == fresh
    assert len(fresh) == len(forms) and all(features[0] == "bias" for features in fresh)


@pytest.mark.parametrize(("text", "hinted", "article_types"), FEATURE_CASES)
def test_encoded_features_are_the_utf8_of_the_kept_ones(text: str, hinted: dict[int, str], article_types) -> None:
    offsets = syllable_spans(text)
    forms = [text[s:e] for s, e in offsets]
    hints = [hinted.get(index) for index in range(len(forms))]
    glue = glue_codes(text, offsets)
    everything = sequence_features(forms, hints, article_types, None, glue)
    weighed = {feature for features in everything for feature in features[::2]}
    encoded = EncodedFeatureExtractor(weighed)
    for _ in range(2):  # built, then from the kept parts
        assert encoded.sequence(forms, hints, article_types, None, glue) == [
            [feature.encode("utf-8") for feature in features if feature in weighed] for features in everything
        ]


def test_the_tagger_reads_only_the_features_its_model_weighs_and_labels_alike(tiny_model: Path) -> None:
    crf = pycrfsuite.Tagger()
    crf.open(str(tiny_model))
    weighed = {attribute for attribute, _label in crf.info().state_features}
    text = "Theo Reuters , ông Lê Văn Cường gặp bà Trần Thị Bình ở Hà Nội và Huế ."
    offsets = syllable_spans(text)
    forms = [text[s:e] for s, e in offsets]
    hints = [None] * len(forms)
    everything = sequence_features(forms, hints, None, {}, glue_codes(text, offsets))
    kept = FeatureExtractor(weighed).sequence(forms, hints, None, {}, glue_codes(text, offsets))
    assert kept == [[f for f in features if f in weighed] for features in everything]
    assert sum(map(len, kept)) < sum(map(len, everything))
    assert EntityTagger(tiny_model).label(forms, hints, None, {}, glue_codes(text, offsets)) == crf.tag(everything)


def test_tagging_the_same_text_again_gives_the_same_spans(tiny_model: Path) -> None:
    tagger = EntityTagger(tiny_model)
    text = "Ông Hoàng Văn Em gặp bà Vũ Thị Giang tại Bộ Tài chính ."
    first = tagger.tag(text)
    tagger.tag("Bà Phạm Thị Dung đến Đà Nẵng .")
    assert first and tagger.tag(text) == first == EntityTagger(tiny_model).tag(text)


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TaggerError, match="make train"):
        EntityTagger(tmp_path / "none.crfsuite")


def test_the_shipped_model_loads_from_an_installed_wheel(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"), str(ROOT)],
        check=True,
    )
    wheel = next((tmp_path / "dist").glob("kg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert {
        "kg/data/ner.crfsuite", "kg/data/known_names.tsv", "kg/data/word_classes.tsv",
        "kg/data/place_names.tsv", "kg/data/person_names.tsv",
    } <= set(names)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(tmp_path / "site"), str(wheel)],
        check=True,
    )
    probe = (
        "import kg.tagger.tagger as t; from kg.tagger.gazetteer import known_names; "
        "assert str(t.MODEL_FILE).startswith(%r); tagger = t.default_tagger(); "
        "assert 'B-Person' in tagger.labels and known_names(); print('ok')"
    ) % str(tmp_path / "site")
    result = subprocess.run(
        [sys.executable, "-c", probe], env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.stdout.strip() == "ok", result.stderr


def _rule(text: str, surface: str, entity_type: str, **fields) -> Mention:
    start = text.index(surface)
    return Mention("t", 0, start, start + len(surface), surface, EntityType(entity_type), **fields)


SENTENCE = (
    "Tổng_thống Vladimir_Putin đón Kim_Jong-un tại sân_bay vũ_trụ Vostochny , "
    "rồi tới trung_tâm Komsomolsk-on-Amur , Bình_Nhưỡng và Lào ."
)


@pytest.fixture()
def analysed():
    return analyse(Article(id="t", text=SENTENCE, source="test", segmented=True))


def test_the_tagger_decides_names_and_the_rules_keep_what_they_are_sure_of(analysed) -> None:
    rules = (
        _rule(SENTENCE, "Vladimir_Putin", "Person", title="Tổng_thống", prefix_start=0),
        _rule(SENTENCE, "Kim_Jong-un", "Person"),
        _rule(SENTENCE, "sân_bay vũ_trụ Vostochny", "Facility"),
        _rule(SENTENCE, "Komsomolsk-on-Amur", "City"),
        _rule(SENTENCE, "Bình_Nhưỡng", "City"),
        _rule(SENTENCE, "Lào", "Country"),
        _rule(SENTENCE, "Tổng_thống", "Person", reference=True),
    )
    tagger = FixedTagger(
        {
            "Vladimir_Putin": ("Person", 0.9),
            "Kim_Jong-un": ("Organization", 0.4),
            "Vostochny": ("Organization", 0.5),
            "trung_tâm Komsomolsk-on-Amur": ("Organization", 0.6),
        }
    )
    found = {(m.text, m.type.value): m for m in learned_mentions(analysed, rules, tagger)}
    # The tagger's span and type win; the rules' title stays with the mention.
    assert found[("Vladimir_Putin", "Person")].title == "Tổng_thống"
    assert found[("Vladimir_Putin", "Person")].confidence == 0.9
    # ... but a well-known officeholder's full name typed a body is a person (kg.tagger.known_holders).
    assert ("Kim_Jong-un", "Person") in found and ("Kim_Jong-un", "Organization") not in found
    # A facility found by its cue keeps the rules' type, its name without the lowercase cue.
    assert ("Vostochny", "Facility") in found and ("Vostochny", "Organization") not in found
    assert ("sân_bay vũ_trụ Vostochny", "Facility") not in found
    # A lowercase-led span ending in a place the rules found is that place.
    assert ("Komsomolsk-on-Amur", "City") in found
    assert ("trung_tâm Komsomolsk-on-Amur", "Organization") not in found
    # A listed city the tagger missed is kept; a country it missed is not.
    assert ("Bình_Nhưỡng", "City") in found
    assert ("Lào", "Country") not in found
    # Role phrases pass through as the rules made them.
    assert found[("Tổng_thống", "Person")].reference


# (sentence, the tagger's lowercase-led span and type, the rules' place at its end, expected (text, type))
LOWERCASE_HEADS = [
    ("Nhà_máy ở khu kinh_tế Vân_Phong mở_cửa .", ("khu kinh_tế Vân_Phong", "Organization"), ("Vân_Phong", "Region"), ("Vân_Phong", "Region")),
    ("Họ tới trung_tâm công_nghiệp Perm hôm_qua .", ("trung_tâm công_nghiệp Perm", "Organization"), ("Perm", "City"), ("Perm", "City")),
    ("Bà ấy làm ở bệnh_viện Nhi_đồng Cần_Thơ .", ("bệnh_viện Nhi_đồng Cần_Thơ", "Organization"), ("Cần_Thơ", "City"), ("bệnh_viện Nhi_đồng Cần_Thơ", "Organization")),
    ("Anh học trường đại_học Bách_khoa Đà_Nẵng .", ("trường đại_học Bách_khoa Đà_Nẵng", "Organization"), ("Đà_Nẵng", "City"), ("trường đại_học Bách_khoa Đà_Nẵng", "Organization")),
    # A body's head among the lowercase words keeps the body's name whole.
    ("Chị vay ở ngân_hàng Bắc_Á năm ngoái .", ("ngân_hàng Bắc_Á", "Organization"), ("Bắc_Á", "Region"), ("ngân_hàng Bắc_Á", "Organization")),
    ("Ông ấy là ủy_viên thành_ủy Hải_Phòng .", ("thành_ủy Hải_Phòng", "Organization"), ("Hải_Phòng", "City"), ("thành_ủy Hải_Phòng", "Organization")),
    ("Anh làm cho công_ty cổ_phần thủy_sản Cà_Mau .", ("công_ty cổ_phần thủy_sản Cà_Mau", "Organization"), ("Cà_Mau", "Region"), ("công_ty cổ_phần thủy_sản Cà_Mau", "Organization")),
    ("Nhà_máy ở tỉnh Long_An mở_cửa .", ("tỉnh Long_An", "Organization"), ("Long_An", "Region"), ("Long_An", "Region")),
]


@pytest.mark.parametrize(("sentence", "tagged", "place", "expected"), LOWERCASE_HEADS)
def test_a_lowercase_head_before_a_place_is_trimmed_unless_a_capitalised_word_or_a_body_head_stands_before_it(
    sentence, tagged, place, expected
) -> None:
    analysed_sentence = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    rules = (_rule(sentence, place[0], place[1]),)
    found = learned_mentions(analysed_sentence, rules, FixedTagger({tagged[0]: (tagged[1], 0.8)}))
    assert [(m.text, m.type.value) for m in found] == [expected]


def test_hyphenated_lowercase_parts_stay_in_a_name_but_a_hyphen_between_names_splits() -> None:
    text = "Kim_Jong-un , Komsomolsk-on-Amur , Việt_Nam-Lào"
    offsets = syllable_spans(text)
    forms = [text[s:e] for s, e in offsets]

    def end_of(name: str) -> int:
        start = text.index(name)
        last = max(i for i, (s, e) in enumerate(offsets) if s >= start and e <= start + len(name))
        return _hyphenated_end(text, offsets, last + 1, offsets[last][1])

    assert text[: end_of("Kim_Jong")] == "Kim_Jong-un"
    assert text[text.index("Komsomolsk"): end_of("Komsomolsk")] == "Komsomolsk-on-Amur"
    assert text[text.index("Việt_Nam"): end_of("Việt_Nam")] == "Việt_Nam"
    assert forms[:4] == ["Kim", "Jong", "-", "un"]


@pytest.mark.parametrize(("agency", "tagged", "kept"), [("KCNA", "Person", "NewsAgency"), ("KCNA", "Organization", "Organization")])
def test_a_listed_news_agency_is_never_read_as_a_person(agency, tagged, kept) -> None:
    sentence = f"Hai nước hợp_tác , {agency} đưa_tin ."
    analysed_sentence = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    rules = (_rule(sentence, agency, "NewsAgency"),)
    found = learned_mentions(analysed_sentence, rules, FixedTagger({agency: (tagged, 0.8)}))
    assert [(m.text, m.type.value) for m in found] == [(agency, kept)]


class _FirstSentenceTagger(FixedTagger):
    """Tags its surfaces in the article's first sentence only, as a tagger that misses the repeats."""

    def tag_units(self, text, offsets, hints, article_types=None):
        return super().tag_units(text, offsets, hints, article_types) if offsets and offsets[0][0] == 0 else []


# (article, names the tagger finds in the first sentence, names expected after it)
REPEATS = [
    (
        "Ông Marco_Rossi tới Roma . Rossi ghi_bàn , rồi Marco_Rossi nghỉ .",
        {"Marco_Rossi": "Person"},
        [("Marco_Rossi", "Person"), ("Rossi", "Person"), ("Marco_Rossi", "Person")],
    ),
    (
        "Ông Tuấn gặp khách . Ông Tuấn nói , Lê_Tuấn và Tuấn_Anh im_lặng .",
        {"Tuấn": "Person"},
        [("Tuấn", "Person"), ("Tuấn", "Person")],
    ),
    (
        "Bà Trần_Thị Hoa nói . Hoa_Kỳ và hoa , rồi Hoa cười .",
        {"Trần_Thị Hoa": "Person"},
        [("Trần_Thị Hoa", "Person"), ("Hoa", "Person")],
    ),
    (
        "Cổ_phiếu HNX tăng . Sàn HNX giảm .",
        {"HNX": "Organization"},
        [("HNX", "Organization")],
    ),
    (
        "Ông Bảo đến Huế , gặp Bảo . Bảo cười .",
        {"Ông Bảo": "Person", "Bảo": "Organization"},
        [("Ông Bảo", "Person"), ("Bảo", "Organization")],
    ),
]


@pytest.mark.parametrize(("text", "tagged", "expected"), REPEATS)
def test_a_person_named_once_is_a_person_wherever_the_article_repeats_the_name_alone(text, tagged, expected) -> None:
    article = analyse(Article(id="t", text=text, source="test", segmented=True))
    tagger = _FirstSentenceTagger({surface: (entity_type, 0.7) for surface, entity_type in tagged.items()})
    found = learned_mentions(article, (), tagger)
    assert [(m.text, m.type.value) for m in found] == expected
    assert all(m.confidence == 0.7 and text[m.start:m.end] == m.text for m in found)


def test_word_classes_group_syllables_used_alike_and_are_learnt_alike_each_time(tmp_path: Path) -> None:
    texts = ["ông An nói rằng . ông Bình nói rằng . ông Cường nói rằng . ở Huế có mưa . ở Vinh có mưa . ở Hải có mưa ."] * 3
    syllables = corpus_syllables(texts)
    classes = exchange_classes(syllables, 6)
    assert classes["An"] == classes["Bình"] == classes["Cường"]
    assert classes["Huế"] == classes["Vinh"] == classes["Hải"] != classes["An"]
    assert exchange_classes(syllables, 6) == classes
    assert "hiếm" not in exchange_classes([*syllables, "hiếm"], 6)
    path = tmp_path / "classes.tsv"
    write_classes(path, {6: classes, 3: exchange_classes(syllables, 3)})
    read = word_classes.__wrapped__(path)
    assert read["An"] == (f"c3={exchange_classes(syllables, 3)['An']}", f"c6={classes['An']}")
    assert word_classes.__wrapped__(tmp_path / "none.tsv") == {}


def test_tagger_unsure_type_defers_to_a_sure_reading_of_the_same_name():
    from kg.model import EntityType, Mention
    from kg.tagger.mentions import _unsure_types_settled

    def named(start, entity_type, confidence, text="Bình_Nhưỡng"):
        return Mention("a", 0, start, start + len(text), text, entity_type, confidence=confidence)

    settled = _unsure_types_settled(
        [
            named(0, EntityType.CITY, 0.96),
            named(20, EntityType.ORGANIZATION, 0.46),  # unsure: takes the sure reading's type
            named(30, EntityType.ORGANIZATION, 0.55),  # so below 0.6
            named(40, EntityType.ORGANIZATION, 0.7),  # fairly sure: keeps its own
            named(60, EntityType.ORGANIZATION, 0.3, text="Milan"),  # no sure reading of its name
        ]
    )
    assert [m.type for m in settled] == [
        EntityType.CITY, EntityType.CITY, EntityType.CITY, EntityType.ORGANIZATION, EntityType.ORGANIZATION
    ]


def test_tagger_a_vietnamese_name_after_a_persons_title_is_a_person():
    from kg.model import EntityType, Mention
    from kg.tagger.mentions import _titled_vietnamese_names_persons

    rule = Mention("a", 0, 9, 25, "Trịnh_Ngọc_Thạch", EntityType.PERSON, title="Đại_biểu", title_span=(0, 8))
    body = Mention("a", 0, 40, 47, "Bộ Y_tế", EntityType.ORGANIZATION, title="Bộ_trưởng", title_span=(30, 39))
    tagged = [
        Mention("a", 0, 9, 25, "Trịnh_Ngọc_Thạch", EntityType.ORGANIZATION, confidence=0.6),
        Mention("a", 0, 40, 47, "Bộ Y_tế", EntityType.ORGANIZATION, confidence=0.9),
    ]
    kept = _titled_vietnamese_names_persons([rule, body], tagged)
    assert [m.type for m in kept] == [EntityType.PERSON, EntityType.ORGANIZATION]


# (sentence, the rules' facility, the tagger's spans, expected (text, type) of every name)
FACILITY_CUES = [
    ("Bà đi chợ Bến_Thành mua rau .", "chợ Bến_Thành", {"Bến_Thành": ("City", 0.6)}, [("Bến_Thành", "Facility")]),
    ("Máy_bay hạ_cánh xuống sân_bay Tân_Sơn_Nhất .", "sân_bay Tân_Sơn_Nhất", {}, [("Tân_Sơn_Nhất", "Facility")]),
    (
        "Tàu dừng ở nhà_ga trung_tâm Lyon .",
        "nhà_ga trung_tâm Lyon",
        {"nhà_ga trung_tâm Lyon": ("Facility", 0.7)},
        [("Lyon", "Facility")],
    ),
    # A capitalised kind is part of the name.
    ("Ông làm_việc tại Nhà_Trắng .", "Nhà_Trắng", {"Nhà_Trắng": ("Facility", 0.9)}, [("Nhà_Trắng", "Facility")]),
    # No capitalised word: nothing to trim to.
    ("Họ họp ở cầu số 3 .", "cầu số 3", {}, [("cầu số 3", "Facility")]),
]

# (sentence, the rules' name headed by a cue and its type, the tagger's spans, expected (text, type) of every name)
CUE_HEADED_NAMES = [
    # A square is a place: the lowercase cue is left out, and the name is no person's.
    (
        "Họ dựng tượng ở quảng_trường Lê_Lợi .",
        ("quảng_trường Lê_Lợi", "Location"),
        {"Lê_Lợi": ("Person", 0.8)},
        [("Lê_Lợi", "Location")],
    ),
    ("Đoàn diễu_hành qua Quảng_trường Đỏ .", ("Quảng_trường Đỏ", "Location"), {}, [("Quảng_trường Đỏ", "Location")]),
    # A hospital, a clinic, a restaurant are bodies: their head stays in the name.
    (
        "Bà được đưa vào bệnh_viện Chợ_Rẫy cấp_cứu .",
        ("bệnh_viện Chợ_Rẫy", "Organization"),
        {"Chợ_Rẫy": ("Facility", 0.7)},
        [("bệnh_viện Chợ_Rẫy", "Organization")],
    ),
    (
        "Chị làm ở nhà_hàng Hoa_Sen trên phố cổ .",
        ("nhà_hàng Hoa_Sen", "Organization"),
        {"nhà_hàng Hoa_Sen": ("Organization", 0.9)},
        [("nhà_hàng Hoa_Sen", "Organization")],
    ),
    # A name no cue heads is the tagger's to decide.
    ("Ông Lê_Lợi về quê .", ("Lê_Lợi", "Location"), {"Lê_Lợi": ("Person", 0.9)}, [("Lê_Lợi", "Person")]),
]


@pytest.mark.parametrize(("sentence", "facility", "tagged", "expected"), FACILITY_CUES)
def test_a_facility_leaves_the_lowercase_cue_in_front_of_its_name_out(sentence, facility, tagged, expected) -> None:
    analysed_sentence = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    rules = (_rule(sentence, facility, "Facility"),)
    found = learned_mentions(analysed_sentence, rules, FixedTagger(tagged))
    assert [(m.text, m.type.value) for m in found] == expected


@pytest.mark.parametrize(("sentence", "rule", "tagged", "expected"), CUE_HEADED_NAMES)
def test_a_name_a_cue_heads_keeps_the_rules_type_and_only_a_place_leaves_the_cue_out(sentence, rule, tagged, expected) -> None:
    analysed_sentence = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    found = learned_mentions(analysed_sentence, (_rule(sentence, *rule),), FixedTagger(tagged))
    assert [(m.text, m.type.value) for m in found] == expected


# (sentence, the rules' names with types, the tagger's spans, expected (text, type) of every name)
CUT_SHORT = [
    # The tagger stops inside a listed name: the listed name is taken whole.
    ("Tàu lạ xuất_hiện gần Hoàng Sa hôm_qua .", [("Hoàng Sa", "Location")], {"Hoàng": ("Location", 0.6)}, [("Hoàng Sa", "Location")]),
    ("Ông đến Ả Rập Saudi tuần trước .", [("Ả Rập Saudi", "Country")], {"Ả Rập": ("Country", 0.7)}, [("Ả Rập Saudi", "Country")]),
    # Not when the types disagree, nor when a name the rules do not list is cut short.
    ("Tàu lạ xuất_hiện gần Hoàng Sa hôm_qua .", [("Hoàng Sa", "Location")], {"Hoàng": ("Person", 0.6)}, [("Hoàng", "Person")]),
    ("Anh Lê Văn Tám về quê .", [("Lê Văn Tám", "Person")], {"Lê Văn": ("Person", 0.6)}, [("Lê Văn", "Person")]),
    # Nor when another tagged name stands in the rest of the listed name.
    ("Ông đến Ả Rập Saudi tuần trước .", [("Ả Rập Saudi", "Country")], {"Ả Rập": ("Country", 0.7), "Saudi": ("Person", 0.5)}, [("Ả Rập", "Country"), ("Saudi", "Person")]),
]


@pytest.mark.parametrize(("sentence", "rules", "tagged", "expected"), CUT_SHORT)
def test_a_tagged_span_cut_short_of_a_listed_name_takes_the_whole_name(sentence, rules, tagged, expected) -> None:
    analysed_sentence = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    rule_names = tuple(_rule(sentence, surface, entity_type) for surface, entity_type in rules)
    found = learned_mentions(analysed_sentence, rule_names, FixedTagger(tagged))
    assert sorted((m.text, m.type.value) for m in found) == sorted(expected)


# (article, names the tagger finds, expected (text, type) of every name after the post-steps)
BYLINES = [
    ("Giá xăng giảm nhẹ chiều nay . Nhiều người đổ xăng .\nThu_Hà", {}, [("Thu_Hà", "Person")]),
    ("Giá xăng giảm nhẹ chiều nay . Nhiều người đổ xăng .\nQuốc_Bảo ( Theo AFP )", {}, [("Quốc_Bảo", "Person")]),
    ("Giá xăng giảm nhẹ chiều nay . Nhiều người đổ xăng .\nHOÀNG LONG", {}, [("HOÀNG LONG", "Person")]),
    # a name already found over it is not found twice
    (
        "Chị Thu_Hà đi mua xăng chiều nay . Nhiều người đổ xăng .\nThu_Hà",
        {"Thu_Hà": ("Person", 0.95)},
        [("Thu_Hà", "Person"), ("Thu_Hà", "Person")],
    ),
    # a score line has a digit: no author
    ("Trận đấu kết_thúc . Hai đội hòa nhau .\nFT Arsenal 1", {}, []),
    # no byline at all
    ("Giá xăng giảm nhẹ chiều nay . Nhiều người đổ xăng .", {}, []),
]


@pytest.mark.parametrize(("text", "tagged", "expected"), BYLINES)
def test_the_closing_bylines_author_is_a_person_when_the_tagger_left_it(text, tagged, expected) -> None:
    article = analyse(Article(id="t", text=text, source="test", segmented=True))
    found = learned_mentions(article, (), FixedTagger(tagged))
    assert [(m.text, m.type.value) for m in found] == expected


# (credit, the tagger's reading of it alone, expected type)
CREDITS = [
    ("Nhật_Minh", ("Person", 0.99), "Person"),
    ("Nhật_Minh", ("Person", 0.6), "NewsAgency"),
    ("AFP", ("NewsAgency", 0.99), "NewsAgency"),
    ("Thanh_Niên", ("Person", 0.99), "NewsAgency"),
    ("Kim_Oanh", None, "NewsAgency"),
]


@pytest.mark.parametrize(("credit", "reading", "expected"), CREDITS)
def test_a_credit_the_tagger_reads_as_a_persons_name_and_no_list_knows_is_a_person(credit, reading, expected) -> None:
    from kg.tagger.mentions import credits_typed

    text = f"Hai nước hợp_tác . Ảnh : {credit}"
    article = analyse(Article(id="t", text=text, source="test", segmented=True))
    start = text.index(credit)
    mention = Mention("t", -1, start, start + len(credit), credit, EntityType.NEWS_AGENCY)
    tagger = CreditTagger({credit: reading} if reading else {})
    assert [m.type.value for m in credits_typed(article, (mention,), tagger)] == [expected]


# (sentence, names the tagger finds, expected (text, type) of every name after the post-steps)
ROADS = [
    ("Xe chạy trên quốc_lộ 5 về Hải_Phòng .", {}, [("quốc_lộ 5", "Location")]),
    ("Đoạn Quốc_lộ số 14B bị sạt_lở .", {}, [("Quốc_lộ số 14B", "Location")]),
    ("Họ mở_rộng tỉnh_lộ 8 năm nay .", {}, [("tỉnh_lộ 8", "Location")]),
    ("Xe chạy trên quốc_lộ mới .", {}, []),
    ("Xe chạy trên quốc_lộ 5 .", {"quốc_lộ 5": ("Location", 0.9)}, [("quốc_lộ 5", "Location")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), ROADS)
def test_a_road_named_by_its_number_is_a_location(sentence, tagged, expected) -> None:
    article = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    found = learned_mentions(article, (), FixedTagger(tagged))
    assert [(m.text, m.type.value) for m in found] == expected


# (sentence, names the tagger finds, expected (text, type) after the post-steps)
SURNAMES_BEFORE = [
    ("Em Khổng Văn_Mạnh đạt giải .", {"Văn_Mạnh": ("Person", 0.9)}, [("Khổng Văn_Mạnh", "Person")]),
    ("Chị Lò Mai_Cương phát_biểu .", {"Mai_Cương": ("Person", 0.9)}, [("Lò Mai_Cương", "Person")]),
    ("Ông Tuấn phát_biểu .", {"Tuấn": ("Person", 0.9)}, [("Tuấn", "Person")]),
    ("Bà đến Lê , Văn_Mạnh chờ .", {"Văn_Mạnh": ("Person", 0.9)}, [("Văn_Mạnh", "Person")]),
    ("Công_ty Lê Minh_Phát mở_rộng .", {"Minh_Phát": ("Organization", 0.9)}, [("Minh_Phát", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), SURNAMES_BEFORE)
def test_a_persons_name_cut_short_of_the_surname_before_it_takes_it_in(sentence, tagged, expected) -> None:
    article = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    found = learned_mentions(article, (), FixedTagger(tagged))
    assert [(m.text, m.type.value) for m in found] == expected


@pytest.mark.parametrize(
    ("form", "present", "absent"),
    [
        ("Robinho", {"title", "foreign", "title-foreign"}, {"vi", "title-vi"}),
        ("Nguyễn", {"title", "vi", "title-vi"}, {"foreign", "title-foreign"}),
        ("cướp", {"vi"}, {"title", "title-vi", "title-foreign"}),
        ("bóng", {"vi"}, {"title", "title-vi", "title-foreign"}),
        ("UEFA", {"title", "upper", "title-foreign"}, {"title-vi"}),
        ("2-1", {"digit"}, {"title", "title-vi", "title-foreign"}),
    ],
)
def test_a_capitalised_syllable_says_whether_it_is_spelt_the_vietnamese_way(form, present, absent) -> None:
    features = set(own_features(form))
    assert present <= features and not absent & features


@pytest.mark.parametrize(
    ("form", "offset", "expected"),
    [
        ("cướp", -1, {"-1lower"}),
        ("ghi", 1, {"+1lower"}),
        ("Kaka", -1, {"-1title", "-1foreign"}),
        ("Hà", 1, {"+1title", "+1vi"}),
        (",", -1, set()),
        ("9", 1, set()),
    ],
)
def test_a_neighbour_says_whether_it_is_a_lowercase_word(form, offset, expected) -> None:
    marks = {"lower", "title", "vi", "foreign"}
    found = {f for f in neighbour_features(form, offset) if f[2:] in marks}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "syllable", "bucket"),
    [
        ("Lúc đó trời mưa . lúc ấy lúc này lúc nào lúc sáng . Lúc về", "Lúc", 3),  # 4 of 6 lowercase
        ("Aslan hát . Aslan cười . anh Aslan đi", "Aslan", 0),  # never lowercase
        ("Sau đó về . sau này . Sau khi", "Sau", 2),  # 1 of 3 lowercase
        ("Khi đó . khi ấy . khi nào . khi về . khi đi . khi mưa . khi nắng . khi ăn . khi ngủ . khi học . Khi xong", "Khi", 4),
    ],
)
def test_a_capitalised_syllable_knows_how_often_it_is_written_lowercase(text, syllable, bucket) -> None:
    shares = lowercase_shares(corpus_syllables([text]))
    assert shares[syllable] == bucket
    assert not any(key[:1].islower() for key in shares)


def test_the_lowercase_share_is_a_column_the_tagger_reads_as_a_feature(tmp_path: Path) -> None:
    syllables = corpus_syllables(["Lúc đó . lúc ấy . lúc này . Lúc về . ông Aslan . ông Aslan ."] * 2)
    path = tmp_path / "classes.tsv"
    write_classes(path, {2: exchange_classes(syllables, 2)}, lowercase_shares(syllables))
    read = word_classes.__wrapped__(path)
    assert read["Aslan"][-1] == "low=0" and read["Lúc"][-1] == "low=3"  # half of them lowercase
    assert not any(feature.startswith("low=") for feature in read["ông"])


def _titled(start: int, text: str, title: str | None) -> Mention:
    span = (start - len(title) - 1, start - 1) if title else None
    return Mention("a", 0, start, start + len(text), text, EntityType.PERSON, title=title, title_span=span)


# (the rules' person: its title or None; the tagger's type and confidence of the same span; the type kept)
TITLED_UNSURE = [
    ("Ngoại_trưởng", EntityType.ORGANIZATION, 0.61, EntityType.PERSON),  # unsure: the title decides
    ("Ngoại_trưởng", EntityType.COUNTRY, 0.3, EntityType.PERSON),
    ("Ngoại_trưởng", EntityType.ORGANIZATION, 0.95, EntityType.ORGANIZATION),  # sure: the tagger decides
    (None, EntityType.ORGANIZATION, 0.61, EntityType.ORGANIZATION),  # no title: nothing to go by
    ("Ca_sỹ", EntityType.PERSON, 0.4, EntityType.PERSON),
]


@pytest.mark.parametrize(("title", "tagged_type", "confidence", "expected"), TITLED_UNSURE)
def test_a_name_after_a_persons_title_is_a_person_unless_the_tagger_is_sure(title, tagged_type, confidence, expected) -> None:
    from kg.tagger.mentions import _unsure_titled_names_persons

    rule = _titled(20, "Sergey_Lavrov", title)
    tagged = Mention("a", 0, 20, 33, "Sergey_Lavrov", tagged_type, confidence=confidence)
    other = Mention("a", 0, 40, 47, "Bộ Y_tế", EntityType.ORGANIZATION, confidence=0.6)
    kept = _unsure_titled_names_persons([rule], [tagged, other])
    assert [m.type for m in kept] == [expected, EntityType.ORGANIZATION]


# (sentence, the tagger's spans, expected facilities) written for the test.
LISTED_FACILITIES = [
    (
        "Sáng nay , tại các chợ như Hòa_Bình , Minh_Khai và Văn_Chương , giá rau tăng .",
        {"Hòa_Bình": ("Person", 0.7), "Minh_Khai": ("Person", 0.6), "Văn_Chương": ("Location", 0.5)},
        ["Hòa_Bình", "Minh_Khai", "Văn_Chương"],
    ),
    (
        "Ở những sân_bay Long_Thành , Cát_Bi hành_khách đông .",
        {"Long_Thành": ("City", 0.6), "Cát_Bi": ("Person", 0.6)},
        ["Long_Thành", "Cát_Bi"],
    ),
    # The longest cue ("nhà_máy điện hạt_nhân") is read whole before its list.
    (
        "Ở những nhà_máy điện hạt_nhân Rivne , Khmelnytskyi sự_cố đã xảy ra .",
        {"Rivne": ("City", 0.6), "Khmelnytskyi": ("City", 0.6)},
        ["Rivne", "Khmelnytskyi"],
    ),
    # One name is no list: the tagger's reading stands.
    ("Tại các chợ Hòa_Bình giá rau tăng .", {"Hòa_Bình": ("Person", 0.7)}, []),
    # No plural marker: "chợ Hòa_Bình , Hà_Nội" is a market and its city.
    ("Tại chợ Hòa_Bình , Hà_Nội giá rau tăng .", {"Hòa_Bình": ("Person", 0.7), "Hà_Nội": ("City", 0.9)}, []),
    # A kind that is no facility's ("các tỉnh") types nothing.
    ("Tại các tỉnh Long_An , Bến_Tre giá rau tăng .", {"Long_An": ("Region", 0.9), "Bến_Tre": ("Region", 0.9)}, []),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), LISTED_FACILITIES)
def test_names_listed_after_a_plural_facility_cue_are_facilities(sentence, tagged, expected) -> None:
    analysed_sentence = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    found = learned_mentions(analysed_sentence, (), FixedTagger(tagged))
    assert sorted(m.text for m in found if m.type == EntityType.FACILITY) == sorted(expected)
    assert len(found) == len(tagged)


@pytest.mark.parametrize(
    "text",
    [
        "Giá vàng | Hà Nội tăng",
        "Kết quả : A || B ||| C",
        "| mở đầu và kết thúc |",
    ],
)
def test_word_pairs_with_a_bar_read_the_bigram_features_the_model_weighs(text: str) -> None:
    offsets = syllable_spans(text)
    forms = [text[s:e] for s, e in offsets]
    hints = [None] * len(forms)
    everything = sequence_features(forms, hints, None, {}, glue_codes(text, offsets))
    bigrams = {feature for features in everything for feature in features if feature.startswith(("bi-1=", "bi+1="))}
    assert any("||" in feature for feature in bigrams)
    # the model weighs every pair of the text, or only the pairs whose left syllable is a bar
    for weighed in ({f for features in everything for f in features}, {f for f in bigrams if f[5] == "|"} | {"bias"}):
        kept = FeatureExtractor(weighed).sequence(forms, hints, None, {}, glue_codes(text, offsets))
        assert kept == [[f for f in features if f in weighed] for features in everything]
