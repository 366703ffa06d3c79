# ruff: noqa: E501  (HTML templates and article texts are data: their lines stay whole)
"""Build samples/mirror/: realistic mock copies of every configured site (fictional people).

The tree has the layout of ``wget --mirror`` (HOST/PATH, a query kept in the file name), so
any static server serves it and ``returnwatch crawl --mirror URL`` crawls it. Each site gets
paginated listing pages in its real structure (sources.md), return announcements in the
official phrasing, unrelated articles, and the GBK sites GBK bytes. Files listed in
``challenges.json`` are answered with a challenge first by the test server (tests/mirror_server.py).

Run ``python samples/build_mirror.py`` after changing it; the output is committed.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "mirror"
sys.path.insert(0, str(ROOT.parent.parent))

from scrapers.mirror import mirror_file  # noqa: E402
from scrapers.parsing.listing import template_url  # noqa: E402

FILES: dict[str, bytes] = {}


def put(url: str, text: str, encoding: str = "utf-8") -> None:
    FILES[url] = text.encode(encoding)


def paras(text: str) -> str:
    return "".join(
        f"<p>\u3000\u3000{p.strip()}</p>\n" for p in text.strip().split("\n") if p.strip()
    )


# --------------------------------------------------------------------------- ccdi (templates A/B)
CCDI = "https://www.ccdi.gov.cn"


def ccdi_article(
    column: str, title: str, when: str, body: str, docid: str, source: str = "中央纪委国家监委网站"
) -> str:
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="中央纪委国家监委网站">
<meta name="SiteDomain" content="www.ccdi.gov.cn">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{when} ">
<meta name="ContentSource" content="中央纪委国家监委网站">
<title>{title}_中央纪委国家监委网站</title>
<script type="text/javascript" src="../../javascript/new/jquery.js"></script>
</head>
<body>
<header class="fixed"><div class="top"><div class="top_warp"><a href="http://www.ccdi.gov.cn/client/index.html">客户端下载</a></div></div>
<nav><span><a href="../../yaowenn/">要闻</a></span><span><a href="../../scdcn/">审查调查</a></span></nav></header>
<div class="clear"></div>
<section class="main fixed">
<div class="other_Location fixed"><div class="fl"><span><a href="../../">首页</a>&nbsp;&nbsp;&gt;&nbsp;{column}</span></div></div>
<div class="flater_tab">
  <div class="Article_61">
    <h2 class="tit">
        {title}
    </h2>
    <h3 class="daty">
      <div class="daty_con">
        <em class="e e1">来源：{source}</em>
        <em class="e e2">发布时间：
                         {when}
        </em>
        <em class="e e3"><div class="share_box"><span class="share">分享<b></b></span></div></em>
      </div>
    </h3>
    <div class="content">
<p style="text-align: center;"><span style="font-family: 楷体, SimKai;">中央纪委国家监委网站 记者 方明远</span></p>
{paras(body)}
    </div>
  </div>
  <div class="page"><script>createPageHTML_ZW(1, 0, "t{when[:10].replace("-", "")}_{docid}", "html");</script></div>
</div>
<div id="NewsArticleID" style="display:none;">{docid}</div>
<div id="NewsArticleTitle" style="display:none;">{title}</div>
<div id="NewsArticlePubDay" style="display:none;">{when[:10]}</div>
</section>
<footer><p>中央纪委国家监委网站版权所有</p></footer>
</body></html>
"""


def ccdi_listing(column: str, entries: list[tuple[str, str, str]], total: int, current: int) -> str:
    items = "\n".join(
        f'<li><div><a href="{href}" target="_blank" title="{t}">{t}</a></div><div class="more">{d}</div></li>'
        for href, t, d in entries
    )
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{column}_中央纪委国家监委网站</title></head>
<body><section class="main fixed">
<div class="other_Location fixed"><div class="fl"><span><a href="../">首页</a>&nbsp;&nbsp;&gt;&nbsp;{column}</span></div></div>
<div class="list_news fixed">
<ul class="list_news_dl2 fixed">
{items}
</ul>
<div class="page"><script>createPageHTML({total}, {current}, "index", "html");</script></div>
</div></section></body></html>
"""


CCDI_ZHOU = """在中央追逃办统筹协调下，经江西省追逃办等单位不懈努力，外逃11年的“红通人员”周建平于2024年6月20日从新西兰回国投案。
周建平，男，1965年7月出生，原江西省赣州市国土资源局副局长，涉嫌受贿犯罪，2013年5月外逃。
今年以来，各级追逃办坚持追逃防逃追赃一体推进，持续巩固追逃追赃工作成效。"""
CCDI_HAN = """在中央追逃办统筹协调下，经河北省追逃办等单位不懈努力，外逃9年的职务犯罪嫌疑人韩立新于2024年5月8日被从泰国遣返回国。
韩立新，男，1970年3月出生，原河北省沧州市某县财政局局长，涉嫌贪污犯罪，2015年2月外逃。"""
CCDI_JIANG = """在中央追逃办统筹协调下，经广东省追逃办等单位不懈努力，外逃6年的职务犯罪嫌疑人蒋海波于2024年4月15日被从保加利亚引渡回国。
蒋海波，男，1972年11月出生，原广东省某国有企业总经理，涉嫌贪污、挪用公款犯罪，2018年3月外逃。
这是我国与保加利亚开展引渡合作的又一成果。"""
CCDI_PLAIN = """近日，各地纪检监察机关紧盯节日节点，持续深化纠治“四风”，以严的基调推动作风建设常态长效。
记者走访发现，一些地方将监督检查与专项整治结合，查处了一批违规吃喝、违规收送礼品礼金问题。"""


def build_ccdi() -> None:
    toutiao = [
        ("./202406/t20240624_990101.html", "“红通人员”周建平回国投案", "2024-06-24"),
        ("./202406/t20240622_990087.html", "深度关注丨以严的基调纠治“四风”", "2024-06-22"),
        ("./202406/t20240620_990052.html", "锲而不舍落实中央八项规定精神", "2024-06-20"),
    ]
    toutiao_2 = [
        (
            "./202406/t20240612_989912.html",
            "纪检监察工作高质量发展丨做深做实政治监督",
            "2024-06-12",
        ),
        ("./202406/t20240605_989803.html", "深度关注丨严查隐形变异“四风”问题", "2024-06-05"),
    ]
    put(f"{CCDI}/toutiaon/index.html", ccdi_listing("头条", toutiao, 2, 0))
    put(f"{CCDI}/toutiaon/index_1.html", ccdi_listing("头条", toutiao_2, 2, 1))
    yaowen = [
        (
            "./202406/t20240623_990090.html",
            "中央纪委国家监委公开通报五起违反中央八项规定精神典型问题",
            "2024-06-23",
        ),
        ("./202406/t20240621_990070.html", "新视野丨以案促改促治", "2024-06-21"),
    ]
    yaowen_1 = [
        ("./202405/t20240516_986120.html", "追了十六年，专案组终于等来这通电话", "2024-05-16"),
        ("./202405/t20240510_985512.html", "外逃职务犯罪嫌疑人韩立新被遣返回国", "2024-05-10"),
        ("./202405/t20240509_985488.html", "以高质量监督保障高质量发展", "2024-05-09"),
    ]
    yaowen_2 = [
        (
            "./202404/t20240402_981001.html",
            "一季度全国纪检监察机关监督检查审查调查情况通报",
            "2024-04-02",
        ),
    ]
    put(f"{CCDI}/yaowenn/index.html", ccdi_listing("要闻", yaowen, 3, 0))
    put(f"{CCDI}/yaowenn/index_1.html", ccdi_listing("要闻", yaowen_1, 3, 1))
    put(f"{CCDI}/yaowenn/index_2.html", ccdi_listing("要闻", yaowen_2, 3, 2))
    put(
        f"{CCDI}/toutiaon/202406/t20240624_990101.html",
        ccdi_article("头条", "“红通人员”周建平回国投案", "2024-06-24 06:30", CCDI_ZHOU, "990101"),
    )
    put(
        f"{CCDI}/yaowenn/202405/t20240510_985512.html",
        ccdi_article(
            "要闻", "外逃职务犯罪嫌疑人韩立新被遣返回国", "2024-05-10 17:00", CCDI_HAN, "985512"
        ),
    )
    put(
        f"{CCDI}/toutiaon/202404/t20240418_982244.html",
        ccdi_article(
            "头条", "外逃职务犯罪嫌疑人蒋海波被引渡回国", "2024-04-18 18:00", CCDI_JIANG, "982244"
        ),
    )
    put(
        f"{CCDI}/yaowenn/202406/t20240619_990030.html",
        ccdi_article("要闻", "持续深化纠治“四风”", "2024-06-19 06:00", CCDI_PLAIN, "990030"),
    )
    build_ccdi_search()


def ccdi_search_page(
    keyword: str, results: list[tuple[str, str, str]], page: int, total: int
) -> str:
    items = "\n".join(
        f"""<li><em class="emtitle"><b class="title"><a href="{href}" target="_blank">
            {title}</a></b></em><span class="time"> {when} </span>
            <em class="emabstr"><i class="abstract"> </i></em></li>"""
        for href, title, when in results
    )
    nxt = ""
    if page < total:
        nxt_url = template_url(SEARCH, keyword).replace("page=1", f"page={page + 1}")
        nxt = f'<a class="next-page" href="search?{nxt_url.split("?", 1)[1].replace("&", "&amp;")}" target="_self">&nbsp;</a>'
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>中央纪委国家监委网站</title></head>
<body class="in_bg"><section class="fixed"><div class="other_center_22 other_center_r1"><div class="center_box0 ">
<h2 class="tith2">搜索结果</h2>
<ul class="s_0603_list">
{items}
</ul>
<div class="clear"></div>
<div class="page"><span style="font-weight: bold;">{page}</span>&nbsp;{nxt}
<span class="txtnum"><input type="hidden" id="pagenum" value="{total}"></span></div>
</div></div></section></body></html>
"""


