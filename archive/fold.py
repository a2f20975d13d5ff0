"""Vietnamese search folding: the text the full-text index and queries share.

SQLite's unicode61 tokenizer strips combining marks ("ệ" -> "e") but treats
"đ" as a letter of its own, so "dang uy" would never find "Đảng ủy".  We store
a folded copy of title and text for the index and fold every query the same way.
"""
from __future__ import annotations

import re
import unicodedata

_COMBINING = re.compile(r"[\u0300-\u036f]")
_D_STROKE = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def fold(text: str | None) -> str:
    """Lower-case ``text`` and remove Vietnamese diacritics, "đ" included.

    >>> fold("Mặt trận Tổ quốc - Đảng ủy")
    'mat tran to quoc - dang uy'
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_STROKE))
    return _COMBINING.sub("", decomposed).lower()
