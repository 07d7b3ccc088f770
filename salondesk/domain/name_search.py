"""Search keys for customer names and phones, computed once when a file is saved.

The counter search must stay instant with 200,000 customers, so everything a query
compares against is precomputed here and stored in indexed columns (and a token
table): the normalised name, its full pinyin and pinyin initials (with the
surname read as a surname: 曾 is *zeng*, 单 is *shan*), single Chinese characters
and bigrams (FTS trigram cannot match 1–2 character queries), and the phone's
national digits and last four digits. Pure functions, no database.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import phonenumbers

# Surnames whose everyday reading differs from the reading as a surname (pypinyin's
# default gets these wrong: 曾志伟 → ceng, 单伟 → dan). Compound surnames first.
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "欧阳": ("ou", "yang"),
    "上官": ("shang", "guan"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"),
    "澹台": ("tan", "tai"),
    "令狐": ("ling", "hu"),
    "慕容": ("mu", "rong"),
    "夏侯": ("xia", "hou"),
    "公孙": ("gong", "sun"),
    "宇文": ("yu", "wen"),
    "司徒": ("si", "tu"),
    "端木": ("duan", "mu"),
    "轩辕": ("xuan", "yuan"),
    "呼延": ("hu", "yan"),
    "西门": ("xi", "men"),
    "南宫": ("nan", "gong"),
    "闻人": ("wen", "ren"),
    "赫连": ("he", "lian"),
    "钟离": ("zhong", "li"),
}
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "乐": "yue",
    "翟": "zhai",
    "盖": "ge",
    "覃": "qin",
    "缪": "miao",
    "秘": "bi",
    "繁": "po",
    "召": "shao",
    "种": "chong",
    "员": "yun",
    "贲": "ben",
    "句": "gou",
    "柏": "bai",
    "隗": "wei",
    "折": "she",
    "谌": "chen",
    "那": "na",
    "都": "du",
    "华": "hua",
    "任": "ren",
    "纪": "ji",
    "薄": "bo",
    "宁": "ning",
    "燕": "yan",
    "尉": "wei",
    "恽": "yun",
    "令": "ling",
    "逄": "pang",
    "冼": "xian",
    "阚": "kan",
    "长": "chang",
    "重": "chong",
    "沈": "shen",
    "车": "che",
    "厍": "she",
    "祭": "zhai",
    "能": "nai",
    "卜": "bu",
    "朝": "chao",
    "莫": "mo",
    "万": "wan",
    "黑": "he",
    "藏": "zang",
    "臧": "zang",
    "阿": "a",
    "喻": "yu",
    "应": "ying",
    "行": "xing",
    "过": "guo",
    "雍": "yong",
    "殷": "yin",
    "奇": "ji",
    "叶": "ye",
}

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_CJK_RUN = re.compile(_CJK.pattern + "+")
_LATIN_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGITS = re.compile(r"\d")
MAX_TOKEN = 8  # characters; tokens are one or two CJK characters


@functools.lru_cache(maxsize=65536)
def is_cjk(char: str) -> bool:
    """True for a Chinese character (CJK unified ideographs, extensions, compatibility); cached: names repeat them."""
    return bool(_CJK.fullmatch(char))


def person_name(first: str, last: str) -> str:
    """A full name from given and family name as the salon writes it.

    Chinese (and other CJK) names: family name first, no space (张 + 伟 → 张伟);
    other names: given name, a space, family name.
    """
    first, last = first.strip(), last.strip()
    joined = last + first
    if joined and all(is_cjk(ch) for ch in joined):
        return joined
    return " ".join(part for part in (first, last) if part)


def has_cjk(text: str) -> bool:
    """True when ``text`` contains a Chinese character."""
    return bool(_CJK.search(text))


def normalise_text(text: str) -> str:
    """Case-folded, NFKC (full-width → half-width), single spaces: the form every comparison uses."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _run_pinyin(run: str) -> tuple[str, ...]:
    """Toneless pinyin of a run of Chinese characters (given names repeat: cached)."""
    # pypinyin loads its large dictionaries on import (~0.5 s): only when a name is converted
    from pypinyin import Style, lazy_pinyin

    return tuple(p for p in lazy_pinyin(run, style=Style.NORMAL) if p.isascii())


