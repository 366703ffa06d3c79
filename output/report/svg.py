"""A matplotlib figure as SVG that can sit inline in a page under a strict Content-Security-Policy.

matplotlib writes its colours and line styles as ``style`` attributes and one ``<style>``
element; a policy without ``'unsafe-inline'`` for styles (the review app's) makes a browser
ignore both, and the chart turns black. So every style declaration becomes the presentation
attribute of the same name, the ``<style>`` element and the metadata go, and every id gets the
chart's prefix (several charts share one page, and their ids would collide). Text is drawn as
outlines (``svg.fonttype = path``): the page needs no font to show the charts.
"""

from __future__ import annotations

import io

from lxml import etree
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# The style properties matplotlib writes that SVG also takes as presentation attributes.
PRESENTATION = frozenset(
    [
        "fill",
        "fill-opacity",
        "fill-rule",
        "stroke",
        "stroke-width",
        "stroke-opacity",
        "stroke-linecap",
        "stroke-linejoin",
        "stroke-miterlimit",
        "stroke-dasharray",
        "stroke-dashoffset",
        "opacity",
        "clip-path",
        "font-family",
        "font-size",
        "font-style",
        "font-weight",
        "text-anchor",
        "dominant-baseline",
        "visibility",
        "display",
    ]
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


def _declarations(style: str) -> list[tuple[str, str]]:
    pairs = []
    for part in style.split(";"):
        name, sep, value = part.partition(":")
        if sep and name.strip() in PRESENTATION:
            pairs.append((name.strip(), value.strip()))
    return pairs


def _prefix_refs(element: etree._Element, prefix: str) -> None:
    ident = element.get("id")
    if ident:
        element.set("id", f"{prefix}-{ident}")
    for name in (XLINK_HREF, "href"):
        value = element.get(name)
        if value and value.startswith("#"):
            element.set(name, f"#{prefix}-{value[1:]}")
    clip = element.get("clip-path")
    if clip and clip.startswith("url(#"):
        element.set("clip-path", f"url(#{prefix}-{clip[5:]}")


def strict_svg(data: bytes, prefix: str, title: str) -> str:
    """matplotlib's SVG ``data`` made fit for inline use under a strict policy (see above)."""
    root = etree.fromstring(data, parser=_PARSER)
    for element in list(root.iter()):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in (f"{SVG}style", f"{SVG}metadata", f"{SVG}script"):
            element.getparent().remove(element)
            continue
        style = element.attrib.pop("style", None)
        for name, value in _declarations(style or ""):
            element.set(name, value)
        _prefix_refs(element, prefix)
    # what the removed <style> element said, as inherited attributes
    root.set("stroke-linejoin", "round")
    root.set("stroke-linecap", "butt")
    for name in ("width", "height"):  # the page sizes the chart (viewBox kept)
        root.attrib.pop(name, None)
    root.set("role", "img")
    root.set("aria-labelledby", f"{prefix}-title")
    label = etree.Element(f"{SVG}title", id=f"{prefix}-title")
    label.text = title
    root.insert(0, label)
    return etree.tostring(root, encoding="unicode")


def figure_svg(figure: Figure, prefix: str, title: str) -> str:
    """``figure`` drawn as strict inline SVG (no date or creator written: the same figures
    give the same bytes)."""
    buffer = io.BytesIO()
    FigureCanvasSVG(figure)
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Format": None})
    return strict_svg(buffer.getvalue(), prefix, title)
