"""html_to_text: the body container, the title, paragraph breaks, and what is left out."""

from __future__ import annotations

from extract.html import html_to_text


def test_breaks_at_block_starts_in_any_case_and_drops_scripts_and_styles() -> None:
    page = (
        '<html><head><title>T1</title></head><body><div class="content"><p>第一段</p>'
        '<br>第二行<script>var a="<p>";</script>第三<P>大写</P><style>p{}</style></div>'
        "<div>页脚</div></body></html>"
    )
    assert html_to_text(page) == ("T1", "第一段\n第二行第三\n大写")


def test_title_marker_keeps_its_line_break_and_the_id_marker_finds_the_body() -> None:
    page = '<div><h2 class="tit">标题<br>副题</h2></div><div id=detail>正文<li>一</li><li>二</li></div>'
    assert html_to_text(page) == ("标题\n副题", "正文\n一\n二")


def test_without_a_marker_the_block_with_most_paragraph_text_is_the_body() -> None:
    page = (
        "<html><body><div><p>短</p></div><div><p>这是较长的一段正文。</p><p>第二段。</p></div>"
        "</body></html>"
    )
    assert html_to_text(page) == (None, "这是较长的一段正文。\n第二段。")


def test_empty_and_blank_pages_have_no_title_and_no_text() -> None:
    assert html_to_text("") == (None, "")
    assert html_to_text("  \n ") == (None, "")