def name_sort_key(name: str) -> tuple[str, str]:
    """Alphabetical order for a list of people: Chinese names by their pinyin, among Latin ones.

    安娜 (an na) < Lily Chen < 王芳 (wang fang) < 张伟 (zhang wei); the written name breaks ties.
    """
    return " ".join(name_syllables(name)), normalise_text(name)


def name_syllables(name: str) -> list[str]:
    """Pinyin syllables of the Chinese part and lower-case words of the Latin part, in order.

    A name that starts with a Chinese surname reads it as a surname.
    """
    text = normalise_text(name)
    syllables: list[str] = []
    start = 0
    # the surname: only at the start of a Chinese name
    if text[:2] in COMPOUND_SURNAMES:
        syllables.extend(COMPOUND_SURNAMES[text[:2]])
        start = 2
    elif len(text) > 1 and is_cjk(text[0]) and is_cjk(text[1]):
        syllables.append(SURNAME_READINGS.get(text[0]) or "".join(_run_pinyin(text[0])))
        start = 1
    rest = text[start:]
    if _CJK_RUN.fullmatch(rest):  # most names: the rest is one run of Chinese characters (what the loop finds)
        syllables.extend(_run_pinyin(rest))
        return [s.replace("ü", "v") for s in syllables if s]
    run: list[str] = []

    def flush_run() -> None:
        if run:
            syllables.extend(_run_pinyin("".join(run)))
            run.clear()

    pos = 0
    while pos < len(rest):
        char = rest[pos]
        if is_cjk(char):
            run.append(char)
            pos += 1
            continue
        flush_run()
        match = _LATIN_WORD.match(rest, pos)
        if match:
            word = _strip_accents(match.group()).lower()
            word = "".join(c for c in word if c.isascii() and c.isalpha())
            if word:
                syllables.append(word)
            pos = match.end()
        else:
            pos += 1
    flush_run()
    return [s.replace("ü", "v") for s in syllables if s]


def name_tokens(name: str) -> set[str]:
    """Single Chinese characters and bigrams of consecutive Chinese characters of ``name``."""
    text = normalise_text(name)
    if _CJK_RUN.fullmatch(text):  # all Chinese (most names): every character and every pair, as the loop finds
        return {*text, *(text[i : i + 2] for i in range(len(text) - 1))}
    tokens: set[str] = set()
    previous = ""
    for char in text:
        if is_cjk(char):
            tokens.add(char)
            if previous:
                tokens.add(previous + char)
            previous = char
        else:
            previous = ""
    return tokens


@dataclass(frozen=True)
class NameKeys:
    """What a name is searched by."""

    norm: str  # case-folded name, for prefixes and substrings
    pinyin: str  # "zengzhiwei"; Latin names: their letters ("johnsmith")
    initials: str  # "zzw"; Latin names: initials of their words ("js")
    tokens: frozenset[str]  # 曾, 志, 伟, 曾志, 志伟


@functools.lru_cache(maxsize=65536)
def name_keys(name: str) -> NameKeys:
    """Every precomputed search key of ``name`` (cached: bulk imports repeat names a lot)."""
    syllables = name_syllables(name)
    return NameKeys(
        norm=normalise_text(name)[:120],
        pinyin="".join(syllables)[:240],
        initials="".join(s[0] for s in syllables)[:60],
        tokens=frozenset(name_tokens(name)),
    )


