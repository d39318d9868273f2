"""Extractions as plain data (JSON), for the extraction cache and the trip back from a worker.

Reading data back never runs code: each record is rebuilt from its field
values by the constructor of a class of ``kg.model``, chosen by the type
annotations of the record being read, never by anything stored. A value of
the wrong shape raises ``CodecError``.

A record is a JSON array of its field values in declaration order; a tuple
is an array; an enum is its value; a sentence carries its tokens as three
flat arrays (texts, starts, ends), which keeps the data small and fast.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import types
import typing
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from functools import lru_cache
from typing import Any

from kg.model import AnalysedArticle, Article, Extraction, Mention, Sentence, Token, record_maker

Decoder = Callable[[Any], Any]
Encoder = Callable[[Any], Any]


class CodecError(ValueError):
    """Stored data that does not have the shape of the record it should be."""


def dumps(extraction: Extraction) -> bytes:
    """``extraction`` as compressed JSON bytes."""
    return _compressed(_encoder(Extraction)(extraction))


def dumps_apart(extraction: Extraction) -> tuple[bytes, bytes]:
    """``extraction`` as two compressed JSON parts: all of it but its sentences' tokens, and
    those tokens. A build reads only the first (half the text to parse); ``loads`` joins them."""
    value = _encoder(Extraction)(extraction)
    sentences = value[0][1]
    tokens = [sentence[4:] for sentence in sentences]
    for sentence in sentences:
        sentence[4:] = [[], [], []]
    return _compressed(value), _compressed(tokens)


def _compressed(value: Any) -> bytes:
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def loads(data: bytes, tokens: bool = True, token_data: bytes | None = None) -> Extraction:
    """The extraction ``dumps`` wrote, or ``dumps_apart`` in two parts (``data``, ``token_data``);
    ``CodecError`` when ``data`` is not one.

    ``tokens=False`` leaves every sentence without its tokens, several times
    faster, for a build that reads nothing of them after extraction; the
    tokens part is then not needed.
    """
    with _decoding():
        value = json.loads(zlib.decompress(data).decode("utf-8"))
        if tokens and token_data is not None:
            _join_tokens(value, json.loads(zlib.decompress(token_data).decode("utf-8")))
        return _decoder(Extraction, tokens)(value)


def _join_tokens(value: Any, tokens: Any) -> None:
    """Put back into the sentences of the stored extraction ``value`` their token arrays ``tokens``."""
    sentences = _array(_array(_array(value)[0])[1])
    if len(_array(tokens)) != len(sentences):
        raise CodecError(f"{len(tokens)} sentences of tokens for {len(sentences)} sentences")
    for sentence, arrays in zip(sentences, tokens):
        if len(_array(arrays)) != 3 or len(_array(sentence)) != 7:
            raise CodecError("a sentence's tokens are not three arrays beside its four fields")
        sentence[4:] = arrays


def loads_mentions(data: bytes) -> Extraction:
    """Of the extraction ``dumps`` wrote, only its article and mentions (the rest left empty):
    what resolution reads, at a fraction of the cost of ``loads``."""
    with _decoding():
        value = _array(json.loads(zlib.decompress(data).decode("utf-8")))
        article = _decoder(Article)(_array(value[0])[0])
        mentions = _decoder(tuple[Mention, ...])(value[1])
        return Extraction(AnalysedArticle(article, (), None, None, None, None), mentions)


@contextmanager
def _decoding() -> Iterator[None]:
    """Around a decoding: a fresh table of shared strings, and any sign of data that is
    no stored extraction raised as ``CodecError``."""
    _strings.clear()
    try:
        yield
    except CodecError:
        raise
    except (zlib.error, UnicodeDecodeError, ValueError, TypeError, IndexError, KeyError) as error:
        raise CodecError(f"not a stored extraction ({type(error).__name__}: {error})") from error
    finally:
        _strings.clear()


#: The strings of the extraction being read: a text repeated in it (the sentence of
#: several provenances, the article id of every record) becomes one object in memory,
#: a quarter less memory for a build's extractions. Reading runs in one thread.
_strings: dict[str, str] = {}


def _hints(record: type) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(record)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(record)]


def _is_optional(hint: Any) -> tuple[bool, Any]:
    """(True, X) for ``X | None``, else (False, hint)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) == 1 and len(typing.get_args(hint)) == 2:
            return True, options[0]
    return False, hint


