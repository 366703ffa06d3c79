# ruff: noqa: E501  (sample texts stay whole)
"""Compare page decoders on the cases Chinese sites serve: which gives the text the page holds?

Run ``python bench/compare_decoding.py`` (``make`` exports RETURNWATCH_REAL_PAGES; without it
the saved real pages are left out). Each case is a page's bytes with what the crawl knows of
it (the HTTP header's charset, the site config's encoding) and the text the page holds; a
decoder is right on a case when it returns exactly that text. Compared:

- ``unicodedammit``: beautifulsoup4's ``UnicodeDammit`` used as documented (the header's
  charset as a known definite encoding, the site's as a user encoding, ``is_html=True``);
- ``returnwatch``: ``scrapers.parsing.encoding.decode_page``, UnicodeDammit with the
  corrections that module's docstring lists.

The written cases are also the rows of ``tests/test_decoding.py``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bs4.dammit import UnicodeDammit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scrapers.parsing.encoding import declared_charset, decode_page  # noqa: E402


@dataclass(frozen=True)
class Case:
    name: str
    body: bytes
    text: str  # what the page holds
    header: str | None = None  # charset of the HTTP Content-Type header
    site: str | None = None  # the site config's encoding


SIMPLIFIED = (
    "<html><head>{decl}<title>外逃人员{name}回国投案</title></head><body><h1>外逃人员{name}回国投案</h1>"
    "<p>在中央追逃办统筹协调下，经省追逃办等单位不懈努力，外逃5年的职务犯罪嫌疑人{name}于2024年6月18日从泰国回国投案。"
    "{name}，男，1970年出生，原某县财政局局长，涉嫌受贿犯罪。</p></body></html>"
)
TRADITIONAL = (
    "<html><head>{decl}<title>外逃人員{name}回國投案</title></head><body><h1>外逃人員{name}回國投案</h1>"
    "<p>在中央追逃辦統籌協調下，經省追逃辦等單位不懈努力，外逃5年的職務犯罪嫌疑人{name}於2024年6月18日從泰國回國投案。"
    "{name}，男，1970年出生，原某縣財政局局長，涉嫌受賄犯罪。</p></body></html>"
)
SHORT = (
    "<html><head>{decl}<title>{name}被引渡回国</title></head><body><p>{name}受贿</p></body></html>"
)
# Short pages whose UTF-8 bytes also decode, strictly, as GBK / GB18030 (into nonsense).
TINY = "<html><head>{decl}<title>引渡回国</title></head><body>受贿</body></html>"
GBK_META = '<meta charset="gbk">'
TINY_BIG5 = "<html><head><title>引渡回國</title></head><body>受賄案宣判</body></html>"
LATIN = (
    "<html><head>{decl}<title>Fugitive returns</title></head><body><p>The former executive’s "
    "return — the café owner said — was “a surprise”.</p></body></html>"
)


def page(template: str, charset: str | None, name: str = "") -> str:
    decl = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return template.format(decl=decl if charset else "", name=name)


def case(
    name: str,
    text: str,
    encoding: str,
    header: str | None = None,
    site: str | None = None,
) -> Case:
    return Case(name, text.encode(encoding), text, header, site)


# 王镕: 镕 is in GBK, not in GB2312; 刘䶮 (U+4DAE) and 陶𬀩 (U+2C029) are outside GBK and need
# GB18030's four-byte codes (rare characters of real names).
WRITTEN = [
    case("GBK declared gbk", page(SIMPLIFIED, "gbk", "王镕"), "gbk"),
    case("GBK declared gb2312 (a GBK-only character)", page(SIMPLIFIED, "gb2312", "王镕"), "gbk"),
    case("GBK declared GB2312 in the header only", page(SIMPLIFIED, None, "王镕"), "gbk", "GB2312"),
    case("GBK, no declaration", page(SIMPLIFIED, None, "王镕"), "gbk"),
    case("GBK, short page, no declaration", page(SHORT, None, "王镕"), "gbk"),
    case("GBK declared utf-8", page(SIMPLIFIED, "utf-8", "王镕"), "gbk"),
    case("GBK, header says utf-8", page(SIMPLIFIED, None, "王镕"), "gbk", "utf-8"),
    case("GB18030 declared gbk (刘䶮)", page(SIMPLIFIED, "gbk", "刘䶮"), "gb18030"),
    case("GB18030 declared gb2312 (陶𬀩)", page(SIMPLIFIED, "gb2312", "陶𬀩"), "gb18030"),
    case("GB18030 declared gb18030 (陶𬀩)", page(SIMPLIFIED, "gb18030", "陶𬀩"), "gb18030"),
    case("GB18030, no declaration (陶𬀩)", page(SIMPLIFIED, None, "陶𬀩"), "gb18030"),
    case("GB18030, short page, no declaration (刘䶮)", page(SHORT, None, "刘䶮"), "gb18030"),
    case("Big5 declared big5", page(TRADITIONAL, "big5", "陳國強"), "big5"),
    case("Big5, no declaration", page(TRADITIONAL, None, "陳國強"), "big5"),
    case("Big5 declared gb2312", page(TRADITIONAL, "gb2312", "陳國強"), "big5"),
    case("UTF-8 declared gbk", page(SIMPLIFIED, "gbk", "王镕"), "utf-8"),
    case("UTF-8 declared gb2312", page(SIMPLIFIED, "gb2312", "王镕"), "utf-8"),
    case("UTF-8, short page declared gbk", page(SHORT, "gbk", "王镕"), "utf-8"),
    case("UTF-8, title-only page declared gbk", TINY.format(decl=GBK_META), "utf-8"),
    case("UTF-8, no declaration", page(SIMPLIFIED, None, "王镕"), "utf-8"),
    case("UTF-8, header says gbk", page(SIMPLIFIED, None, "王镕"), "utf-8", "gbk"),
    case("UTF-8 on a site configured gb18030", page(SHORT, None, "王镕"), "utf-8", None, "gb18030"),
    case(
        "UTF-8, title-only page on a site configured gb18030",
        TINY.format(decl=""),
        "utf-8",
        None,
        "gb18030",
    ),
    case("GBK, title-only page, no declaration", TINY.format(decl=""), "gbk"),
    case(
        "GBK, title-only page on a site configured gb18030",
        TINY.format(decl=""),
        "gbk",
        None,
        "gb18030",
    ),
    case("Big5, title-only page, no declaration", TINY_BIG5, "big5"),
    case("GBK on a site configured gb18030", page(SHORT, None, "王镕"), "gbk", None, "gb18030"),
    case(
        "GB18030 on a site configured gb18030 (陶𬀩)",
        page(SHORT, None, "陶𬀩"),
        "gb18030",
        None,
        "gb18030",
    ),
    case("UTF-8 with a byte-order mark", "\ufeff" + page(SIMPLIFIED, "gbk", "王镕"), "utf-8"),
    case("windows-1252 English, no declaration", page(LATIN, None), "windows-1252"),
]


def existing_cases() -> list[Case]:
    """The encoding cases of the test suite: tests/test_parse_units.py, the hostile server's
    wrongly declared announcement, the sample mirror's GBK pages (zjsjw, people) and the
    ingest test's county page."""
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "tests"))
    from hostile.hostile_server import ANNOUNCEMENT

    text = "<html><body>外逃职务犯罪嫌疑人回国投案</body></html>"
    cases = [
        case("test_parse_units: GBK, no declaration", text, "gbk"),
        case("test_parse_units: GBK, header says utf-8", text, "gbk", "utf-8"),
        case("test_parse_units: UTF-8 declared gb2312", text, "utf-8", "gb2312"),
        case("hostile wrong-charset: GB18030, header says utf-8", ANNOUNCEMENT, "gb18030", "utf-8"),
    ]
    mirror = root / "samples" / "mirror"
    for path in sorted(mirror.glob("www.zjsjw.gov.cn/**/*.shtml")) + sorted(
        mirror.glob("fanfu.people.com.cn/**/*.html")
    ):
        body = path.read_bytes()
        cases.append(
            Case(f"mirror {path.relative_to(mirror)}", body, body.decode("gbk"), None, "gb18030")
        )
    return cases


