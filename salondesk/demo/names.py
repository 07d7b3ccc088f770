"""Realistic, deterministic people for the demo salon: names and Chinese mobile numbers.

Everything takes a seeded ``random.Random`` so a demo is the same for the same
seed. Surnames are weighted roughly by their frequency in China (王, 李, 张, 刘, 陈
first), with the rarer ones a search must still handle well (曾 zēng, 单 shàn —
both read differently as surnames — and two-character 欧阳, 司马). About one
customer in seven goes by an English name, as in a city salon.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# (surname, pinyin, weight): weights are rough per-mille shares of the population.
SURNAMES: tuple[tuple[str, str, float], ...] = (
    ("王", "Wang", 74),
    ("李", "Li", 72),
    ("张", "Zhang", 69),
    ("刘", "Liu", 54),
    ("陈", "Chen", 46),
    ("杨", "Yang", 32),
    ("黄", "Huang", 24),
    ("赵", "Zhao", 22),
    ("吴", "Wu", 20),
    ("周", "Zhou", 19),
    ("徐", "Xu", 14),
    ("孙", "Sun", 13),
    ("马", "Ma", 12),
    ("朱", "Zhu", 12),
    ("胡", "Hu", 11),
    ("郭", "Guo", 11),
    ("何", "He", 10),
    ("林", "Lin", 10),
    ("高", "Gao", 10),
    ("罗", "Luo", 9),
    ("郑", "Zheng", 9),
    ("梁", "Liang", 9),
    ("谢", "Xie", 7),
    ("宋", "Song", 7),
    ("唐", "Tang", 7),
    ("许", "Xu", 6),
    ("韩", "Han", 6),
    ("冯", "Feng", 6),
    ("邓", "Deng", 6),
    ("曹", "Cao", 6),
    ("彭", "Peng", 5),
    ("曾", "Zeng", 5),
    ("肖", "Xiao", 5),
    ("田", "Tian", 5),
    ("董", "Dong", 5),
    ("袁", "Yuan", 4),
    ("潘", "Pan", 4),
    ("于", "Yu", 4),
    ("蒋", "Jiang", 4),
    ("蔡", "Cai", 4),
    ("余", "Yu", 4),
    ("杜", "Du", 4),
    ("叶", "Ye", 4),
    ("程", "Cheng", 4),
    ("苏", "Su", 3),
    ("魏", "Wei", 3),
    ("吕", "Lü", 3),
    ("丁", "Ding", 3),
    ("任", "Ren", 3),
    ("沈", "Shen", 3),
    ("姚", "Yao", 3),
    ("卢", "Lu", 3),
    ("姜", "Jiang", 3),
    ("崔", "Cui", 3),
    ("钟", "Zhong", 3),
    ("谭", "Tan", 3),
    ("陆", "Lu", 3),
    ("汪", "Wang", 2),
    ("范", "Fan", 2),
    ("金", "Jin", 2),
    ("石", "Shi", 2),
    ("廖", "Liao", 2),
    ("贾", "Jia", 2),
    ("夏", "Xia", 2),
    ("韦", "Wei", 2),
    ("方", "Fang", 2),
    ("白", "Bai", 2),
    ("邹", "Zou", 2),
    ("孟", "Meng", 2),
    ("熊", "Xiong", 2),
    ("秦", "Qin", 2),
    ("邱", "Qiu", 2),
    ("江", "Jiang", 2),
    ("尹", "Yin", 2),
    ("薛", "Xue", 2),
    ("段", "Duan", 1.5),
    ("雷", "Lei", 1.5),
    ("侯", "Hou", 1.5),
    ("龙", "Long", 1.5),
    ("史", "Shi", 1.5),
    ("陶", "Tao", 1.5),
    ("黎", "Li", 1.5),
    ("贺", "He", 1.5),
    ("顾", "Gu", 1.5),
    ("毛", "Mao", 1.5),
    ("郝", "Hao", 1.2),
    ("龚", "Gong", 1.2),
    ("邵", "Shao", 1.2),
    ("万", "Wan", 1.2),
    ("钱", "Qian", 1.2),
    ("严", "Yan", 1.2),
    ("武", "Wu", 1.2),
    ("戴", "Dai", 1.2),
    ("莫", "Mo", 1),
    ("孔", "Kong", 1),
    ("汤", "Tang", 1),
    ("单", "Shan", 1),
    ("欧阳", "Ouyang", 0.5),
    ("司马", "Sima", 0.2),
    ("诸葛", "Zhuge", 0.1),
)

_FEMALE_CHARS = "芳娜敏静丽艳娟霞秀玲桂英华慧燕雪琳婷颖晶欣怡佳悦梦雅琪倩璐妍瑶洁萍红梅兰凤云月"
_MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆昊然轩博文志国建峰亮成东龙"
_NEUTRAL_CHARS = "子晓小一嘉思雨天诗宏家梓晨心可安乐"

FEMALE_ENGLISH = (
    "Amy",
    "Anna",
    "Cathy",
    "Cindy",
    "Coco",
    "Emily",
    "Grace",
    "Helen",
    "Iris",
    "Jessica",
    "Joyce",
    "Kelly",
    "Lily",
    "Linda",
    "Lucy",
    "Mandy",
    "Nancy",
    "Sally",
    "Sophia",
    "Tina",
    "Vivian",
    "Wendy",
    "Yoyo",
    "Zoe",
)
MALE_ENGLISH = (
    "Alex",
    "Andy",
    "Ben",
    "Bruce",
    "David",
    "Eric",
    "Frank",
    "Henry",
    "Jack",
    "Jason",
    "Jerry",
    "Kevin",
    "Leo",
    "Michael",
    "Peter",
    "Ryan",
    "Sam",
    "Steven",
    "Tony",
    "Vincent",
)

# Real Chinese mobile prefixes (China Mobile, Unicom, Telecom, Broadnet).
MOBILE_PREFIXES: tuple[str, ...] = (
    *(f"13{d}" for d in range(10)),
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    *(f"18{d}" for d in range(10)),
    "191",
    "193",
    "195",
    "196",
    "197",
    "198",
    "199",
)

_SURNAME_CHOICES = [s for s, _, _ in SURNAMES]
_SURNAME_WEIGHTS = [w for _, _, w in SURNAMES]
_PINYIN = {s: p for s, p, _ in SURNAMES}


@dataclass(frozen=True)
class Person:
    """A made-up person: display name, gender (``female``/``male``) and mobile number."""

    name: str
    gender: str
    mobile: str  # 11 digits, national format

    @property
    def mobile_e164(self) -> str:
        """The mobile number as E.164 (``+86…``)."""
        return f"+86{self.mobile}"


def gender(rng: random.Random, female_share: float = 0.72) -> str:
    """``female`` or ``male``; a beauty salon's customers are mostly women."""
    return "female" if rng.random() < female_share else "male"


