"""Vietnamese bylines, signatures and source lines (own code: trafilatura's author
finder reads <meta name=author>, which portals fill with the site's name).

Works on the body's text lines; returns the author, the source and the lines
with the byline/signature/source lines removed."""
from __future__ import annotations

import re

from crawler.extraction.dom import norm

_LABELLED_AUTHOR = re.compile(
    r"^(?:Tác giả|Tin,? ảnh|Tin và ảnh|Tin ?- ?ảnh|Bài,? ảnh|Bài và ảnh|Bài ?- ?ảnh|Bài viết|Người viết|Tin bài"
    r"|Thực hiện|Phóng viên|Bài|Tin)\s*[:：]\s*(?P<v>.+)$",
    re.I,
)
_SOURCE = re.compile(r"^\(?\s*(?:Nguồn tin|Nguồn)\s*[:：]\s*(?P<v>.+?)\s*\)?$", re.I)
_SHORT_BYLINE = re.compile(r"^(?:PV|CTV|BBT|Nhóm PV|PV\s*-\s*CTV)\.?$")
# A dash, a comma or a parenthesis ends the name; what follows is the writer's organisation.
_ORG_SPLIT = re.compile(r"\s+[–—-]\s+|\s*\(|,\s+|\s*-\s*(?=[A-ZĐ]{2,})")
_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_NAME_WORD = re.compile(rf"^[{_UPPER}][^\s\d.,:;!?]*\.?$")
# Organisation markers; given names such as "Trang", "Hội", "Trường" or the surname "Đoàn" must still
# pass: a one-word marker ("Trường", "Ban") opens an organisation's name, so another word must follow it.
ORG_WORDS = re.compile(
    r"(UBND|HĐND|MTTQ|VHTT|TTVH|BCĐ|Ủy ban|Uỷ ban|Trung tâm|Phòng \S|Sở \S|Bộ \S|Ban \S|Huyện ủy|Huyện uỷ|Tỉnh ủy"
    r"|Thành ủy|Đảng ủy|Đảng bộ|Cổng thông tin|Trang thông tin|Cổng TTĐT|Trang TTĐT|Báo \S|Đài \S|Hội Nông dân"
    r"|Hội Phụ nữ|Hội LHPN|Hội Cựu|Hội Liên hiệp|Văn phòng|Công an|Chi cục|Cục \S|Tổng cục|Tòa án|Viện kiểm sát"
    r"|Trường \S|Công ty|Bệnh viện"
    r"|Ban biên tập|Đoàn Thanh niên|Huyện đoàn|Tỉnh đoàn|Liên đoàn|Website|Thông tin|Truyền thông|Điện tử"
    r"|\b(?:xã|phường|thị trấn|huyện|tỉnh|thành phố|quận|Xã|Phường|Huyện|Tỉnh|Quận)\b)"
)


# A person named with a form of address is someone the article talks about or quotes
# ("Ông Nguyễn Văn A, Trưởng thôn", "Bà B cho biết"); a writer signs with the bare name.
# "Anh", "Em" and "Cô" are also given names ("Anh Thư" signs her articles): they address
# someone only before a full name of two words or more.
_ADDRESSED = re.compile(
    r"^(?:(?:Ông|Bà|Chị|Chú|Bác|Cụ|Thầy|Đồng chí|Đ/c|Già làng|Mr|Mrs|Ms|Dr)\.?\s|(?:Anh|Em|Cô)\s+\S+\s+\S)")
# Quotation marks or a verb of saying make a line a sentence about someone, not a signature.
_SPEECH = re.compile(r"[“”\"«»:]|\b(?:cho biết|chia sẻ|phát biểu|khẳng định|nhấn mạnh|nói|kể|bày tỏ|said)\b", re.I)


def clean_name(value: str) -> str | None:
    """'Hữu Thịnh – Trung tâm VHTT&TT' -> 'Hữu Thịnh'; None for an organisation."""
    value = norm(value).strip(" .;:-–—")
    value = _ORG_SPLIT.split(value, maxsplit=1)[0].strip(" .;:-–—")
    if not value or len(value) > 60:
        return None
    if _SHORT_BYLINE.match(value):
        return value
    if ORG_WORDS.search(value + " "):
        return None
    return value


