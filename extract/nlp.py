"""spaCy (blank Vietnamese, rule components only): tokens with folded norms, comrade names.

The pipeline is built once per process. Words come from a regex tokenizer that keeps "Đ/c" whole;
each token's NORM is its folded key, so Matcher patterns are accent- and case-insensitive.
pyvi word segmentation is not used: measured on minute lines it splits names ("Nguyễn | Văn An")
and costs ~10x the time, with no gain for these rule patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from extract import cues
from extract.text import fold

# "K'Thương", "H'Hen": names of the Central Highlands peoples keep their apostrophe inside one word
# ("H' Linh Êban": the apostrophe may stand before a space; "H'" is then a word of its own)
_TOKEN_RX = re.compile(r"[ĐđÐDd]\s?[/.]\s?[cC](?![^\W\d_])|[^\W\d_]+(?:['’][^\W\d_]+)+|[A-Z]['’](?=\s+[^\W\d_])|\w+|[^\w\s]")
_DEGREES = frozenset(cues.DEGREES)
_WORD_RX = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[A-Z]['’]")
_ROLE_START = frozenset(cues.ROLE_START)


@dataclass(frozen=True)
class Name:
    start: int  # char offsets in the line
    end: int
    text: str
    titled: bool  # written after "đồng chí" / "đ/c" / "đc"


class _NLP:
    def __init__(self) -> None:
        self.nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        self.matcher = Matcher(self.nlp.vocab)
        if not Token.has_extension("cap"):
            Token.set_extension("cap", default=False)  # first letter upper case (Vietnamese-aware)
        if not Token.has_extension("word"):
            Token.set_extension("word", default=False)  # letters only (an inner apostrophe allowed)
        if not Token.has_extension("degree"):
            Token.set_extension("degree", default=False)  # "ThS.", "PGS.TS.": written before a name, not part of it
        name = [{"_": {"degree": True}, "OP": "*"}, {"_": {"cap": True, "word": True}, "OP": "+"}]
        self.matcher.add("TITLED", [
            [{"NORM": "dong"}, {"NORM": "chi"}, {"ORTH": ":", "OP": "?"}] + name,
            [{"NORM": {"IN": ["d/c", "dc", "d.c", "d /c", "d/ c", "d / c"]}}, {"ORTH": ":", "OP": "?"}] + name,
        ] + [t + rank + name for t in ([{"NORM": "dong"}, {"NORM": "chi"}], [{"NORM": {"IN": ["d/c", "dc", "d.c"]}}], [])
             for rank in ([{"NORM": {"IN": ["dai", "thuong", "trung", "thieu"]}}, {"NORM": {"IN": ["uy", "ta", "tuong", "si"]}}],)],
            greedy="LONGEST")
        self.matcher.add("RUN", [name])  # all sub-runs: a trimmed run leaves room for the next

    def doc(self, text: str) -> Doc:
        words, spaces, starts = [], [], []
        for m in _TOKEN_RX.finditer(text):
            words.append(m.group())
            starts.append(m.start())
            spaces.append(m.end() < len(text) and text[m.end()].isspace())
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        degree = False
        for tok in doc:  # (the extensions default to False: only what is true is set, it is the slow part)
            tok.norm_ = fold(tok.text).replace(" ", "")
            if tok.text[:1].isupper():
                tok._.cap = True
            degree = tok.norm_ in _DEGREES or (tok.text == "." and degree)
            if degree:
                tok._.degree = True
            elif _WORD_RX.fullmatch(tok.text):
                tok._.word = True
        doc.user_data["starts"] = starts  # offsets in the original line (spaces may repeat)
        return doc


@lru_cache(maxsize=1)
def get() -> _NLP:
    return _NLP()


_RANKS = frozenset(cues.RANKS)
# "đ/c Bí thư Lý Hoàng Nam", "đồng chí Trưởng thôn Lò Văn Pao": a comrade named after their role
_ROLE_BEFORE = re.compile(cues.COMRADE_WRITTEN + r"\s+(?:" + cues.ROLE_WRITTEN + rf")\b(?:\s+[{cues.LOWER}]+){{0,3}}\s$", re.I)
_NAME_STOP = frozenset(cues.NAME_STOP)


def _trim(tokens, doc) -> list:
    """Cut a capitalised run where a role starts ("Nguyễn Văn An Bí thư"), at a wide gap
    (two columns of a signature block) and at 5 syllables."""
    out = []
    starts = doc.user_data["starts"]
    tokens = list(tokens)
    while tokens and tokens[0].i + 1 < len(doc) and f"{tokens[0].norm_} {doc[tokens[0].i + 1].norm_}" in _RANKS:
        tokens = [t for t in tokens if t.i > tokens[0].i + 1]  # "đồng chí Đại úy Lương Văn Đức"
    for t in tokens:
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if out and (t.text.lower() in _NAME_STOP and after is not None and after._.word and after.text[:1].islower()
                    and out[-1].text not in ("Văn", "Thị")  # "Huỳnh Văn Được vận động": no name ends in "Văn"
                    or re.fullmatch(r"[IVXL]{2,}", t.text)):
            break  # "Lại Văn Quý Đi công tác": a reason written with a capital ("Nguyễn Thành Được (Bí thư)" is a name)
        nxt = doc[t.i + 1].norm_ if t.i + 1 < len(doc) else ""
        if out and starts[t.i] - (starts[out[-1].i] + len(out[-1].text)) > 2:
            break
        role_word = t.text.lower() in ("bí", "phó")  # not "Phớ", "Bì": given names
        if not out and (f"{t.norm_} {nxt}" in _ROLE_START or role_word or t.text.lower() in cues.ROLE_FIRST_WORDS):
            return []  # a role, not a name ("đồng chí Phó Bí thư Lê Văn Tám", "đ/c Trưởng Công an xã")
        if out and (f"{t.norm_} {nxt}" in _ROLE_START and t.text.lower() != "phớ" or role_word and nxt):
            break
        if t.norm_ in ("chi", "dang") and nxt in ("uy", "bo", "vien"):
            break
        out.append(t)
        if len(out) == 5:
            break
    return out


_CAPITAL = re.compile(rf"(?<![\w])[{cues.UPPER}]")
_TITLE_KEY = re.compile(r"\b(?:dong chi|d\s?[/.]\s?c|dc)\b")


@lru_cache(maxsize=8192)
def names(text: str, loose: bool = False) -> tuple[Name, ...]:
    """Names in one line: after a comrade title (titled) or capitalised runs starting with a surname
    (any capitalised run of 2+ syllables when `loose`, for a slot like "Chủ trì: …")."""
    caps = len(_CAPITAL.findall(text))
    if caps < 2 and not (caps and _TITLE_KEY.search(fold(text))):
        return ()  # every name has two words with capitals, or one after "đồng chí": most lines need no parse
    n = get()
    doc = n.doc(text)
    found: list[Name] = []
    taken: set[int] = set()
    matches = sorted(n.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    for mid, s, e in matches:
        label = n.nlp.vocab.strings[mid]
        span = doc[s:e]
        if label == "TITLED":
            body = [t for t in span if t._.word and not t._.degree and (t.text[:1].isupper() or
                                                        (t.i > 0 and f"{doc[t.i - 1].norm_} {t.norm_}" in _RANKS))]
            # drop the title tokens ("Đồng chí" is capitalised itself)
            # ("Đồng" alone is a surname: "đ/c Đồng Văn Quyết")
            while body and body[0].norm_ in ("dong", "chi", "d/c", "dc", "d.c") and body[0].i < s + 3 \
                    and (body[0].norm_ != "chi" or body[0].i == s + 1) \
                    and (body[0].norm_ != "dong" or body[0].i + 1 < len(doc) and doc[body[0].i + 1].norm_ == "chi"):
                body = body[1:]
            titled = True
        else:
            body = [t for t in span if not t._.degree]  # "ThS.BS Hà Văn Toàn": the degree is no part of the name
            # a degree or job title written with its dot ("BS.", "ĐD.", "ThS.BS") names a person ("CN" may be Sunday)
            titled = any(t.text == "." and t._.degree for t in span) or bool(_ROLE_BEFORE.search(text[:span.start_char]))
            # a surname not in the list is still a name when a middle name follows ("Bàn Thị Mẩy", "Sơn Văn Chanh Đa")
            middle = len(body) >= 3 and body[1].text in ("Thị", "Văn")
            if not body or len(body) < 2 or (body[0].norm_ not in cues.SURNAMES and not loose and not titled
                                              and not middle):
                continue
        while body and body[0].text in ("TT", "STT"):  # a table's number column heading: "TT Họ và tên"
            body = body[1:]
        if len(body) > 2 and body[0].text in ("ĐC", "Đ.C", "ĐC."):  # "ĐC Nguyễn Thị Thuý": the title in capitals
            body, titled = body[1:], True
        body = _trim(body, doc)
        if not body or any(t.i in taken for t in body):
            continue
        if not titled and len(body) < 2:
            continue
        starts = doc.user_data["starts"]
        st, en = starts[body[0].i], starts[body[-1].i] + len(body[-1].text)
        taken.update(t.i for t in body)
        found.append(Name(st, en, text[st:en], titled))
    found.sort(key=lambda x: x.start)
    return tuple(found)
