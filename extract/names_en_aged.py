"""English names that are no pinyin, known as a person's by the age set beside them.

Reports on Tibetans, Uyghurs, Kazakhs and other exiles give names that no surname list holds
("Norbu Wangdak, 27", "Abdushukur Rehim, aged 30"); the age in apposition is what tells a
careful reader that the capitalised words name one person, whatever the sentence says of them.
Whether that person is a returnee is the binding's question, as for every other name."""

from __future__ import annotations

import re

from extract.names_en import checked_name_span, is_surname_reading

# one to four capitalised words (a Cantonese given name may join its second syllable with a
# hyphen: Wong Kwok-keung), then ", 27," / ", aged 35," ending the apposition (another
# name in brackets may come between: "Memet Ablikim (also called Alim), aged 41,")
_AGED = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{1,14}(?:[ -][A-Z][a-z]{1,14}|-[a-z]{2,8}){0,3})(?: \([^()]{1,40}\))?"
    r"(?:,? aged|,) (?:[1-9]\d?)(?=[,;)]|\.(?:\s|$)| and\b)"
)


def english_aged_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of names told by an age in apposition, none of whose words names a body, a place,
    a people, a month or a day; never one word that reads as a Chinese surname."""
    spans = []
    for match in _AGED.finditer(text, start, end):
        if is_surname_reading(match.group(1)):
            continue  # "Bai, 54, was suspected of …": a surname pointing back to a full name
        span = checked_name_span(text, *match.span(1))
        if span:
            spans.append(span)
    return spans