def looks_like_name(line: str) -> bool:
    """A bare signature line: 1-5 capitalised words, optionally '– organisation'; never
    a form of address ("Ông …") nor a line that quotes or reports speech."""
    line = norm(line)
    head = _ORG_SPLIT.split(line.lstrip("("), maxsplit=1)[0].strip(" .")
    if len(line) > 80 or _ADDRESSED.match(head + " ") or _SPEECH.search(line):
        return False
    if _SHORT_BYLINE.match(head):
        return True
    words = head.split()
    if not 2 <= len(words) <= 5 or len(head) > 40:
        return False
    if head.isupper() and len(words) > 3:
        return False
    return all(_NAME_WORD.match(w) for w in words) and not ORG_WORDS.search(head + " ")


def split_byline(lines: list[str], title: str | None,
                 known_author: str | None = None) -> tuple[list[str], str | None, str | None]:
    """Take labelled authors/sources anywhere and a signature among the last lines."""
    author = source = None
    kept: list[str] = []
    for line in lines:
        m_src = _SOURCE.match(line)
        m_aut = _LABELLED_AUTHOR.match(line)
        if m_src and len(line) < 200:
            source = source or norm(m_src["v"]).strip(" .") or None
            continue
        if m_aut and len(line) < 120:
            name = clean_name(m_aut["v"])
            if name or len(m_aut["v"]) < 60:
                author = author or name
                continue
        kept.append(line)
    if author is None and known_author is None:
        kept, author = _trailing_signature(kept, title)
    if author is None and known_author is None:
        kept, author = _leading_signature(kept)
    elif known_author is not None:
        kept = [line for line in kept if clean_name(line) != known_author or not looks_like_name(line)]
    return kept, author or known_author, source


def _trailing_signature(lines: list[str], title: str | None) -> tuple[list[str], str | None]:
    for back in range(1, min(3, len(lines)) + 1):
        line = lines[-back]
        if title and norm(line) == norm(title):
            break
        if len(line) <= 60 and looks_like_name(line):
            name = clean_name(line)
            if name:
                return lines[:-back] + lines[len(lines) - back + 1:], name
        if len(line) > 60:
            break
    return lines, None


def _leading_signature(lines: list[str]) -> tuple[list[str], str | None]:
    """A bare name printed as the body's first line, above a paragraph ("Thu Hà" over the lead)."""
    if len(lines) >= 2 and len(lines[0]) <= 50 and len(lines[1]) >= 60 and looks_like_name(lines[0]):
        name = clean_name(lines[0])
        if name:
            return lines[1:], name
    return lines, None


_AUTHOR_CLASS = re.compile(r"(author|tacgia|tac-gia|byline|nguoiviet|nguoi-viet|signature|writer)", re.I)
_SOURCE_CLASS = re.compile(r"(source|nguon)", re.I)


def outside_byline(scope, body, attrs_of, is_ancestor) -> tuple[str | None, str | None]:
    """Author/source printed around the body container (NukeViet, WordPress, Drupal
    put them in their own elements) within the article's scope."""
    author = source = None
    for el in scope.iter():
        if not isinstance(el.tag, str) or (body is not None and is_ancestor(el, body)):
            continue
        text = norm(el.text_content())
        if not text or len(text) > 120:
            continue
        m_src, m_aut = _SOURCE.match(text), _LABELLED_AUTHOR.match(text)
        inside = body is not None and is_ancestor(body, el)
        if inside and not (m_src or m_aut):
            continue  # inside the body only labelled lines count (trafilatura may drop p.author)
        if m_src and source is None:
            source = norm(m_src["v"]).strip(" .") or None
        elif m_aut and author is None:
            author = clean_name(m_aut["v"])
        elif author is None and _AUTHOR_CLASS.search(attrs_of(el)) and looks_like_name(text):
            author = clean_name(text)
        elif source is None and _SOURCE_CLASS.search(attrs_of(el)) and len(el) == 0 and len(text) < 80:
            source = text
    if author is None and body is not None:
        # a bare signature right after the body container (right-aligned name line)
        for el in body.xpath("following::*[normalize-space()][position() <= 2]"):
            text = norm(el.text_content())
            if len(text) <= 60 and looks_like_name(text):
                author = clean_name(text)
                break
    return author, source
