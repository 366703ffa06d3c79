"""Merge benchmark: store and merge N mentions (about 3 per case, from different sources).

Usage: python bench/bench_merge.py [N ...] [--postgresql] [--batch 500] [--repeat 3]
(sizes default to 1000 10000 100000; sizes below 100,000 run --repeat times, the best counts)

N/3 people, each returned on one day of 2015-2024 from one country. Names as in the real
announcements: most occur once, common ones recur (surnames by population share, given-name
characters by a Zipf law, 0.2% of people named 张伟, 王芳 and the like), 8% are anonymised (王某);
the printed line says how often names recur at each size. Each mention comes from its own
article (a Chinese report with the hanzi name and the exact day, a provincial one with the month
only, an English one with the pinyin in either order; anonymised people in Chinese only, with
all facts or, month-only, without the post); articles go in as the crawl writes them,
``--batch`` per transaction. Prints seconds and ms per mention
at each size and the 100k/10k time ratio: 10 means linear growth, about 12.5 n log n; anything
near 100 would mean all-pairs comparison. ``--postgresql`` runs on a temporary database of the
server at $RETURNWATCH_BENCH_PG (default postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.record import CaseRecord, Evidence  # noqa: E402
from output.store import open_store  # noqa: E402
from output.store.pg_admin import DEFAULT_ADMIN_URL, temporary_database  # noqa: E402
from output.store.writes import ArticleWrite  # noqa: E402

# The workload's names follow real announcements: most people's names occur once, common
# names recur (surnames weighted by their share of the population in per mille, given names of
# two characters, one in ten of one, characters weighted by a Zipf law on their rank, and 0.2%
# of people carry one of the ten commonest full names), and 8% of people are anonymised (王某).
SURNAMES = (
    "王wang71 李li70 张zhang67 刘liu54 陈chen45 杨yang31 黄huang22 赵zhao22 吴wu20 周zhou19 "
    "徐xu16 孙sun15 马ma13 朱zhu13 胡hu12 郭guo12 何he11 高gao11 林lin11 罗luo9 郑zheng9 "
    "梁liang9 谢xie8 宋song7 唐tang7 许xu6 韩han6 冯feng6 邓deng6 曹cao6 彭peng5 曾zeng5 "
    "肖xiao5 田tian5 董dong5 袁yuan4 潘pan4 于yu4 蒋jiang4 蔡cai4 余yu4 杜du4 叶ye4 程cheng4 "
    "苏su3 魏wei3 吕lv3 丁ding3 任ren3 沈shen3"
)
GIVEN = (
    "建jian 国guo 立li 文wen 海hai 燕yan 明ming 远yuan 志zhi 强qiang 秀xiu 英ying 伟wei 华hua "
    "丽li 娟juan 军jun 平ping 晓xiao 东dong 德de 春chun 红hong 玉yu 兰lan 芳fang 敏min 静jing "
    "霞xia 梅mei 亮liang 刚gang 勇yong 杰jie 涛tao 斌bin 超chao 鹏peng 辉hui 磊lei 俊jun "
    "峰feng 林lin 波bo 宇yu 浩hao 凯kai 鑫xin 洪hong 新xin 成cheng 荣rong 富fu 贵gui 福fu "
    "生sheng 金jin 山shan 云yun 龙long 江jiang 永yong 庆qing 祥xiang 宏hong 振zhen 家jia "
    "世shi 忠zhong 仁ren 义yi 智zhi 信xin 和he 安an 泰tai 昌chang 盛sheng 利li 民min 光guang "
    "辰chen 卫wei 兵bing 学xue 培pei 锋feng 彬bin 琳lin 婷ting 雪xue 莉li 萍ping 慧hui 颖ying "
    "佳jia 倩qian 洁jie 琴qin 桂gui 淑shu 凤feng 珍zhen 彩cai 秋qiu 月yue 冬dong 飞fei 鸣ming "
    "晨chen 阳yang 天tian 中zhong 正zheng 长chang 树shu 根gen 发fa 娜na"
)
COMMONEST = ["张伟", "王伟", "王芳", "李伟", "刘伟", "李娜", "张敏", "李静", "王静", "王秀英"]
COMMON_SHARE = 0.002
SINGLE_CHAR_SHARE = 0.1
ANONYMISED_SHARE = 0.08
COUNTRIES = "US40 CA20 AU10 NZ6 TH6 MY5 SG4 GB4 FR3 JP2"
POSTS = [
    f"某{place}{office}{rank}"
    for place in ("县", "市", "区")
    for office in ("财政局", "国土资源局", "农业农村局", "住建局", "国有企业")
    for rank in ("局长", "副局长", "科长")
]
CRIMES = ["bribery", "embezzlement", "misappropriation", "fraud", "illegal_fundraising"]


def _split(table: str) -> tuple[dict[str, str], list[str], list[int]]:
    """'王wang71 李li70' -> pinyin by hanzi, hanzi in order, weights (1 when none given)."""
    pinyin: dict[str, str] = {}
    weights: list[int] = []
    for item in table.split():
        letters = item[1:].rstrip("0123456789")
        pinyin[item[0]] = letters
        weights.append(int(item[1 + len(letters) :] or 1))
    return pinyin, list(pinyin), weights


SURNAME_PY, SURNAME_LIST, SURNAME_WEIGHTS = _split(SURNAMES)
GIVEN_PY, GIVEN_LIST, _ = _split(GIVEN)
GIVEN_WEIGHTS = [1 / (rank + 1) ** 0.5 for rank in range(len(GIVEN_LIST))]
COUNTRY_LIST = [c[:2] for c in COUNTRIES.split()]
COUNTRY_WEIGHTS = [int(c[2:]) for c in COUNTRIES.split()]


@dataclass(frozen=True)
class Person:
    name: str
    pinyin: str | None  # None for an anonymised name
    day: str
    country: str
    crime: str
    post: str

    @property
    def anonymised(self) -> bool:
        return self.pinyin is None


def romanise(name: str) -> str:
    """'王秀英' -> 'Wang Xiuying'."""
    surname = SURNAME_PY[name[0]].capitalize()
    return f"{surname} {''.join(GIVEN_PY[c] for c in name[1:]).capitalize()}"


def make_person(rng: random.Random) -> Person:
    """A person who returned on one day between 2015 and 2024 from one country."""
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3652))
    country = rng.choices(COUNTRY_LIST, COUNTRY_WEIGHTS)[0]
    crime, post = rng.choice(CRIMES), rng.choice(POSTS)
    surname = rng.choices(SURNAME_LIST, SURNAME_WEIGHTS)[0]
    roll = rng.random()
    if roll < ANONYMISED_SHARE:
        return Person(surname + "某", None, day.isoformat(), country, crime, post)
    if roll < ANONYMISED_SHARE + COMMON_SHARE:
        name = rng.choice(COMMONEST)
    else:
        given = rng.choices(
            GIVEN_LIST, GIVEN_WEIGHTS, k=1 if rng.random() < SINGLE_CHAR_SHARE else 2
        )
        name = surname + "".join(given)
    return Person(name, romanise(name), day.isoformat(), country, crime, post)


def people(n: int) -> list[Person]:
    """The people behind ``n`` mentions: about three mentions each."""
    rng = random.Random(f"people-{n}")
    return [make_person(rng) for _ in range(max(n // 3, 1))]


def describe(persons: list[Person]) -> str:
    """How often names recur among the people (what makes look-ups find several cases)."""
    named = Counter(p.name for p in persons if not p.anonymised)
    shared = sum(count for count in named.values() if count > 1)
    total = sum(named.values())
    anonymised = len(persons) - total
    top = named.most_common(1)[0] if named else ("-", 0)
    return (
        f"{len(persons)} people: {anonymised / len(persons):.0%} anonymised; "
        f"{len(named)} distinct names, {1 - shared / max(total, 1):.0%} of named people "
        f"unique, most frequent {top[0]} x{top[1]}"
    )


def article(j: int, person: Person) -> ArticleWrite:
    """Article ``j`` about ``person``: a central report (hanzi name, exact day), a provincial
    one (month only) or an English one (pinyin, given name first half the time). Anonymised
    people are reported in Chinese only; the month-only report lacks the facts that would let
    it merge."""
    url = f"https://example.gov.cn/{j}.html"
    kind = j % 3
    if person.anonymised:
        return _anonymised(j, url, person, full_facts=kind != 1)
    if kind == 2:
        first, last = person.pinyin.split(" ", 1) if person.pinyin else ("", "")
        shown = f"{last} {first}" if j % 2 else f"{first} {last}"
        text = f"{shown} returned to China from abroad on {person.day}."
        record = CaseRecord(
            document_id="",
            source_url=url,
            language="en",
            name=shown,
            name_simplified=shown,
            name_pinyin=None,
            name_is_full=True,
            fled_to=[person.country],
            return_date=person.day,
            method="surrendered",
            confidence=0.7,
            evidence=[Evidence("name", shown, 0, len(shown))],
        )
    else:
        text = f"职务犯罪嫌疑人{person.name}于{person.day}回国投案。"
        record = CaseRecord(
            document_id="",
            source_url=url,
            language="zh",
            name=person.name,
            name_simplified=person.name,
            name_pinyin=person.pinyin,
            name_is_full=True,
            fled_to=[person.country],
            return_date=person.day if kind == 0 else person.day[:7],
            method="surrendered",
            alleged_crimes=[person.crime],
            confidence=0.9 if kind == 0 else 0.8,
            evidence=[Evidence("name", person.name, 7, 7 + len(person.name))],
        )
    document = {"url": url, "site": "bench", "text": text, "html_hash": f"h{j}"}
    return ArticleWrite(document, [record], seen_kind="article")


def _anonymised(j: int, url: str, person: Person, *, full_facts: bool) -> ArticleWrite:
    text = f"犯罪嫌疑人{person.name}于{person.day}被遣返回国。{person.name}原系{person.post}。"
    record = CaseRecord(
        document_id="",
        source_url=url,
        language="zh",
        name=person.name,
        name_simplified=person.name,
        name_pinyin=None,
        name_is_full=False,
        fled_to=[person.country],
        return_date=person.day if full_facts else person.day[:7],
        former_position=person.post if full_facts else None,
        alleged_crimes=[person.crime],
        method="deported",
        confidence=0.6,
        evidence=[Evidence("name", person.name, 5, 5 + len(person.name))],
    )
    document = {"url": url, "site": "bench", "text": text, "html_hash": f"h{j}"}
    return ArticleWrite(document, [record], seen_kind="article")


def articles(n: int, persons: list[Person] | None = None) -> Iterator[ArticleWrite]:
    """``n`` articles, each about a person drawn at random (about three per person)."""
    persons = persons or people(n)
    rng = random.Random(n)
    for j in range(n):
        yield article(j, persons[rng.randrange(len(persons))])


@contextmanager
def store_location(postgresql: bool) -> Iterator[str]:
    if postgresql:
        admin = os.environ.get("RETURNWATCH_BENCH_PG", DEFAULT_ADMIN_URL)
        with temporary_database(admin, "bench") as url:
            yield url
    else:
        with tempfile.TemporaryDirectory() as tmp:
            yield str(Path(tmp) / "b.sqlite")


def run(n: int, batch: int, postgresql: bool) -> float:
    persons = people(n)
    print(f"{n:>7} mentions about {describe(persons)}", flush=True)
    with store_location(postgresql) as db, open_store(db) as store:
        pending: list[ArticleWrite] = []
        started = time.perf_counter()
        for item in articles(n, persons):
            pending.append(item)
            if len(pending) >= batch:
                store.store_articles(pending)
                pending = []
        store.store_articles(pending)
        elapsed = time.perf_counter() - started
        _, cases = store.list_cases(limit=1)
    print(
        f"{n:>7} mentions -> {cases:>6} cases: {elapsed:7.1f} s, "
        f"{1e3 * elapsed / n:.2f} ms/mention",
        flush=True,
    )
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction")
    parser.add_argument("--postgresql", action="store_true", help="on a temporary PG database")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each size below 100,000 (the best counts)"
    )
    args = parser.parse_args()
    backend = "PostgreSQL" if args.postgresql else "SQLite"
    print(f"merge benchmark on {backend}, {args.batch} articles per transaction")
    times = {}
    for n in args.sizes:
        rounds = args.repeat if n < 100000 else 1
        times[n] = min(run(n, args.batch, args.postgresql) for _ in range(rounds))
        if rounds > 1:
            print(f"{n:>7} mentions: best of {rounds} {times[n]:.1f} s", flush=True)
    if 10000 in times and 100000 in times:
        print(f"100k/10k time ratio {times[100000] / times[10000]:.1f} (at most 15: n log n)")


if __name__ == "__main__":
    main()