SEARCH = ""


def build_ccdi_search() -> None:
    global SEARCH
    from scrapers.config import load_sites

    ccdi = load_sites()["ccdi"]
    disc = next(d for d in ccdi.discovery if d.strategy == "search")
    assert disc.url_template is not None
    SEARCH = disc.url_template
    for keyword in disc.keywords:
        if keyword == "回国投案":
            page1 = [
                (
                    "http://www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html",
                    "“红通人员”周建平回国投案",
                    "2024-06-24 06:30",
                ),
                (
                    "http://www.ccdi.gov.cn/yaowenn/202406/t20240619_990030.html",
                    "持续深化纠治“四风”",
                    "2024-06-19 06:00",
                ),
            ]
            page2 = [
                (
                    "http://www.ccdi.gov.cn/toutiaon/202404/t20240418_982244.html",
                    "外逃职务犯罪嫌疑人蒋海波被引渡回国",
                    "2024-04-18 18:00",
                ),
            ]
            put(template_url(SEARCH, keyword), ccdi_search_page(keyword, page1, 1, 2))
            url2 = template_url(SEARCH, keyword).replace("page=1", "page=2")
            put(url2, ccdi_search_page(keyword, page2, 2, 2))
        else:
            put(template_url(SEARCH, keyword), ccdi_search_page(keyword, [], 1, 0))


# --------------------------------------------------------------------------- mps
MPS = "https://www.mps.gov.cn"


