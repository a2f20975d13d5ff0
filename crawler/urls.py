"""URL rules: one address per page, one host per portal, and the links never to follow.

courlan does the general normalisation (case, default ports, sorted query,
tracker parameters).  Its strict mode keeps only a whitelist of parameters,
which would cut real article ids on Vietnamese portals (``?ArticleId=<guid>``,
``Index.aspx?I=..&M=..&P=..``, ``?cn=..&gd=..&tc=..``), so we use the lenient
mode and remove by hand only what portals add that does not change the page.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import normalize_url

# Session ids: always volatile, whatever their value.
_SESSION_PARAMS = {"phpsessid", "jsessionid", "aspsessionid", "asp.net_sessionid", "sessionid", "session_id", "cfid", "cftoken"}
# Short names that are session ids only when the value looks like a token
# ("sid=4" is a site id on some ASP.NET portals, "sid=9f8e7d..." is a session).
_MAYBE_SESSION_PARAMS = {"sid", "s_id", "ssid", "token"}
# Print views, share and redirect parameters: same article, other rendering.
_VIEW_PARAMS = {"print", "printable", "in", "_redirect", "redirect", "returnurl", "return_url", "ref", "share", "fbclid", "gclid", "zarsrc", "mobile", "amp"}
_TOKEN_VALUE = re.compile(r"^[A-Za-z0-9_\-]{12,}$")
_PATH_SESSION = re.compile(r"(?:;|%3B)(?:jsessionid|phpsessid|sid)=[^/?#;]*", re.I)

# Query keys that make a search-result page (never an article, never finite).
_SEARCH_KEYS = {"q", "query", "keyword", "keywords", "tukhoa", "tu_khoa", "s", "search", "searchtext", "search_api_fulltext", "txtsearch", "key"}
_SEARCH_PATH = re.compile(r"(?:^|/)(?:tim-?kiem|timkiem|search|ket-qua-tim-kiem)(?:[/.?]|$)", re.I)
# Query keys that walk a calendar; with a number in their value they go on forever.
_CALENDAR_KEYS = {"date", "day", "month", "year", "week", "ngay", "thang", "nam", "tuan", "calendar", "cal", "lich", "fromdate", "todate", "tungay", "denngay"}
_CALENDAR_PATH = re.compile(r"(?:^|/)(?:lich|calendar|lich-cong-tac|lich-lam-viec|lich-su-kien|events?-calendar)(?:/|$)", re.I)
_DATE_IN_PATH = re.compile(r"/(?:19|20)\d{2}(?:[/-]\d{1,2}){1,2}(?:/|$)")
# Accounts, admin and action endpoints: never content.
_ACTION_PATH = re.compile(
    r"(?:^|/)(?:dang-?nhap|dangnhap|login|logout|signin|sign-in|dang-?ky|register|admin|administrator|wp-admin|wp-login\.php|"
    r"user/(?:login|register|password)|account|cart|feedback|gop-y|binh-luan|comment|captcha|rating|vote|poll|binh-chon)(?:[/.?;]|$)",
    re.I,
)
_SORT_KEYS = {"sort", "order", "orderby", "sortby", "dir", "view_mode"}


def _clean_query(query: str) -> str:
    kept = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        low = key.lower()
        if low in _SESSION_PARAMS or low in _VIEW_PARAMS or low.endswith("redirect"):
            continue
        if low in _MAYBE_SESSION_PARAMS and _TOKEN_VALUE.match(value):
            continue
        kept.append((key, value))
    return urlencode(kept)


_SUBDELIMS = re.compile(r"%(2[1789AaCc]|3[BbDd])")  # ! ' ( ) * , ; =


def canonical_url(url: str) -> str:
    """The one address we store a page under: normalised, without volatile parts."""
    url = _PATH_SESSION.sub("", url.strip())
    try:
        normalized = normalize_url(url)
    except Exception:  # courlan raises on malformed netlocs; keep the raw URL
        normalized = url
    parts = urlsplit(normalized)
    # courlan percent-encodes RFC 3986 sub-delimiters; ASP.NET's cookieless paths
    # (`/(S(token))/page.aspx`) and matrix parameters (`/page;name=token`) only
    # answer with them as they were written
    path = _SUBDELIMS.sub(lambda m: chr(int(m.group(1), 16)), parts.path or "/")
    return urlunsplit((parts.scheme, parts.netloc, path, _clean_query(parts.query), ""))


def on_portal(url: str, portal_url: str) -> str:
    """`url` written with the portal's own scheme and host form when it is on that host.

    Portals answer on http and https, with and without www; one article is one
    row whichever of these a link used.
    """
    if host_key(url) != host_key(portal_url):
        return url
    portal = urlsplit(canonical_url(portal_url))
    parts = urlsplit(url)
    return urlunsplit((portal.scheme, portal.netloc, parts.path, parts.query, ""))


def redact(url: str) -> str:
    """The URL without the user name and password a portal URL may carry (never logged or printed)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, f"***@{host}", parts.path, parts.query, parts.fragment))


# user:password@ in a URL, with or without its scheme (exception texts quote bare netlocs)
_USERINFO = re.compile(r"(?:(?<=://)[^/@\s:]+(?::[^/@\s]*)?|(?<![\w.%+-])[\w.%+-]+:[^\s/@]+)@(?=[\w\[])")


def redact_text(text: str) -> str:
    """Any text with the credentials of the URLs in it replaced (logs, summaries, errors)."""
    return _USERINFO.sub("***@", text) if "@" in text else text


def host_key(url: str) -> str:
    """A portal's identity: its host name without port and without a leading www."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def trap_reason(url: str) -> str | None:
    """Why a link must not be requested (search, calendar, account pages), or None."""
    parts = urlsplit(url)
    path = parts.path
    keys = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    if _SEARCH_PATH.search(path) or _SEARCH_KEYS & keys.keys():
        return "search"
    calendar_values = [v for k, v in keys.items() if k in _CALENDAR_KEYS]
    if any(re.search(r"\d", v) for v in calendar_values):
        return "calendar"
    if _CALENDAR_PATH.search(path) and (calendar_values or _DATE_IN_PATH.search(path) or parts.query):
        return "calendar"
    if _ACTION_PATH.search(path):
        return "account-or-action"
    if _SORT_KEYS & keys.keys():
        return "sort-variant"
    return None


_PAGER_PATH = re.compile(r"(?:(?:page|trang|p)[-/_]?\d+(?:\.html?)?/?)$", re.I)


def pager_key(url: str) -> str:
    """The same key for pages of one paginated listing (numbers in the pager removed).

    Two URLs with equal keys differ only in a page number: `?page=3` vs
    `?page=4`, `/trang-3.html` vs `/trang-4.html`, `/page/3/` vs `/page/4/`.
    """
    parts = urlsplit(url)
    path = _PAGER_PATH.sub("#", parts.path)
    query = sorted((k, re.sub(r"\d+", "#", v)) for k, v in parse_qsl(parts.query, keep_blank_values=True))
    return f"{parts.netloc}{path}?{urlencode(query)}"