@lru_cache(maxsize=None)
def _encoder(hint: Any) -> Encoder:
    optional, inner = _is_optional(hint)
    if optional:
        encode = _encoder(inner)
        return lambda value: None if value is None else encode(value)
    if inner is Sentence:
        return _encode_sentence
    if isinstance(inner, type) and dataclasses.is_dataclass(inner):
        fields = [(name, _encoder(field_hint)) for name, field_hint in _hints(inner)]
        return lambda value: [encode(getattr(value, name)) for name, encode in fields]
    if isinstance(inner, type) and issubclass(inner, Enum):
        return lambda value: value.value
    if typing.get_origin(inner) is tuple:
        arguments = typing.get_args(inner)
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            encode = _encoder(arguments[0])
            return lambda value: [encode(item) for item in value]
        encoders = [_encoder(a) for a in arguments]
        return lambda value: [encode(item) for encode, item in zip(encoders, value)]
    if inner in (str, int, float, bool):
        return lambda value: value
    raise TypeError(f"no encoding for {inner!r}")


@lru_cache(maxsize=None)
def _decoder(hint: Any, tokens: bool = True) -> Decoder:
    optional, inner = _is_optional(hint)
    if optional:
        decode = _decoder(inner, tokens)
        return lambda value: None if value is None else decode(value)
    if inner is Sentence:
        return _decode_sentence if tokens else _decode_sentence_without_tokens
    if isinstance(inner, type) and dataclasses.is_dataclass(inner):
        return _record_decoder(inner, tokens)
    if isinstance(inner, type) and issubclass(inner, Enum):
        return inner
    if typing.get_origin(inner) is tuple:
        arguments = typing.get_args(inner)
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            decode = _decoder(arguments[0], tokens)
            return lambda value: tuple(map(decode, _array(value)))
        decoders = [_decoder(a, tokens) for a in arguments]

        def fixed(value: Any) -> tuple:
            if len(_array(value)) != len(decoders):
                raise CodecError(f"expected {len(decoders)} values, got {value!r}")
            return tuple(map(operator.call, decoders, value))

        return fixed
    if inner in (str, int, float, bool):
        return _scalar(inner)
    raise TypeError(f"no decoding for {inner!r}")


def _record_decoder(record: type, tokens: bool) -> Decoder:
    decoders = [_decoder(field_hint, tokens) for _, field_hint in _hints(record)]
    size = len(decoders)
    make = record_maker(record)

    def decode(value: Any) -> Any:
        if type(value) is not list or len(value) != size:
            _array(value)  # a value that is no array is told as such; JSON gives no subclass of list
            raise CodecError(f"a {record.__name__} has {size} fields, got {len(value)}")
        return make(*map(operator.call, decoders, value))

    return decode


def _array(value: Any) -> list:
    if not isinstance(value, list):
        raise CodecError(f"expected an array, got {type(value).__name__}")
    return value


def _scalar(kind: type) -> Decoder:
    if kind is str:
        return _str
    # JSON gives exactly these types: a bool is no int here, an int is a float
    accepted = (int, float) if kind is float else (kind,)

    def decode(value: Any) -> Any:
        if type(value) not in accepted:
            raise CodecError(f"expected {kind.__name__}, got {value!r}")
        return value

    return decode


def _encode_sentence(sentence: Sentence) -> list:
    tokens = sentence.tokens
    return [
        sentence.index,
        sentence.start,
        sentence.end,
        sentence.kind,
        [t.text for t in tokens],
        [t.start for t in tokens],
        [t.end for t in tokens],
    ]


_new = object.__new__
_set_text, _set_start, _set_end = Token.text.__set__, Token.start.__set__, Token.end.__set__  # type: ignore[attr-defined]


def _token(text: str, start: int, end: int) -> Token:
    # The slots are set directly: a frozen dataclass's __init__ is several times slower.
    if not (isinstance(text, str) and type(start) is int and type(end) is int):
        raise CodecError(f"not a token: {text!r}, {start!r}, {end!r}")
    token = _new(Token)
    _set_text(token, text)
    _set_start(token, start)
    _set_end(token, end)
    return token


def _decode_sentence(value: Any) -> Sentence:
    index, start, end, kind, texts, starts, ends = _array(value)
    if not (len(_array(texts)) == len(_array(starts)) == len(_array(ends))):
        raise CodecError("a sentence's token arrays differ in length")
    return Sentence(_int(index), _int(start), _int(end), tuple(map(_token, texts, starts, ends)), _str(kind))


def _decode_sentence_without_tokens(value: Any) -> Sentence:
    index, start, end, kind, _, _, _ = _array(value)
    return Sentence(_int(index), _int(start), _int(end), (), _str(kind))


def _int(value: Any) -> int:
    if type(value) is not int:
        raise CodecError(f"expected int, got {value!r}")
    return value


def _str(value: Any) -> str:
    if type(value) is not str:  # JSON gives no subclass of str
        raise CodecError(f"expected str, got {value!r}")
    return _strings.setdefault(value, value)