def mps_listing(entries: list[tuple[str, str, str]], max_page: int) -> str:
    items = "\n".join(
        f'<dd><a href="{h}" target="_blank" title="{t}">{t}</a><span>（{d}）</span></dd>'
        for h, t, d in entries
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>公安要闻-中华人民共和国公安部</title></head>
<body><div class="main"><div class="bt_title">公安要闻</div>
<div id="comp_5097045"><dl>
{items}
</dl></div>
<div id="pag_5097045"><script>var maxPageNum = {max_page};var currentPageNum = {max_page};</script></div>
</div></body></html>
"""


def mps_article(title: str, when: str, body: str, source: str = "公安部刑侦局") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{when}">
<meta name="ContentSource" content="{source}">
<title>{title}-中华人民共和国公安部</title></head>
<body><div class="main"><div class="bTitle">{title}</div>
<div class="bInfo"><span class="time">{when}</span> 来源：{source}</div>
<div id="ztdx">
{paras(body)}
</div></div></body></html>
"""


MPS_LIU = """近日，在公安部统一部署下，浙江省公安机关持续开展“猎狐2024”专项行动，成功将潜逃柬埔寨3年的合同诈骗案犯罪嫌疑人刘某从柬埔寨押解回国。
经查，2021年3月，犯罪嫌疑人刘某以签订虚假购销合同的方式骗取温州市某公司货款人民币360余万元后潜逃出境。
公安部刑侦局有关负责人表示，公安机关将持续加大境外追逃力度，奉劝仍在境外的犯罪嫌疑人认清形势，尽快回国投案自首。"""


def build_mps() -> None:
    base = f"{MPS}/n2253534/n2253535"
    put(
        f"{base}/index.html",
        mps_listing(
            [
                (
                    "../../n2253534/n2253535/c9660001/content.html",
                    "“猎狐2024”专项行动：潜逃柬埔寨3年的合同诈骗案犯罪嫌疑人刘某被押解回国",
                    "2024-06-21",
                ),
                (
                    "../../n2253534/n2253535/c9659980/content.html",
                    "公安部部署开展夏季治安打击整治行动",
                    "2024-06-20",
                ),
                (
                    "../../n2253534/n2253535/c9659954/content.html",
                    "外逃犯罪嫌疑人被押解回国",
                    "2024-06-19",
                ),
            ],
            2,
        ),
    )
    put(
        f"{base}/index_5097045_1.html",
        mps_listing(
            [
                (
                    "../../n2253534/n2253535/c9650012/content.html",
                    "全国公安机关交通管理部门加强暑期道路交通安全管理",
                    "2024-06-10",
                ),
            ],
            2,
        ),
    )
    put(
        f"{base}/c9660001/content.html",
        mps_article(
            "“猎狐2024”专项行动：潜逃柬埔寨3年的合同诈骗案犯罪嫌疑人刘某被押解回国",
            "2024-06-21 10:12",
            MPS_LIU,
        ),
    )
    # c9659954 is answered with HTTP 521 + __jsl_clearance by the test server (challenges.json).
    put(
        f"{base}/c9659954/content.html",
        mps_article("外逃犯罪嫌疑人被押解回国", "2024-06-19 09:00", MPS_LIU),
    )


# --------------------------------------------------------------------------- spp
SPP = "https://www.spp.gov.cn"


def spp_listing(entries: list[tuple[str, str, str]], total: int, current: int) -> str:
    items = "\n".join(
        f'<li><a href="{h}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>'
        for h, t, d in entries
    )
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>最高检新闻_中华人民共和国最高人民检察院</title></head>
<body><div class="commonList"><div class="commonList_tit">最高检新闻</div>
<ul class="li_line">
{items}
</ul>
<div class="page"><script>createPageHTML({total}, {current}, "index", "shtml");</script></div></div></body></html>
"""


def spp_article(title: str, when: str, body: str, source: str = "最高人民检察院网上发布厅") -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{when}"><meta name="ContentSource" content="{source}">
<title>{title}_中华人民共和国最高人民检察院</title></head>
<body><div class="detail"><div class="detail_tit" id="doctitle">{title}</div>
<div class="detail_extend1">时间：{when}　来源：{source}</div>
<div class="detail_con" id="fontzoom"><div class="Custom_UnionStyle">
{paras(body)}
</div></div></div></body></html>
"""


SPP_WU = """在中央追逃办统筹协调下，经浙江省追逃办等单位不懈努力，外逃12年的“红通人员”吴振东于2023年11月3日从美国回国投案。
吴振东，男，1963年2月出生，原浙江省某市城市建设投资集团董事长，涉嫌受贿犯罪，2011年9月外逃。
近日，吴振东涉嫌受贿一案由浙江省监察委员会调查终结，移送检察机关审查起诉。经最高人民检察院指定管辖，由杭州市人民检察院审查起诉。"""


def build_spp() -> None:
    base = f"{SPP}/spp/tt"
    put(
        f"{base}/index.shtml",
        spp_listing(
            [
                (
                    "./202406/t20240618_657001.shtml",
                    "“红通人员”吴振东涉嫌受贿案提起公诉",
                    "2024-06-18",
                ),
                (
                    "./202406/t20240617_656950.shtml",
                    "最高检发布依法惩治网络暴力犯罪典型案例",
                    "2024-06-17",
                ),
                (
                    "./202406/t20240612_656301.shtml",
                    "原副县长邓卫平受贿、滥用职权案一审宣判",
                    "2024-06-12",
                ),
            ],
            2,
            0,
        ),
    )
    put(
        f"{base}/index_1.shtml",
        spp_listing(
            [
                (
                    "./202406/t20240603_655120.shtml",
                    "检察机关持续加强未成年人司法保护",
                    "2024-06-03",
                ),
            ],
            2,
            1,
        ),
    )
    put(
        f"{base}/202406/t20240618_657001.shtml",
        spp_article("“红通人员”吴振东涉嫌受贿案提起公诉", "2024-06-18 15:30", SPP_WU),
    )


# --------------------------------------------------------------------------- gdjct
GD = "https://www.gdjct.gd.gov.cn"


def gd_listing(entries: list[tuple[str, str, str]], next_href: str | None) -> str:
    items = "\n".join(
        f'<li><a href="{h}" title="{t}" target="_blank">{t}</a><span>{d}</span></li>'
        for h, t, d in entries
    )
    nxt = (
        f'<a href="{next_href}">下一页</a>'
        if next_href
        else '<a href="javascript:void(0)">下一页</a>'
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>反腐快报 - 南粤清风网</title></head>
<body><div class="GsTL5_box"><h3>反腐快报</h3><ul class="GsTL5">
{items}
</ul><div class="fanye"><a href="index.jhtml">首页</a>{nxt}</div></div></body></html>
"""


def gd_article(title: str, when: str, body: str, source: str = "广东省纪委监委") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{title}">
<title>{title} - 南粤清风网</title></head>
<body><div class="article"><div class="article_title"><h1>{title}</h1></div>
<div class="article_info"><span class="time">发布时间：{when}</span><span class="source">来源：{source}</span></div>
<div class="article_con">
{paras(body)}
</div></div></body></html>
"""


GD_HUANG = """在中央追逃办统筹协调下，经广东省追逃办等单位不懈努力，外逃8年的职务犯罪嫌疑人黄志坚于3月12日从加拿大回国投案。
黄志坚，男，1968年5月出生，原广东省湛江市交通运输局副局长，涉嫌受贿犯罪，2016年4月外逃。"""


def build_gdjct() -> None:
    put(
        f"{GD}/ffkb/index.jhtml",
        gd_listing(
            [
                (
                    "https://www.gdjct.gd.gov.cn/ffkb/content/post_180112.html",
                    "外逃职务犯罪嫌疑人黄志坚回国投案",
                    "2024-03-14",
                ),
                (
                    "https://www.gdjct.gd.gov.cn/ffkb/content/post_180090.html",
                    "广东通报3起违反中央八项规定精神问题",
                    "2024-03-12",
                ),
            ],
            "index_2.jhtml",
        ),
    )
    put(
        f"{GD}/ffkb/index_2.jhtml",
        gd_listing(
            [
                (
                    "https://www.gdjct.gd.gov.cn/ffkb/content/post_179801.html",
                    "省纪委监委开展专题调研",
                    "2024-02-28",
                ),
            ],
            None,
        ),
    )
    put(
        f"{GD}/ffkb/content/post_180112.html",
        gd_article("外逃职务犯罪嫌疑人黄志坚回国投案", "2024-03-14 16:20", GD_HUANG),
    )


# --------------------------------------------------------------------------- zjsjw (GBK)
ZJ = "https://www.zjsjw.gov.cn"


def zj_listing(entries: list[tuple[str, str, str]], total: int, current: int) -> str:
    items = "\n".join(
        f'<li><a href="{h}" title="{t}" target="_blank">{t}</a><span>{d}</span></li>'
        for h, t, d in entries
    )
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>头条 - 清廉浙江</title></head>
<body><div class="list"><ul class="listUl cf">
{items}
</ul><script>createPageHTML({total}, {current}, "index", "shtml");</script></div></body></html>
"""


def zj_article(title: str, when: str, body: str, charset: str | None) -> str:
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        if charset
        else ""
    )
    return f"""<!DOCTYPE html><html><head>{meta}
<title>{title} - 清廉浙江</title></head>
<body><div class="artTitle"><h1>{title}</h1></div>
<div class="artInfo"><span id="pubtime_baidu">{when}</span> <span id="source_baidu">来源：浙江省纪委监委</span> <span id="author_baidu">作者：本网</span></div>
<div class="artCon">
{paras(body)}
</div><div class="artSpecial">相关阅读：清廉浙江建设</div></body></html>
"""


ZJ_QIAN = """在中央追逃办统筹协调下，经浙江省追逃办等单位不懈努力，外逃5年的职务犯罪嫌疑人钱国良于2024年1月9日从老挝被缉捕归案。
钱国良，男，1974年8月出生，原浙江省台州市某区住房和城乡建设局副局长，涉嫌受贿犯罪，2019年1月外逃。"""
ZJ_SHEN = """在中央追逃办统筹协调下，经浙江省追逃办等单位不懈努力，外逃7年的职务犯罪嫌疑人沈佳丽于2024年2月26日从新加坡回国投案。
沈佳丽，女，1979年10月出生，原浙江省湖州市某国有企业财务总监，涉嫌贪污犯罪，2017年3月外逃。"""


def build_zjsjw() -> None:
    put(
        f"{ZJ}/toutiao/index.shtml",
        zj_listing(
            [
                (
                    "./202401/t20240111_21093001.shtml",
                    "外逃职务犯罪嫌疑人钱国良被缉捕归案",
                    "2024-01-11",
                ),
                (
                    "./202401/t20240110_21092877.shtml",
                    "以清廉浙江建设新成效护航高质量发展",
                    "2024-01-10",
                ),
            ],
            2,
            0,
        ),
        "gbk",
    )
    put(
        f"{ZJ}/toutiao/index_1.shtml",
        zj_listing(
            [
                (
                    "./202402/t20240228_21095002.shtml",
                    "外逃职务犯罪嫌疑人沈佳丽回国投案",
                    "2024-02-28",
                ),
            ],
            2,
            1,
        ),
        "gbk",
    )
    # GBK bytes declared as gb2312 in one page and with no declaration at all in the other.
    put(
        f"{ZJ}/toutiao/202401/t20240111_21093001.shtml",
        zj_article("外逃职务犯罪嫌疑人钱国良被缉捕归案", "2024-01-11 09:30", ZJ_QIAN, "gb2312"),
        "gbk",
    )
    put(
        f"{ZJ}/toutiao/202402/t20240228_21095002.shtml",
        zj_article("外逃职务犯罪嫌疑人沈佳丽回国投案", "2024-02-28 15:00", ZJ_SHEN, None),
        "gbk",
    )


# --------------------------------------------------------------------------- sdjj
SD = "https://www.sdjj.gov.cn"


def sd_listing(entries: list[tuple[str, str, str]], next_href: str | None) -> str:
    items = "\n".join(
        f'<li><h3><a href="{h}" title="{t}">{t}</a></h3><span>{d}</span></li>'
        for h, t, d in entries
    )
    flip = (
        f'<div class="flip"><a href="index.htm">首页</a> <a href="{next_href}">&gt;</a></div>'
        if next_href
        else '<div class="flip"><a href="index.htm">首页</a></div>'
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>通报曝光_山东省纪委监委</title></head>
<body><div class="list"><ul id="mycarousel">
{items}
</ul>{flip}</div></body></html>
"""


def sd_article(title: str, when: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_山东省纪委监委</title></head>
<body><div class="detail"><div class="head"><h2>{title}</h2>
<p><span>发布时间：{when}</span> <span>来源：山东省纪委监委</span></p></div>
<div class="TRS_Editor">
{paras(body)}
</div></div></body></html>
"""


SD_ZHAO = """在中央追逃办统筹协调下，经山东省追逃办等单位不懈努力，外逃10年的“红通人员”赵明远于2024年2月27日被从日本遣返回国。
赵明远，男，1966年12月出生，原山东省潍坊市某国有公司总经理，涉嫌挪用公款犯罪，2014年1月外逃。"""


def build_sdjj() -> None:
    put(
        f"{SD}/tbbg/index.htm",
        sd_listing(
            [
                ("./202402/t20240229_10234501.htm", "“红通人员”赵明远被遣返回国", "2024-02-29"),
                (
                    "./202402/t20240228_10234488.htm",
                    "山东通报4起群众身边不正之风和腐败问题",
                    "2024-02-28",
                ),
            ],
            "index_1.htm",
        ),
    )
    put(
        f"{SD}/tbbg/index_1.htm",
        sd_listing(
            [
                ("./202401/t20240125_10230011.htm", "省纪委监委通报典型案例", "2024-01-25"),
            ],
            None,
        ),
    )
    put(
        f"{SD}/tbbg/202402/t20240229_10234501.htm",
        sd_article("“红通人员”赵明远被遣返回国", "2024-02-29 11:00", SD_ZHAO),
    )


# --------------------------------------------------------------------------- xinhua (JSON)
XH = "https://www.news.cn"
XH_MA = """新华社北京6月25日电 记者从中央纪委国家监委获悉：在中央追逃办统筹协调下，经辽宁省追逃办等单位不懈努力，外逃12年的职务犯罪嫌疑人马振华于2024年6月18日从澳大利亚回国投案。
马振华，男，1962年4月出生，原辽宁省大连市某国有企业董事长，涉嫌贪污、受贿犯罪，2012年8月外逃。"""


def xh_article(title: str, when: str, body: str) -> str:
    y, m, d = when[:4], when[5:7], when[8:10]
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-新华网</title>
<meta name="publishdate" content="{when[:10]}"></head>
<body><div class="header"><div class="header-cont">
<div class="header-time left"><span class="year"><em> {y}</em></span><span class="day"><em> {m}</em>/<em>{d}</em></span><span class="time"> {when[11:]}:00</span></div>
<div class="source">来源：新华网</div>
<div class="head-line clearfix"><h1><span class="title">{title}</span></h1></div></div></div>
<div class="main clearfix"><div id="detail"><span id="detailContent">
{paras(body)}
</span></div></div></body></html>
"""


def build_xinhua() -> None:
    put(
        f"{XH}/xhsxw.htm",
        """<!DOCTYPE html><html><head><meta charset="utf-8"><title>新华时政-新华网</title></head>
<body><div class="column"><ul class="wz-list" data="datasource:4d1c3bb2a8e34f1c9a2d7f0c6e5b1a90"></ul></div>
<script src="//lib.xinhuanet.com/common/jq.js"></script></body></html>
""",
    )
    listing = {
        "datasource": [
            {
                "title": "外逃职务犯罪嫌疑人马振华回国投案",
                "publishUrl": "https://www.news.cn/20240625/8c2f0d6e4b1a4e7f9d3c5b2a1e0f7d6c/c.html",
                "publishTime": "2024-06-25 16:32:10",
                "author": "新华社",
                "contentId": "8c2f0d6e4b1a4e7f9d3c5b2a1e0f7d6c",
            },
            {
                "title": "国务院常务会议研究部署防汛抗旱工作",
                "publishUrl": "https://www.news.cn/20240624/11aa22bb33cc44dd55ee66ff77889900/c.html",
                "publishTime": "2024-06-24 20:10:00",
                "author": "新华社",
                "contentId": "11aa22bb33cc44dd55ee66ff77889900",
            },
        ]
    }
    put(f"{XH}/ds_4d1c3bb2a8e34f1c9a2d7f0c6e5b1a90.json", json.dumps(listing, ensure_ascii=False))
    put(
        f"{XH}/20240625/8c2f0d6e4b1a4e7f9d3c5b2a1e0f7d6c/c.html",
        xh_article("外逃职务犯罪嫌疑人马振华回国投案", "2024-06-25 16:32", XH_MA),
    )


# --------------------------------------------------------------------------- people (GBK)
PEOPLE = "http://fanfu.people.com.cn"
PEOPLE_LIN = """本报北京5月23日电 记者从中央纪委国家监委获悉：在中央追逃办统筹协调下，经福建省追逃办等单位不懈努力，外逃7年的职务犯罪嫌疑人林文斌于2024年5月21日从马来西亚被劝返回国。
林文斌，男，1971年9月出生，原福建省泉州市某县国土资源局局长，涉嫌受贿犯罪，2017年6月外逃。"""


def people_listing(entries: list[tuple[str, str, str]]) -> str:
    items = "\n".join(
        f'<li><a href="{h}" target="_blank">{t}</a><i>{d}</i></li>' for h, t, d in entries
    )
    return f"""<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<title>反腐倡廉--人民网</title></head>
<body><div class="p2j_list"><ul>
{items}
</ul></div></body></html>
"""


def people_article(title: str, when_cn: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=GB2312"/>
<meta name="publishdate" content="{when_cn[:4]}-{when_cn[5:7]}-{when_cn[8:10]}">
<meta name="source" content="来源：人民网－人民日报">
<title>{title}--反腐倡廉-人民网</title></head>
<body><div class="rm_txt cf"><div class="col col-1 fl">
<h1>{title}</h1>
<div class="channel cf"><div class="col-1-1 fl">{when_cn} | 来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a></div></div>
<div class="rm_txt_con cf">
{paras(body)}
<p class="paper_num">《 人民日报 》（ 2024年05月24日 04 版）</p>
<div class="edit cf">(责编：王某、李某)</div>
</div></div></div></body></html>
"""


def build_people() -> None:
    put(
        f"{PEOPLE}/GB/143349/index.html",
        people_listing(
            [
                (
                    "/n1/2024/0524/c64371-40242001.html",
                    "外逃职务犯罪嫌疑人林文斌被劝返回国",
                    "2024年05月24日",
                ),
                (
                    "/n1/2024/0523/c64371-40241512.html",
                    "以严的基调纠治形式主义官僚主义",
                    "2024年05月23日",
                ),
            ]
        ),
        "gbk",
    )
    put(
        f"{PEOPLE}/GB/143349/index2.html",
        people_listing(
            [
                (
                    "/n1/2024/0510/c64371-40233309.html",
                    "深化运用监督执纪“四种形态”",
                    "2024年05月10日",
                ),
            ]
        ),
        "gbk",
    )
    put(
        f"{PEOPLE}/n1/2024/0524/c64371-40242001.html",
        people_article("外逃职务犯罪嫌疑人林文斌被劝返回国", "2024年05月24日06:15", PEOPLE_LIN),
        "gbk",
    )


# --------------------------------------------------------------------------- chinanews
CN = "https://www.chinanews.com.cn"
CN_GUO = """中新网6月5日电 据中央纪委国家监委网站消息，在中央追逃办统筹协调下，经四川省追逃办等单位不懈努力，外逃6年的职务犯罪嫌疑人郭建军于2024年6月3日从印度尼西亚回国投案。
郭建军，男，1969年1月出生，原四川省绵阳市某区发展和改革局局长，涉嫌受贿犯罪，2018年5月外逃。"""


def cn_listing(entries: list[tuple[str, str, str]]) -> str:
    items = "\n".join(
        f'<li><div class="dd_lm">[<a href="/china/">国内</a>]</div><div class="dd_bt"><a href="{h}">{t}</a></div><div class="dd_time">{d}</div></li>'
        for h, t, d in entries
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>滚动新闻-中国新闻网</title></head>
<body><div class="content_list"><ul>
{items}
</ul></div></body></html>
"""


def cn_article(title: str, when_cn: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-中新网</title></head>
<body><div class="content_left"><div class="content_left_title">{title}</div>
<div class="content_left_time">{when_cn}　来源：<a class="source" href="https://www.chinanews.com.cn/">中国新闻网</a></div>
<div class="left_zw content_desc">
{paras(body)}
<div class="adInContent">广告</div>
</div></div></body></html>
"""


def build_chinanews() -> None:
    put(
        f"{CN}/scroll-news/news1.html",
        cn_listing(
            [
                ("/gn/2024/06-05/10228801.shtml", "外逃职务犯罪嫌疑人郭建军回国投案", "6-5 15:47"),
                ("/cj/2024/06-05/10228790.shtml", "5月份中国制造业采购经理指数发布", "6-5 15:40"),
            ]
        ),
    )
    put(
        f"{CN}/scroll-news/news2.html",
        cn_listing(
            [
                ("/gn/2024/06-04/10228012.shtml", "多地开展防汛应急演练", "6-4 21:10"),
            ]
        ),
    )
    put(
        f"{CN}/gn/2024/06-05/10228801.shtml",
        cn_article("外逃职务犯罪嫌疑人郭建军回国投案", "2024年06月05日 15:47", CN_GUO),
    )


# --------------------------------------------------------------------------- chinadaily (EN)
CD = "https://www.chinadaily.com.cn"
CD_LI = """Li Guoqing, a former deputy general manager of a state-owned logistics company in Hubei province who fled to Canada in 2012, returned to China and surrendered on Tuesday, the Central Commission for Discipline Inspection said.
Li, 61, was suspected of embezzlement. His return was coordinated by the anti-graft authorities under the Sky Net campaign, the commission said in a statement on its website.
The commission said it would continue to pursue fugitives who fled abroad."""


def cd_article(title: str, when: str, body: str) -> str:
    text = "".join(f"<p>{p.strip()}</p>\n" for p in body.strip().split("\n"))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{title}"><meta name="source" content="chinadaily.com.cn">
<title>{title} - Chinadaily.com.cn</title></head>
<body><div class="main_art"><div class="lft_art"><h1>{title}</h1>
<div class="info"><span class="info_l">By Zhou Lan | chinadaily.com.cn | Updated: {when}</span></div>
<div id="Content">
{text}
<div class="urlShareArea">Share</div></div></div></div></body></html>
"""


def build_chinadaily() -> None:
    from scrapers.config import load_sites

    cd = load_sites()["chinadaily"]
    disc = next(d for d in cd.discovery if d.strategy == "json")
    assert disc.url_template is not None
    for keyword in disc.keywords:
        content = []
        if keyword == "Sky Net fugitive":
            content = [
                {
                    "title": "Fugitive former executive returns from Canada",
                    "url": "https://www.chinadaily.com.cn/a/202406/19/WS6672a1b2a31095c51c50a1f0.html",
                    "pubDateStr": "2024-06-19 10:21",
                    "plainText": "Li Guoqing ... returned to China and surrendered",
                    "id": "WS6672a1b2a31095c51c50a1f0",
                },
                {
                    "title": "Anti-graft watchdog reports on Sky Net 2024 progress",
                    "url": "https://www.chinadaily.com.cn/a/202406/12/WS66693f0aa31095c51c50b2e4.html",
                    "pubDateStr": "2024-06-12 09:00",
                    "plainText": "...",
                    "id": "WS66693f0aa31095c51c50b2e4",
                },
            ]
        put(
            template_url(disc.url_template, keyword, 0),
            json.dumps(
                {
                    "content": content,
                    "totalPages": 1 if content else 0,
                    "totalElements": len(content),
                }
            ),
        )
    put(
        f"{CD}/rss/china_rss.xml",
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>China Daily - China</title><link>https://www.chinadaily.com.cn/china</link>
<item><title>Fugitive former executive returns from Canada</title><link>https://www.chinadaily.com.cn/a/202406/19/WS6672a1b2a31095c51c50a1f0.html</link><pubDate>Wed, 19 Jun 2024 10:21:00 +0800</pubDate></item>
<item><title>Dragon Boat Festival travel peaks</title><link>https://www.chinadaily.com.cn/a/202406/10/WS66663ea1a31095c51c50a0aa.html</link><pubDate>Mon, 10 Jun 2024 18:00:00 +0800</pubDate></item>
</channel></rss>
""",
    )
    put(
        f"{CD}/a/202406/19/WS6672a1b2a31095c51c50a1f0.html",
        cd_article("Fugitive former executive returns from Canada", "2024-06-19 10:21", CD_LI),
    )


# --------------------------------------------------------------------------- globaltimes (EN)
GT = "https://www.globaltimes.cn"
GT_XU = """Xu Haitao, a former official of the housing authority in Wenzhou, East China's Zhejiang Province, who fled to the United States in 2015, has been repatriated to China, the Central Commission for Discipline Inspection said on Thursday.
Xu was suspected of taking bribes. He was deported from the US on June 11 after cooperation between law enforcement authorities of the two countries, according to the statement.
Experts said the case shows the effect of international law enforcement cooperation in the Sky Net campaign."""


def gt_search(results: list[tuple[str, str, str]]) -> str:
    blocks = "\n".join(
        f"""<div class="row-fluid"><div class="span9"><a href="{h}" target="_blank">{t}</a><br><small>{d}</small>
<p>...</p></div></div>"""
        for h, t, d in results
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Search - Global Times</title></head>
<body><div class="container">{blocks}</div></body></html>
"""


def gt_article(title: str, when: str, body: str) -> str:
    text = "<br><br>".join(p.strip() for p in body.strip().split("\n"))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{title}">
<title>{title} - Global Times</title></head>
<body><div class="article"><div class="article_top"><div class="article_column">CHINA / POLITICS</div>
<div class="article_title">{title}</div>
<div class="author_share"><div class="author_share_left"><span class="byline">By Global Times</span><span class="pub_time">Published: {when}</span></div></div></div>
<div class="article_content"><div class="article_right">{text}</div></div></div></body></html>
"""


def build_globaltimes() -> None:
    from scrapers.config import load_sites

    gt = load_sites()["globaltimes"]
    disc = gt.discovery[0]
    assert disc.url_template is not None
    for keyword in disc.keywords:
        results = []
        if keyword == "fugitive":
            results = [
                (
                    "https://www.globaltimes.cn/page/202406/1314301.shtml",
                    "Fugitive ex-official repatriated from US",
                    "2024-06-13",
                ),
                (
                    "https://www.globaltimes.cn/page/202406/1314012.shtml",
                    "Heavy rain hits southern provinces",
                    "2024-06-10",
                ),
            ]
        put(template_url(disc.url_template, keyword, 1), gt_search(results))
        if results:
            put(template_url(disc.url_template, keyword, 2), gt_search([]))
    put(
        f"{GT}/page/202406/1314301.shtml",
        gt_article("Fugitive ex-official repatriated from US", "Jun 13, 2024 09:42 PM", GT_XU),
    )


# --------------------------------------------------------------------------- URL list
WX_WANG = """近日，在公安部统一部署下，我局持续开展“猎狐”专项行动，成功将潜逃缅甸2年的诈骗案犯罪嫌疑人王某某从缅甸押解回国。
经查，2022年4月，犯罪嫌疑人王某某以投资理财为名骗取多名群众钱款共计80余万元后潜逃出境。目前，该案正在进一步侦办中。"""
COUNTY_FENG = """2024年6月18日，在县纪委监委和县公安局的共同努力下，外逃4年的犯罪嫌疑人冯某从泰国回国投案自首。
经查，2020年5月，犯罪嫌疑人冯某涉嫌职务侵占罪潜逃泰国。县公安局提醒，仍在境外的涉案人员应尽快回国投案自首，争取从宽处理。"""


def build_urllist() -> None:
    text = "".join(f"<p>{p.strip()}</p>" for p in WX_WANG.strip().split("\n"))
    put(
        "https://mp.weixin.qq.com/s/Xq3vL9pR2mT7kW1aZb8c4Q",
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="“猎狐”行动：潜逃缅甸2年的犯罪嫌疑人王某某被押解回国">
<meta property="og:site_name" content="微信公众平台"></head>
<body id="activity-detail"><div class="rich_media_area_primary"><div class="rich_media_content_inner">
<h1 class="rich_media_title" id="activity-name">
          “猎狐”行动：潜逃缅甸2年的犯罪嫌疑人王某某被押解回国
</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">
                        平安某市                      </a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{text}</div>
</div></div>
<script type="text/javascript">var nickname = htmlDecode("平安某市");var ct = "1719104400";var publish_time = "" || "";</script>
</body></html>
""",
    )
    body = "".join(f"<p>\u3000\u3000{p.strip()}</p>" for p in COUNTY_FENG.strip().split("\n"))
    put(
        "https://www.mxx.gov.cn/art/2024/6/20/art_1229_3345678.html",
        f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>外逃人员冯某回国投案自首 - 某县人民政府</title></head>
<body><div class="header"><a href="/">某县人民政府</a> &gt; 政务动态</div>
<div class="main"><h1 class="title">外逃人员冯某回国投案自首</h1>
<div class="info">发布时间：2024年06月20日 来源：某县公安局 浏览次数：321</div>
<div class="article-content">{body}</div></div>
<div class="footer">主办：某县人民政府办公室 版权所有 2024</div></body></html>
""",
    )


# --------------------------------------------------------------------------- the rest of each listing
# Every entry a listing links to exists, so a crawl of the mirror ends with no HTTP error. Most
# are the ordinary news a column carries (no return: the relevance filter drops them after the
# fetch, or the title filter before it); two report a return in words the old title filter
# did not know: a court verdict and a feature.
SUN_FEATURE = """2024年4月的一个深夜，湖北省追逃办一名工作人员的手机响了。电话那头的人沉默了很久，才说出一句：“我想回来。”
打电话的是外逃16年的职务犯罪嫌疑人孙国栋。孙国栋，男，1963年8月出生，原湖北省宜昌市某国有企业副总经理，涉嫌挪用公款犯罪，2008年3月外逃加拿大。
十六年里，专案组换了三任组长，案卷从一个文件袋变成了整整两柜。办案人员一遍遍梳理资金流向，核查他在境内外的资产，从未放下这起案子。
2024年5月9日，在中央追逃办统筹协调下，经湖北省追逃办等单位不懈努力，孙国栋从加拿大回国投案。“这一天，我们等了太久。”专案组第一任组长说。"""
DENG_VERDICT = """2024年6月12日，湖南省常德市中级人民法院公开宣判湖南省某县原副县长邓卫平受贿、滥用职权案，对被告人邓卫平以受贿罪、滥用职权罪数罪并罚，决定执行有期徒刑十二年，并处罚金人民币二百万元。
经审理查明：2009年至2017年，被告人邓卫平利用担任某县副县长等职务上的便利，为他人在工程承揽、土地出让等方面谋取利益，非法收受他人财物共计折合人民币1500余万元；在土地出让工作中违规决策，致使国家利益遭受重大损失。
2017年7月，邓卫平外逃至柬埔寨。2023年9月14日，经劝返，邓卫平从柬埔寨回国投案。
法院认为，邓卫平到案后如实供述罪行，积极退缴赃款，依法可以从轻处罚。该案由湖南省监察委员会调查终结后移送检察机关审查起诉。"""

CCDI_MORE = [
    (
        "toutiaon",
        "202406",
        "990087",
        "头条",
        "深度关注丨以严的基调纠治“四风”",
        "2024-06-22 06:30",
        """端午节前后，各级纪检监察机关把作风建设作为日常监督的重点，聚焦违规吃喝、违规收送礼品礼金等问题开展明察暗访。
记者梳理发现，一些问题由“明”转“暗”，出现在隐蔽场所、借助快递物流，查处难度有所增加。
受访专家认为，纠治“四风”既要露头就打，也要完善制度，推动作风建设常态长效。""",
    ),
    (
        "toutiaon",
        "202406",
        "990052",
        "头条",
        "锲而不舍落实中央八项规定精神",
        "2024-06-20 06:30",
        """中央八项规定精神是长期有效的铁规矩、硬杠杠。各地纪检监察机关坚持严的基调，持续加大监督检查力度。
一季度，全国查处违反中央八项规定精神问题数量保持高位，享乐主义、奢靡之风问题得到有效遏制。
下一步，纪检监察机关将把纠“四风”与树新风结合起来，引导党员干部养成良好作风。""",
    ),
    (
        "toutiaon",
        "202406",
        "989912",
        "头条",
        "纪检监察工作高质量发展丨做深做实政治监督",
        "2024-06-12 06:30",
        """政治监督是纪检监察机关的首要职责。今年以来，各地纪委监委围绕党中央重大决策部署落实情况，开展专项监督检查。
某省纪委监委建立问题清单、责任清单和整改清单，推动监督发现的问题逐项销号。
业内人士指出，政治监督要具体化、精准化、常态化，防止以会议落实会议、以文件落实文件。""",
    ),
    (
        "toutiaon",
        "202406",
        "989803",
        "头条",
        "深度关注丨严查隐形变异“四风”问题",
        "2024-06-05 06:30",
        """隐形变异“四风”问题花样翻新，有的将公款吃喝转移到内部食堂，有的借调研之名游山玩水。
各地纪检监察机关运用大数据比对公务卡消费记录、公车行驶轨迹等信息，精准发现问题线索。
专家表示，对顶风违纪行为要从严查处、通报曝光，形成有力震慑。""",
    ),
    (
        "yaowenn",
        "202406",
        "990090",
        "要闻",
        "中央纪委国家监委公开通报五起违反中央八项规定精神典型问题",
        "2024-06-23 17:00",
        """日前，中央纪委国家监委对五起违反中央八项规定精神典型问题进行公开通报。
这些问题包括：某市原副市长违规接受宴请、收受礼品；某国有企业原董事长违规使用公车；某县原县委书记违规发放津贴补贴等。
通报指出，各级党组织要深刻汲取教训，以严的标准、严的措施推动作风建设持续深化。""",
    ),
    (
        "yaowenn",
        "202406",
        "990070",
        "要闻",
        "新视野丨以案促改促治",
        "2024-06-21 06:30",
        """查办案件只是第一步，用好案件资源、推动以案促改，才能实现标本兼治。
一些地方纪委监委针对查办案件中暴露出的制度漏洞，向发案单位制发纪检监察建议书，督促完善内控机制。
受访者认为，以案促改要做到查处一案、警示一片、治理一域。""",
    ),
    (
        "yaowenn",
        "202405",
        "985488",
        "要闻",
        "以高质量监督保障高质量发展",
        "2024-05-09 06:30",
        """各级纪检监察机关紧扣经济社会发展大局，围绕优化营商环境、保障粮食安全等领域开展监督。
某省纪委监委聚焦惠企政策落实，督促解决企业反映强烈的审批慢、办事难问题。
这些举措为推动高质量发展提供了坚强保障。""",
    ),
    (
        "yaowenn",
        "202404",
        "981001",
        "要闻",
        "一季度全国纪检监察机关监督检查审查调查情况通报",
        "2024-04-02 17:00",
        """2024年一季度，全国纪检监察机关共接收信访举报80余万件次，处置问题线索40余万件。
其中，立案审查调查省部级干部10余人、厅局级干部900余人；给予党纪政务处分12万余人。
通报强调，要坚持受贿行贿一起查，持续深化整治群众身边不正之风和腐败问题。""",
    ),
]


def build_listed_rest() -> None:
    for column, month, docid, name, title, when, body in CCDI_MORE:
        day = when[:10].replace("-", "")
        put(
            f"{CCDI}/{column}/{month}/t{day}_{docid}.html",
            ccdi_article(name, title, when, body, docid),
        )
    put(
        f"{CCDI}/yaowenn/202405/t20240516_986120.html",
        ccdi_article(
            "要闻", "追了十六年，专案组终于等来这通电话", "2024-05-16 06:30", SUN_FEATURE, "986120"
        ),
    )
    base = f"{MPS}/n2253534/n2253535"
    put(
        f"{base}/c9659980/content.html",
        mps_article(
            "公安部部署开展夏季治安打击整治行动",
            "2024-06-20 16:00",
            """6月20日，公安部召开视频会，部署全国公安机关开展夏季治安打击整治行动。
会议要求，各地公安机关要加强街面巡逻防控，严厉打击涉黑涉恶、电信网络诈骗、盗抢骗等违法犯罪，切实维护社会治安稳定。""",
            "公安部新闻中心",
        ),
    )
    put(
        f"{base}/c9650012/content.html",
        mps_article(
            "全国公安机关交通管理部门加强暑期道路交通安全管理",
            "2024-06-10 11:00",
            """暑期将至，公安部交通管理局部署各地交管部门加强重点路段巡查管控，严查超速、超员、酒驾醉驾等突出违法行为。
交管部门提醒广大驾驶人，雨天行车要降低车速、保持安全车距，遇积水路段谨慎通行。""",
            "公安部交通管理局",
        ),
    )
    put(
        f"{SPP}/spp/tt/202406/t20240612_656301.shtml",
        spp_article(
            "原副县长邓卫平受贿、滥用职权案一审宣判",
            "2024-06-12 16:40",
            DENG_VERDICT,
            "湖南省常德市中级人民法院",
        ),
    )
    put(
        f"{SPP}/spp/tt/202406/t20240617_656950.shtml",
        spp_article(
            "最高检发布依法惩治网络暴力犯罪典型案例",
            "2024-06-17 10:00",
            """6月17日，最高人民检察院发布一批依法惩治网络暴力犯罪典型案例，涉及侮辱、诽谤、侵犯公民个人信息等罪名。
最高检有关负责人表示，检察机关将依法能动履职，准确把握网络暴力犯罪的认定标准，切实维护人民群众合法权益。""",
        ),
    )
    put(
        f"{SPP}/spp/tt/202406/t20240603_655120.shtml",
        spp_article(
            "检察机关持续加强未成年人司法保护",
            "2024-06-03 09:30",
            """“六一”前后，各地检察机关开展法治进校园活动，以案释法，引导未成年人增强自我保护意识。
最高检相关部门负责人介绍，检察机关将统筹推进未成年人保护各项工作，推动家庭、学校、社会形成保护合力。""",
        ),
    )
    put(
        f"{GD}/ffkb/content/post_180090.html",
        gd_article(
            "广东通报3起违反中央八项规定精神问题",
            "2024-03-12 17:30",
            """近日，广东省纪委监委对3起违反中央八项规定精神问题进行通报，涉及违规收受礼品、违规公款吃喝和违规使用公务用车。
通报要求，全省各级党组织要以案为鉴，把作风建设抓在日常、严在经常。""",
        ),
    )
    put(
        f"{GD}/ffkb/content/post_179801.html",
        gd_article(
            "省纪委监委开展专题调研",
            "2024-02-28 15:00",
            """2月下旬，省纪委监委调研组赴粤东多个县区，就基层监督体系建设开展专题调研。
调研组走访乡镇纪委、村务监督委员会，听取基层干部群众意见建议，推动监督力量向基层延伸。""",
        ),
    )
    put(
        f"{ZJ}/toutiao/202401/t20240110_21092877.shtml",
        zj_article(
            "以清廉浙江建设新成效护航高质量发展",
            "2024-01-10 08:30",
            """新年伊始，全省纪检监察机关围绕清廉浙江建设目标，推进清廉单元建设提质扩面。
各地把清廉建设融入基层治理，清廉村居、清廉学校、清廉医院建设取得新进展。""",
            "gb2312",
        ),
        "gbk",
    )
    put(
        f"{SD}/tbbg/202402/t20240228_10234488.htm",
        sd_article(
            "山东通报4起群众身边不正之风和腐败问题",
            "2024-02-28 10:00",
            """山东省纪委监委近日通报4起群众身边不正之风和腐败问题，涉及截留挪用惠民补贴、违规收取费用等。
通报强调，各级纪检监察机关要紧盯群众急难愁盼，严肃查处侵害群众利益的不正之风。""",
        ),
    )
    put(
        f"{SD}/tbbg/202401/t20240125_10230011.htm",
        sd_article(
            "省纪委监委通报典型案例",
            "2024-01-25 16:00",
            """省纪委监委对近期查处的几起典型案例进行通报，其中有的党员干部违规操办婚丧喜庆事宜，有的在工作中搞形式主义、官僚主义。
通报指出，要持续释放一严到底的强烈信号。""",
        ),
    )
    put(
        f"{XH}/20240624/11aa22bb33cc44dd55ee66ff77889900/c.html",
        xh_article(
            "国务院常务会议研究部署防汛抗旱工作",
            "2024-06-24 20:10",
            """新华社北京6月24日电 国务院总理主持召开国务院常务会议，研究部署防汛抗旱工作。
会议指出，当前我国已全面进入主汛期，要压实各方责任，加强监测预警，做好群众转移避险准备。""",
        ),
    )
    put(
        f"{PEOPLE}/n1/2024/0523/c64371-40241512.html",
        people_article(
            "以严的基调纠治形式主义官僚主义",
            "2024年05月23日06:20",
            """形式主义、官僚主义是党的作风建设的大敌。各地纪检监察机关聚焦文山会海、督查检查过多过频等问题，持续为基层减负。
基层干部反映，报表少了、会议短了，抓落实的时间多了。""",
        ),
        "gbk",
    )
    put(
        f"{PEOPLE}/n1/2024/0510/c64371-40233309.html",
        people_article(
            "深化运用监督执纪“四种形态”",
            "2024年05月10日05:50",
            """监督执纪“四种形态”是全面从严治党的重要方法。各地纪检监察机关在实践中坚持惩前毖后、治病救人，
抓早抓小、防微杜渐，让“红红脸、出出汗”成为常态。""",
        ),
        "gbk",
    )
    # The end of the sample columns: a page past the last one lists nothing, and paging stops.
    put(f"{PEOPLE}/GB/143349/index3.html", people_listing([]), "gbk")
    put(f"{CN}/scroll-news/news3.html", cn_listing([]))
    put(
        f"{CN}/cj/2024/06-05/10228790.shtml",
        cn_article(
            "5月份中国制造业采购经理指数发布",
            "2024年06月05日 15:40",
            """中新网6月5日电 国家统计局服务业调查中心发布数据显示，5月份，中国制造业采购经理指数为49.5%，比上月有所回落。
分析人士认为，市场需求恢复仍需时间，后续政策效应有望逐步显现。""",
        ),
    )
    put(
        f"{CN}/gn/2024/06-04/10228012.shtml",
        cn_article(
            "多地开展防汛应急演练",
            "2024年06月04日 21:10",
            """中新网6月4日电 入汛以来，多地组织开展防汛应急演练，模拟城市内涝、山洪灾害等场景，检验应急预案和队伍协同能力。
应急管理部门提醒，公众要关注天气预报，遇强降雨时减少外出。""",
        ),
    )
    put(
        f"{CD}/a/202406/12/WS66693f0aa31095c51c50b2e4.html",
        cd_article(
            "Anti-graft watchdog reports on Sky Net 2024 progress",
            "2024-06-12 09:00",
            """China's top anti-graft body said on Wednesday that the Sky Net 2024 campaign had brought back hundreds of fugitives in the first five months of the year, most of them suspected of duty-related crimes.
The Central Commission for Discipline Inspection said it would step up cooperation with foreign law enforcement bodies and keep tracking illicit funds transferred abroad.
No individual cases were named in the statement.""",
        ),
    )
    put(
        f"{CD}/a/202406/10/WS66663ea1a31095c51c50a0aa.html",
        cd_article(
            "Dragon Boat Festival travel peaks",
            "2024-06-10 18:00",
            """Railway stations and airports across the country handled a surge of passengers on Monday, the last day of the Dragon Boat Festival holiday.
Tourism authorities said scenic spots received more visitors than in the same period last year.""",
        ),
    )
    put(
        f"{GT}/page/202406/1314012.shtml",
        gt_article(
            "Heavy rain hits southern provinces",
            "Jun 10, 2024 06:15 PM",
            """Heavy rain battered several southern provinces over the weekend, disrupting traffic and flooding low-lying areas, local authorities said.
Meteorologists expect more rainfall in the coming days and urged residents to stay alert.""",
        ),
    )


# --------------------------------------------------------------------------- challenges
CHALLENGES = {
    # answered: first request gets the cookie script, a request carrying HOY_TR gets the page
    "www.ccdi.gov.cn/toutiaon/202406/t20240624_990101.html": {"kind": "cookie"},
    # never answerable: HTTP 521 with the obfuscated __jsl_clearance script
    "www.mps.gov.cn/n2253534/n2253535/c9659954/content.html": {"kind": "jsl"},
}
COOKIE_CHALLENGE = """<html><head></head><body><script>(function () { document.cookie = "HOY_TR=QWERTYUIOPASDFGH,0123456789ABCDEF,zxcvbnmlkjhgfdsa; max-age=31536000; path=/";document.cookie = "HBB_HC=5d41402abc4b2a76b9719d911017c592ae2f1c3b; max-age=86400; path=/"; })()</script><script src="/_ws_sbu/sbu_hc.js"></script></body></html>
"""
JSL_CHALLENGE = """<html><body><script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+('c')+('e')+('=')+(-~[]+'')+(-~{}+[[]][0]);location.href=location.pathname+location.search</script></body></html>
"""


def main() -> None:
    for build in (
        build_ccdi,
        build_mps,
        build_spp,
        build_gdjct,
        build_zjsjw,
        build_sdjj,
        build_xinhua,
        build_people,
        build_chinanews,
        build_chinadaily,
        build_globaltimes,
        build_urllist,
        build_listed_rest,
    ):
        build()
    if ROOT.exists():
        shutil.rmtree(ROOT)
    for url, data in FILES.items():
        target = Path(mirror_file(str(ROOT), url))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    special = ROOT / "_challenges"
    special.mkdir()
    (special / "challenges.json").write_text(json.dumps(CHALLENGES, indent=1) + "\n", "utf-8")
    (special / "cookie.html").write_text(COOKIE_CHALLENGE, "utf-8")
    (special / "jsl.html").write_text(JSL_CHALLENGE, "utf-8")
    (ROOT.parent / "urls.txt").write_text(
        "# Article URLs a researcher collected (crawled with --urls)\n"
        "https://mp.weixin.qq.com/s/Xq3vL9pR2mT7kW1aZb8c4Q\n"
        "https://www.mxx.gov.cn/art/2024/6/20/art_1229_3345678.html\n",
        "utf-8",
    )
    print(f"{len(FILES)} files under {ROOT}")


if __name__ == "__main__":
    main()