def surname(rng: random.Random) -> str:
    """A surname drawn by frequency."""
    return rng.choices(_SURNAME_CHOICES, weights=_SURNAME_WEIGHTS, k=1)[0]


def chinese_name(rng: random.Random, sex: str | None = None) -> str:
    """A Chinese full name: surname + one or two given-name characters (张伟, 曾晓燕)."""
    sex = sex or gender(rng)
    chars = _FEMALE_CHARS if sex == "female" else _MALE_CHARS
    given = rng.choice(chars)
    if rng.random() < 0.7:
        given = rng.choice(_NEUTRAL_CHARS + chars) + given
    return surname(rng) + given


def english_name(rng: random.Random, sex: str | None = None) -> str:
    """An English given name with a pinyin surname, as Chinese customers use them (Amy Chen)."""
    sex = sex or gender(rng)
    first = rng.choice(FEMALE_ENGLISH if sex == "female" else MALE_ENGLISH)
    return f"{first} {_PINYIN[surname(rng)]}"


def person_name(rng: random.Random, sex: str | None = None, english_share: float = 0.15) -> str:
    """Mostly Chinese names, some English ones."""
    sex = sex or gender(rng)
    return english_name(rng, sex) if rng.random() < english_share else chinese_name(rng, sex)


def mobile_number(rng: random.Random) -> str:
    """An 11-digit Chinese mobile number with a real prefix (138…, 159…, 186…, 199…)."""
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def person(rng: random.Random, english_share: float = 0.15) -> Person:
    """A whole made-up person."""
    sex = gender(rng)
    return Person(person_name(rng, sex, english_share), sex, mobile_number(rng))


def unique_mobiles(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct mobile numbers (for bulk customers: a phone identifies one file)."""
    seen: set[str] = set()
    result: list[str] = []
    while len(result) < count:
        number = mobile_number(rng)
        if number not in seen:
            seen.add(number)
            result.append(number)
    return result
