"""The article's own paragraphs, ready for the parser.

Clean text from crawler.extraction rarely carries a byline, a related-news
block or a site footer, but text from elsewhere does, and their names are
other articles' officials or the portal's editors, not this article's.
"""
from __future__ import annotations

import re

from crawler.officials.lexicon import Lexicon, key

_HEADLINE_DATE = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)\s*$")
_BULLET = re.compile(r"^\s*[•●▪■»›+*-]\s*")


def unglue(line: str) -> str:
    """"Đồng chíPhạm Thị Thương" -> "Đồng chí Phạm Thị Thương": a tag removed without a space."""
    out = []
    for i, char in enumerate(line):
        if 2 <= i < len(line) - 1 and char.isupper() and line[i + 1].islower() and \
                line[i - 1].islower() and line[i - 2].isalpha():
            out.append(" ")
        out.append(char)
    return "".join(out)


def prose_lines(text: str, lexicon: Lexicon) -> list[str]:
    """The article's own paragraphs: up to a related-news heading or a footer, without bylines."""
    kept = []
    for line in text.splitlines():
        bare = line.strip().rstrip(":").strip()
        label = key(bare.split(":", 1)[0].strip()) if ":" in bare else None
        if key(bare) in lexicon.end_headings or label in lexicon.footer_labels:
            break
        if label in lexicon.byline_labels or _BULLET.match(line) or _HEADLINE_DATE.search(line):
            continue  # a byline, or a link to another article
        kept.append(unglue(line))
    return kept