# ------------------------------------------------------------------ phones
def digits_of(text: str) -> str:
    """Only the ASCII digits of ``text`` (full-width digits are folded first)."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isascii() and c.isdigit())


def parse_phone(raw: str, region: str) -> str:
    """``raw`` as E.164 (``+8613812345678``); raises ``ValueError`` when it is not a valid number.

    Accepts spaces, dashes, brackets, full-width digits, ``+86``/``0086`` prefixes.
    """
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text or not _DIGITS.search(text):
        raise ValueError(raw)
    quick = _plain_cn_number(text, region or "CN")
    if quick is not None:
        if not quick:
            raise ValueError(raw)
        return quick
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region or "CN")
    except phonenumbers.NumberParseException as exc:
        raise ValueError(raw) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError(raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_CARRIER_PREFIXES = ("179",)  # a Chinese carrier-selection prefix phonenumbers may strip: the full path decides
# The number types phonenumbers' is_valid_number tries (_number_type_helper): any match makes a number valid.
_NUMBER_TYPES = (
    "premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail",
    "fixed_line", "mobile",
)  # fmt: skip


def _plain_cn_number(text: str, region: str) -> str | None:
    """The answer of phonenumbers for a Chinese number typed as 11 plain digits ``1[3-9]…``, without its parser.

    The E.164 when valid, ``""`` when refused, None for any other shape (the full path decides).
    An import of 50,000 customers spent 4 s in ``phonenumbers.parse`` for numbers of this one shape.
    For them the parser keeps the digits as the national number (no ``+``, no ``00``, no ``86``,
    no national prefix to strip but the ``179`` carrier code, left to the full path), and
    ``is_valid_number`` accepts a number that matches the general pattern and the pattern of any
    number type; here the same metadata patterns are matched, with the same length checks.
    """
    if region != "CN" or not _PLAIN_MOBILE.fullmatch(text) or text.startswith(_CARRIER_PREFIXES):
        return None
    general, types, country_code = _cn_11_digit_patterns()
    if general is None or not general.fullmatch(text):
        return ""
    for pattern in types:
        if pattern.fullmatch(text):
            return f"+{country_code}{text}"
    return ""


@functools.cache
def _cn_11_digit_patterns() -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...], int]:
    """China's general pattern and its number types' patterns, each only if 11 digits is a possible length.

    As phonenumbers' ``_is_number_matching_desc``: a description whose possible lengths are listed
    and exclude the number's length does not match; one without a pattern matches nothing.
    """
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    assert metadata is not None and metadata.country_code is not None

    def pattern(number_desc: Any) -> re.Pattern[str] | None:
        if number_desc is None or not number_desc.national_number_pattern:
            return None
        if number_desc.possible_length and 11 not in number_desc.possible_length:
            return None
        return re.compile(number_desc.national_number_pattern)

    types = [p for p in (pattern(getattr(metadata, name)) for name in _NUMBER_TYPES) if p is not None]
    # mobile first: the usual match; the order does not change the answer (any match makes it valid)
    return pattern(metadata.general_desc), tuple(reversed(types)), metadata.country_code


def phone_entered(raw: str, region: str) -> str:
    """A phone typed anywhere (customer file, walk-in, guest booking, complaint): ``""`` or its E.164.

    The one validation of every phone field; raises ``ValueError`` for a number that
    is not valid (e.g. ``12345``).
    """
    return parse_phone(raw, region) if raw.strip() else ""


def national_digits(e164: str) -> str:
    """The national significant number of an E.164 phone (``13812345678``)."""
    if e164.startswith("+86") and len(e164) == 14 and e164[3:].isdigit():
        return e164[3:]  # the common case, without a parse (bulk inserts)
    try:
        return str(phonenumbers.parse(e164, None).national_number)
    except phonenumbers.NumberParseException:
        return digits_of(e164)


def mask_phone(e164: str | None) -> str:
    """``138****5678``: what a technician sees instead of the number."""
    if not e164:
        return ""
    national = national_digits(e164)
    if len(national) <= 4:
        return "*" * len(national)
    keep_head = 3 if len(national) >= 9 else 0
    return national[:keep_head] + "*" * (len(national) - keep_head - 4) + national[-4:]


def format_phone(e164: str | None) -> str:
    """A phone for display: national format for the number's own country, international otherwise."""
    if not e164:
        return ""
    if e164.startswith("+86") and len(e164) == 14 and e164[3:].isdigit() and e164[3] == "1":
        return f"{e164[3:6]} {e164[6:10]} {e164[10:]}"  # a Chinese mobile, without a parse (search results)
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 86:
        national = str(number.national_number)
        if len(national) == 11:
            return f"{national[:3]} {national[3:7]} {national[7:]}"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@dataclass(frozen=True)
class PhoneKeys:
    """What a customer's phones are searched by."""

    national: str | None  # mobile's national digits (exact match, prefix)
    last4: str | None  # its last four digits (the counter's usual query)
    digits: str  # every phone's digits, space separated (FTS trigram: any run of ≥ 4)


def phone_keys(mobile_e164: str | None, other_phone: str | None) -> PhoneKeys:
    """Every precomputed search key of a customer's phones."""
    national = national_digits(mobile_e164) if mobile_e164 else None
    parts = [p for p in (national, digits_of(other_phone) if other_phone else "") if p]
    return PhoneKeys(national=national, last4=national[-4:] if national else None, digits=" ".join(parts))
