"""Boilerplate removal: lines an article body never includes.

Two layers, both applied to every body (a site's selectors' or the generic extractor's):

- per site, declaratively in its config: ``article.drop`` (elements removed before the body is
  read, e.g. people.com.cn's ``.tjewm`` "follow us" box) and ``article.boilerplate`` (regular
  expressions of whole body lines the site prints around its articles);
- one shared step, here, for what every news and government template carries: video-player
  controls ("Play Video", "0:00 / 2:54"), pagers ("|<<1234下一页>>|"), share and follow blocks
  ("关注公众号：人民网财经", "分享到"), correction links ("【纠错】", "图集", "+1") and editor lines
  ("【责任编辑：严玉洁】", "(责编：胡永秋)"; an editor label alone takes the name on the next line).

Every pattern must match a whole line (one paragraph of the body), so a sentence of the article
that merely mentions 编辑 or 分享 is never touched. Evidence offsets are into the cleaned text.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PAGER_PART = (
    r"(?:[\s|<>«»‹›\d]|上一页|下一页|首页|尾页|末页|第\d+页|共\d+页|Prev(?:ious)?|Next|Page)"
)
_EDITOR_LABEL = r"(?:责任编辑|责编|编辑|值班编辑|主编|编审|审核|校对|Editor|Edited by)"
_OPEN = r"[（(【\[]?\s*"
_CLOSE = r"\s*[）)】\]]?"

GENERIC_LINES: tuple[str, ...] = (
    # video-player controls
    r"(?:Play|Pause|Replay|Mute|Unmute)(?: Video)?|Fullscreen|播放视频|播放|暂停|重播|全屏",
    r"/?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*/?",
    # pagers: page numbers and arrows with 上一页 / 下一页 (or Next / Prev)
    rf"{_PAGER_PART}*(?:上一页|下一页|Next|Prev(?:ious)?){_PAGER_PART}*",
    # share and follow blocks
    r"(?:扫码|扫一扫|长按|欢迎)?关注\S{0,12}?(?:公众号|微信号?|微博|客户端|抖音|视频号)(?:[:：].{0,20})?",
    r"分享(?:到|至|让更多人看到)\S{0,20}|(?:微信)?扫一扫\S{0,20}",
    r"Share(?: this(?: article| story| page)?| on \w+| to \w+)?[:：]?",
    r"Follow us\b.{0,40}",
    # correction links, photo-gallery and like buttons
    r"[【\[]?(?:我要)?纠错[】\]]?|图集|\+1|打印|【?关闭】?",
    # editor lines
    rf"{_OPEN}{_EDITOR_LABEL}\s*[:：]\s*[^（(【\[）)】\]]{{0,30}}{_CLOSE}",
    # a bracket left alone when the editor's name sat in its own element ("【责任编辑:张樵苏" "】")
    r"[（）()【】\[\]]+",
)
# An editor label with its name on the next line ("责任编辑：" then "焦鹏").
_EDITOR_ALONE = re.compile(rf"{_OPEN}{_EDITOR_LABEL}\s*[:：]{_CLOSE}", re.I)
_NAME_LINE = re.compile(r"[^\s，。,.;；:：]{1,12}(?:\s+[^\s，。,.;；:：]{1,12}){0,3}")


@lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of whole-line patterns (compiled once per site)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _drop_editor_names(lines: list[str]) -> list[str]:
    """Drop an editor label that stands alone and the short name line after it."""
    kept: list[str] = []
    skip_name = False
    for line in lines:
        if skip_name and _NAME_LINE.fullmatch(line):
            skip_name = False
            continue
        skip_name = bool(_EDITOR_ALONE.fullmatch(line))
        if not skip_name:
            kept.append(line)
    return kept


def remove_boilerplate(text: str, site_patterns: tuple[str, ...] = ()) -> str:
    """The body without its boilerplate lines: the site's patterns, then the shared ones."""
    if not text:
        return text
    lines = _drop_editor_names(text.split("\n"))
    pattern = _compiled(tuple(site_patterns) + GENERIC_LINES)
    return "\n".join(line for line in lines if not pattern.fullmatch(line.strip()))


def is_boilerplate(line: str, site_patterns: tuple[str, ...] = ()) -> bool:
    """True when the whole line is boilerplate (for tests and ``returnwatch parse``)."""
    return bool(_compiled(tuple(site_patterns) + GENERIC_LINES).fullmatch(line.strip()))