def real_cases() -> list[Case]:
    """The saved real pages: every file of every folder, with their site config's encoding.
    All are UTF-8 bytes (people.com.cn's two were saved re-encoded and still declare GB2312):
    each decodes strictly as UTF-8 and holds its listed title (tests/test_conformance_real_pages.py)."""
    folder = os.environ.get("RETURNWATCH_REAL_PAGES")
    if not folder:
        return []
    sites = {"people": "gb18030"}
    cases = []
    for path in sorted(Path(folder).rglob("*.html")):
        body = path.read_bytes()
        site = sites.get(path.name.split("-")[0])
        cases.append(Case(f"real {path.relative_to(folder)}", body, body.decode(), None, site))
    return cases


def unicodedammit(case: Case) -> str | None:
    dammit = UnicodeDammit(
        case.body,
        known_definite_encodings=[case.header] if case.header else [],
        user_encodings=[case.site] if case.site else [],
        is_html=True,
    )
    return dammit.unicode_markup


def returnwatch(case: Case) -> str | None:
    """As the crawl decodes (scrapers/middlewares/encoding.py)."""
    content_type = f"text/html; charset={case.header}" if case.header else None
    return decode_page(case.body, declared_charset(case.body, content_type), case.site)[1]


DECODERS: dict[str, Callable[[Case], str | None]] = {
    "unicodedammit": unicodedammit,
    "returnwatch": returnwatch,
}


def _text(value: str | None) -> str | None:
    return value.lstrip("\ufeff") if value is not None else None


def compare(cases: list[Case]) -> Iterator[tuple[Case, dict[str, bool]]]:
    for item in cases:
        yield item, {name: _text(fn(item)) == _text(item.text) for name, fn in DECODERS.items()}


def main() -> None:
    groups = {"written": WRITTEN, "test suite": existing_cases(), "real pages": real_cases()}
    totals: dict[str, dict[str, int]] = {}
    for group, cases in groups.items():
        right = dict.fromkeys(DECODERS, 0)
        for item, verdicts in compare(cases):
            for name, ok in verdicts.items():
                right[name] += ok
            if not all(verdicts.values()) or group == "written":
                marks = "  ".join(f"{n}={'ok' if v else 'WRONG'}" for n, v in verdicts.items())
                print(f"{group:<10} {item.name:<55} {marks}")
        totals[group] = {"cases": len(cases), **right}
    print(json.dumps(totals, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
