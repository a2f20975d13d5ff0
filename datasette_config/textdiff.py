"""Readable HTML for article text and for the changes between two versions of it.

Article text is stored one paragraph per line (docs/interface.md), so the diff works
paragraph by paragraph first and only then word by word inside the paragraphs
that changed: a fixed typo shows as one struck word, not a rewritten article,
and long texts stay cheap to compare.
"""
from __future__ import annotations

import difflib
import re
from typing import Iterable

from markupsafe import Markup, escape

# Vietnamese writes one syllable per space-separated token, so whitespace
# tokens are the natural unit of an edit; the spaces are kept as tokens so
# the joined output reads like the text.
TOKEN = re.compile(r"\S+|\s+")
# Word-diffing costs up to len(old) * len(new) token comparisons; past this, and for
# paragraphs that share little, whole paragraphs struck and inserted read better anyway.
MAX_WORD_PAIRS = 4_000_000
MIN_SIMILARITY = 0.4


def paragraphs_html(text: str | None) -> Markup:
    """The text as <p> paragraphs, one per stored line, HTML-escaped."""
    lines = [line.strip() for line in (text or "").splitlines()]
    return Markup("").join(Markup("<p>{}</p>").format(line) for line in lines if line)


def _mark(tag: str, text: str) -> Markup:
    return Markup("<{0}>{1}</{0}>").format(Markup(tag), text) if text else Markup("")


def words_diff_html(old: str, new: str) -> Markup:
    """One paragraph's changes: deleted words in <del>, inserted words in <ins>."""
    a, b = TOKEN.findall(old), TOKEN.findall(new)
    # autojunk would treat the frequent space token as junk and scramble long paragraphs
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Markup] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(escape("".join(a[i1:i2])))
            continue
        out.append(_mark("del", "".join(a[i1:i2])))
        out.append(_mark("ins", "".join(b[j1:j2])))
    return Markup("").join(out)


def _paragraph(css: str, body: Markup) -> Markup:
    return Markup('<p class="{}">{}</p>').format(css, body)


def _alike(old: str, new: str) -> bool:
    a, b = old.split(), new.split()  # spaces left out: they would make any two paragraphs alike
    if len(a) * len(b) * 4 > MAX_WORD_PAIRS:  # words_diff_html compares spaces too: ~4x the pairs
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).quick_ratio() >= MIN_SIMILARITY


def _changed_block(old: list[str], new: list[str]) -> Iterable[Markup]:
    """Paragraphs replaced by others: pair them up and diff the words of pairs that are alike."""
    for k in range(max(len(old), len(new))):
        if k < len(old) and k < len(new) and _alike(old[k], new[k]):
            yield _paragraph("changed", words_diff_html(old[k], new[k]))
            continue
        if k < len(old):
            yield _paragraph("deleted", _mark("del", old[k]))
        if k < len(new):
            yield _paragraph("inserted", _mark("ins", new[k]))


def text_diff_html(old: str | None, new: str | None, context: int = 1) -> Markup:
    """The changes from `old` to `new` as HTML paragraphs, with `context` unchanged
    paragraphs around each change and "…" for the unchanged ones left out."""
    a = [line for line in (old or "").splitlines() if line.strip()]
    b = [line for line in (new or "").splitlines() if line.strip()]
    if a == b:
        return Markup("")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Markup] = []
    shown_to = 0  # paragraphs of `old` up to here are shown or marked as skipped
    for group in matcher.get_grouped_opcodes(context):
        if group[0][1] > shown_to:
            out.append(_paragraph("skipped", Markup("…")))
        for op, i1, i2, j1, j2 in group:
            if op == "equal":
                out.extend(_paragraph("same", escape(line)) for line in a[i1:i2])
            else:
                out.extend(_changed_block(a[i1:i2], b[j1:j2]))
        shown_to = group[-1][2]
    if shown_to < len(a):
        out.append(_paragraph("skipped", Markup("…")))
    return Markup("").join(out)
