"""Vietnamese text in the pre-Unicode font encodings TCVN3 ("ABC", .VnTime fonts) and VNI
(VNI-Times fonts), converted to Unicode.

Own code: Vietnam-specific, no maintained library covers these encodings. Old portals set
their text in a legacy font and served the bytes as Latin-1/windows-1252, so the decoded
page reads "Th¸i B×nh" (TCVN3) or "Thaùi Bình" (VNI) instead of "Thái Bình".

Sources of the tables:
- TCVN3: the VN3 character set of the standard TCVN 5712:1993 (lower-case letters plus the
  seven base capitals Ă Â Ê Ô Ơ Ư Đ; a capital with a tone mark was printed with the same
  byte in a capital font such as .VnTimeH, so it converts to the lower-case letter).
- VNI: the VNI for Windows encoding of VNI Software Co. (a base letter followed by one mark
  byte; ơ ư đ and the toned i are single bytes), built below from the letters' Unicode
  decompositions, so each entry is one rule rather than a hand-typed list.
Both were checked against published converters (e.g. the VNItoUNICODE/ABC routines widely
copied in Vietnamese VB code).
"""
from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

# -- TCVN3 (TCVN 5712:1993, VN3): byte -> letter ------------------------------------------
TCVN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}

# -- VNI for Windows: mark bytes after a base letter --------------------------------------
_TONES = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}  # huyền sắc hỏi ngã nặng
_CIRCUMFLEX = {"": "â", "\u0300": "à", "\u0301": "á", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_BREVE = {"": "ê", "\u0300": "è", "\u0301": "é", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_TONED_I = {"\u0300": "ì", "\u0301": "í", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
_HORN = {"o": "ô", "u": "ö"}  # ơ, ư are single bytes; their tone follows as a mark byte
_VOWELS = "aăâeêioôơuưy"


def _vni_of(letter: str) -> str:
    """The VNI spelling of one Vietnamese letter (lower case; capitals upper-case every byte)."""
    if letter == "đ":
        return "ñ"
    parts = unicodedata.normalize("NFD", letter)
    base, marks = parts[0], parts[1:]
    tone = next((m for m in marks if m in _TONES), "")
    if base == "i":
        return _TONED_I[tone] if tone else "i"
    if "\u031b" in marks:  # horn
        return _HORN[base] + _TONES.get(tone, "")
    if "\u0302" in marks:  # circumflex
        return base + _CIRCUMFLEX[tone]
    if "\u0306" in marks:  # breve
        return base + _BREVE[tone]
    return base + _TONES.get(tone, "")


def _vietnamese_letters() -> list[str]:
    letters = ["đ"]
    for vowel in _VOWELS:
        for tone in ("", *_TONES):
            letters.append(unicodedata.normalize("NFC", vowel + tone))
    return letters


VNI = {}
for _letter in _vietnamese_letters():
    _code = _vni_of(_letter)
    if _code != _letter:
        VNI[_code] = _letter
        VNI[_code.upper()] = _letter.upper()
_VNI_RX = re.compile("|".join(sorted(map(re.escape, VNI), key=len, reverse=True)))

# Characters that Vietnamese written in Unicode never uses but each legacy encoding does.
# TCVN3 puts its commonest letters (ă â ê ô ơ ư đ à á ả ã ạ ...) at 0xA1-0xBF, where VNI has
# nothing and Unicode Vietnamese only the odd "©" or "«".
# (inside a word: "Th¸i", not the "«" of a quotation)
_TCVN3_SIGN = re.compile("[A-Za-z][\u00a1-\u00bf]|[\u00a1-\u00bf][a-z]")
# (a vowel followed by a mark that no Latin-script language puts after a vowel)
_VNI_SIGN = re.compile("[aeiouyAEIOUY\u00f4\u00f6\u00d4\u00d6][\u00f8\u00fb\u00ef\u00eb\u00fc\u00e5\u00e4\u00f9\u00f5"
                       "\u00d8\u00db\u00cf\u00cb\u00dc\u00c5\u00c4\u00d9\u00d5]")
_OTHER_SCRIPT = re.compile("[\u0370-\u1dff\u2e80-\uffff]")  # Greek, Cyrillic ... CJK: not a Latin legacy font
_UNICODE_VI = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def detect(text: str) -> str | None:
    """"tcvn3", "vni" or None for a page's text (Unicode Vietnamese, or another language)."""
    native = len(_UNICODE_VI.findall(text))
    tcvn3, vni = len(_TCVN3_SIGN.findall(text)), len(_VNI_SIGN.findall(text))
    best = max(tcvn3, vni)
    other_scripts = len(_OTHER_SCRIPT.findall(text))
    # legacy Vietnamese marks most words; a German "ä" or a French "«" is the odd one
    if best < 5 or best < 2 * native or other_scripts > best or best < 0.2 * len(text.split()):
        return None
    if vni >= tcvn3:
        return "vni"
    return "tcvn3"


def to_unicode(text: str, encoding: str) -> str:
    if encoding == "tcvn3":
        return text.translate(TCVN3)
    return _VNI_RX.sub(lambda m: VNI[m.group(0)], text)


def convert_tree(tree: HtmlElement) -> str | None:
    """Convert the text of a page written in a legacy encoding, in place; the encoding or None.
    Text that already holds Unicode Vietnamese letters is left as it is (a Unicode menu
    beside a legacy article)."""
    sample = " ".join(t for t in tree.itertext() if not t.isascii())[:200_000]
    encoding = detect(sample)
    if encoding is None:
        return None

    def fix(value: str | None) -> str | None:
        if value and not value.isascii() and not _UNICODE_VI.search(value):
            return to_unicode(value, encoding)
        return value

    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        text, tail = fix(el.text), fix(el.tail)
        if text != el.text:
            el.text = text
        if tail != el.tail:
            el.tail = tail
        if el.tag == "meta" and el.get("content"):
            el.set("content", fix(el.get("content")) or "")
    return encoding


def from_unicode(text: str, encoding: str) -> str:
    """The legacy spelling of Unicode text (used by tests to write legacy pages)."""
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        inverse = {letter: chr(byte) for byte, letter in TCVN3.items()}
        return "".join(inverse.get(ch, inverse.get(ch.lower(), ch)) for ch in text)
    inverse = {letter: code for code, letter in VNI.items()}
    return "".join(inverse.get(ch, ch) for ch in text)
