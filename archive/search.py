"""The search language journalists type, shared by the web pages and `portal-archive export`.

    dang uy                 every word, any diacritics ("Đảng ủy", "đang ủy", ...)
    Đảng ủy                 the same matches, those written exactly so first; `exact` keeps only them
    "mat tran to quoc"      a phrase
    lu OR lut               either word
    bao -lu                 "bao" but not "lu"
    thuy*                   any word starting with "thuy"

The full-text index holds folded text (archive.fold), so the index answers the
folded query and a word typed with diacritics is checked against the original
text afterwards.  Vietnamese writes the tone mark of "oa", "oe", "uy" in two
places ("hoá"/"hóa", "thuỷ"/"thủy") and portals mix NFC and NFD, so a word's
exact *form* is its letters with their vowel marks plus its tone, wherever the
tone sits (`form_key`).  No input raises: a query with nothing to search for
comes back with an `error` to show.
"""
from __future__ import annotations

import difflib
import functools
import re
import sqlite3
import unicodedata
from datetime import datetime
from dataclasses import dataclass, field, replace
from typing import Any

from archive.fold import fold
from archive.schema import FACET_INDEX, FTS_TABLE  # the index's rank is bm25, title weighted (FTS_RANK)

VOCAB_TABLE = f"temp.{FTS_TABLE}_vocab"

# The five Vietnamese tones as combining marks (grave, acute, tilde, hook above, dot below).
TONE_MARKS = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"\w+")


@dataclass
class Term:
    """One thing to find: a word or a phrase, as typed and folded."""

    typed: str
    words: list[str]  # folded words
    prefix: bool = False
    phrase: bool = False

    @property
    def forms(self) -> list[str]:
        """The exact forms typed, when the term was typed with diacritics; [] otherwise."""
        typed_words = _WORD.findall(unicodedata.normalize("NFC", self.typed))
        if self.prefix or not any(fold(w) != w.lower() for w in typed_words):
            return []
        return [form_key(w) for w in typed_words]

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        return quoted + "*" if self.prefix else quoted


@dataclass
class Query:
    """A parsed search: all of `groups` (each group: any of its terms), none of `excluded`."""

    text: str
    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)
    error: str | None = None

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]

    @property
    def forms(self) -> list[list[str]]:
        """Exact forms of the terms typed with diacritics (one list of word forms per term)."""
        return [t.forms for t in self.terms if t.forms]

    def fts(self) -> str | None:
        """The FTS5 MATCH expression on the folded index, or None when there is nothing to find."""
        if not self.groups:
            return None
        wanted = " AND ".join(
            "(" + " OR ".join(t.fts() for t in group) + ")" if len(group) > 1 else group[0].fts()
            for group in self.groups
        )
        if not self.excluded:
            return wanted
        return f"({wanted}) NOT (" + " OR ".join(t.fts() for t in self.excluded) + ")"


def _in_title(query: "Query") -> str | None:
    """The wanted words (not the exclusions) found in the title alone, as FTS5 MATCH."""
    wanted = replace(query, excluded=[]).fts()
    return f"search_title : ({wanted})" if wanted else None


def _term(token: str) -> Term | None:
    prefix = token.endswith("*")
    phrase = token.startswith('"')
    typed = token.strip('"*').strip()
    words = _WORD.findall(fold(typed).replace("_", " "))
    if not words:
        return None
    return Term(typed=typed, words=words, prefix=prefix and not phrase, phrase=phrase or len(words) > 1)


def parse(text: str | None) -> Query:
    """Parse what a journalist typed; never raises."""
    text = unicodedata.normalize("NFC", text or "").strip()
    query = Query(text=text)
    join_next = False
    for token in _TOKEN.findall(text):
        if token in ("OR", "|"):
            join_next = bool(query.groups)
            continue
        negated = token.startswith("-") and len(token) > 1
        term = _term(token[1:] if negated else token)
        if term is None:
            continue
        if negated:
            query.excluded.append(term)
        elif join_next:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        join_next = False
    if text and not query.groups:
        query.error = (
            "Hãy gõ ít nhất một từ cần tìm (không chỉ từ loại trừ). / Type at least one word to find, not only exclusions."
            if query.excluded else "Không có từ nào để tìm. / Nothing to search for."
        )
    return query


# -- exact forms --------------------------------------------------------------------------


def form_key(word: str) -> str:
    """A word's written form, the same wherever its tone mark sits and in NFC or NFD.

    >>> form_key("hoá") == form_key("hóa") == form_key("HOÁ"), form_key("Đảng") == form_key("đang")
    (True, False)
    """
    tone = "0"
    letters = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        else:
            letters.append(ch)
    return unicodedata.normalize("NFC", "".join(letters)) + tone


def exact_hits(title: str | None, text: str | None, forms: list[list[str]]) -> int:
    """How many of the typed forms appear, exactly so, in the title or text.

    A pattern of each term's letters in any case and diacritics finds where it is
    in the original text; only those places are compared form by form.
    """
    if not forms:
        return 0
    whole = nfc(f"{title or ''}\n{text or ''}")
    hits = 0
    for words in forms:
        for m in _words_regex(tuple(fold(w[:-1]) for w in words)).finditer(whole):
            if [form_key(w) for w in _WORD.findall(m.group())] == words:
                hits += 1
                break
    return hits


def has_all_forms(title: str | None, text: str | None, forms_spec: str | None) -> int:
    """SQL function: 1 when every form of `forms_spec` ("k1 k2|k3", as `forms_spec`) appears."""
    forms = [f.split(" ") for f in (forms_spec or "").split("|") if f]
    return int(exact_hits(title, text, forms) == len(forms))


def forms_spec(query: Query) -> str:
    return "|".join(" ".join(words) for words in query.forms)


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions search queries use; call on every connection that runs them."""
    conn.create_function("pa_has_forms", 3, has_all_forms, deterministic=True)


# -- highlighting -------------------------------------------------------------------------


def nfc(text: str) -> str:
    """`text` in NFC (portals mix NFC and NFD); a text already so is not copied."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _letter_classes() -> dict[str, str]:
    """Folded letter -> a regex class of every NFC character that folds to it ("d" -> [dDđĐ...]).

    Matching the original text with these finds the query's words without folding
    whole article texts (which cost more than the search itself on a results page).
    """
    groups: dict[str, set[str]] = {}
    for code in (*range(0x20, 0x250), *range(0x1E00, 0x1F00)):
        ch = unicodedata.normalize("NFC", chr(code))
        folded = fold(ch)
        if len(ch) == 1 and len(folded) == 1:
            groups.setdefault(folded, {folded}).add(ch)
    return {letter: "[" + "".join(sorted(map(re.escape, chars))) + "]" for letter, chars in groups.items() if len(chars) > 1}


_CLASSES = _letter_classes()


@functools.lru_cache(maxsize=1024)
def _words_regex(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(_words_pattern(list(words)))


def _words_pattern(words: list[str], prefix: bool = False) -> str:
    """A regex for folded `words` in original NFC text: any case, any diacritics."""
    body = r"\W+".join("".join(_CLASSES.get(ch, re.escape(ch)) for ch in w) for w in words)
    return r"\b" + body + (r"\w*" if prefix else r"\b")


def _pattern(query: Query) -> re.Pattern | None:
    parts = [_words_pattern(term.words, term.prefix) for term in query.terms]
    return re.compile("|".join(parts)) if parts else None


def match_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Where the query's words are in `text` (NFC), as (start, end) character offsets."""
    pattern = _pattern(query)
    if not text or pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]


Segments = list[tuple[str, bool]]  # (text, highlighted)


def highlight(text: str | None, query: Query) -> Segments:
    """The whole text cut into plain and matched pieces."""
    text = nfc(text or "")
    return _cut(text, match_spans(text, query), 0, len(text))


def snippet(text: str | None, query: Query, width: int = 260) -> Segments:
    """About `width` characters of the text around its first match, matches marked."""
    text = nfc((text or "").replace("\n", " "))
    spans = match_spans(text, query)
    if len(text) <= width:
        return _cut(text, spans, 0, len(text))
    centre = spans[0][0] if spans else 0
    start = max(0, centre - width // 3)
    start = text.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(text), start + width)
    end = text.find(" ", end) if text.find(" ", end) != -1 else len(text)
    segments = _cut(text, spans, start, end)
    if start > 0:
        segments.insert(0, ("… ", False))
    if end < len(text):
        segments.append((" …", False))
    return segments


def _cut(text: str, spans: list[tuple[int, int]], start: int, end: int) -> Segments:
    out: Segments = []
    at = start
    for s, e in spans:
        if e <= at or s >= end:
            continue
        s = max(s, at)
        if s > at:
            out.append((text[at:s], False))
        out.append((text[s:min(e, end)], True))
        at = min(e, end)
    if at < end:
        out.append((text[at:end], False))
    return out


# -- spelling suggestions -----------------------------------------------------------------


def _ensure_vocab(conn: sqlite3.Connection) -> None:
    conn.execute(f"create virtual table if not exists {VOCAB_TABLE} using fts5vocab(main, {FTS_TABLE}, row)")


def known(conn: sqlite3.Connection, word: str) -> bool:
    _ensure_vocab(conn)
    return conn.execute(f"select 1 from {VOCAB_TABLE} where term = ?", [word]).fetchone() is not None


def nearest_word(conn: sqlite3.Connection, word: str) -> str | None:
    """The indexed word closest in spelling to `word` (same first letter), most documents first."""
    _ensure_vocab(conn)
    rows = conn.execute(
        f"select term, doc from {VOCAB_TABLE} where term >= ? and term < ?", [word[0], word[0] + "\uffff"]
    ).fetchall()
    docs = {term: doc for term, doc in rows if abs(len(term) - len(word)) <= 2}
    close = difflib.get_close_matches(word, list(docs), n=5, cutoff=0.6)
    if not close:
        return None
    best = max(close, key=lambda t: (round(difflib.SequenceMatcher(None, word, t).ratio(), 2), docs[t]))
    return best if best != word else None


def suggestion(conn: sqlite3.Connection, query: Query) -> str | None:
    """The query with each word the archive does not contain replaced by its nearest spelling."""
    changed = False
    parts = []
    try:
        for group in query.groups:
            alternatives = []
            for term in group:
                words = []
                for w in term.words:
                    near = None if known(conn, w) else nearest_word(conn, w)
                    changed |= near is not None
                    words.append(near or w)
                text = " ".join(words)
                alternatives.append(f'"{text}"' if term.phrase else text + ("*" if term.prefix else ""))
            parts.append(" OR ".join(alternatives))
    except sqlite3.Error:
        return None
    parts += ["-" + (f'"{" ".join(t.words)}"' if t.phrase else t.words[0]) for t in query.excluded]
    return " ".join(parts) if changed else None


# -- filters and SQL ----------------------------------------------------------------------

FILTER_COLUMNS = {
    # filter name -> SQL condition on `a` (articles), with :value
    "portal_id": "a.portal_id = :value",
    # a place or level is a set of portals: articles' portal_id index finds them
    "province": "a.portal_id in (select id from portals where province = :value)",
    "district": "a.portal_id in (select id from portals where district = :value)",
    "commune": "a.portal_id in (select id from portals where commune = :value)",
    "level": "a.portal_id in (select id from portals where level = :value)",
    "category": "a.category = :value",
    "year": "a.published_at >= :value and a.published_at < :value || '-99'",
    "month": "a.published_at >= :value and a.published_at < :value || '-99'",
}


DATE_FILTERS = {"year", "month"}
# Newest first, a page this deep or less asks the index about each article by date.
PROBE_ROWS = 200
# Past this many matches, "newest first" walks the date index and keeps the matches
# (they are dense enough to fill a page at once); below it, the matches are fetched
# and sorted.  Chosen by `Search.plan`, since SQLite cannot know which is cheaper.
DENSE_MATCHES = 5000
# bm25 is computed for every match; past this many, relevance is ranked among the
# most recently stored matches only (the pages say so), which keeps a page fast.
RANK_WINDOW = 5000


# A word in more articles than this is ranked by the title instead of bm25 (see `plan`).
BM25_MAX_DOCS = 20_000


@dataclass
class Search:
    """A search and its filters: what the results page, the feed and the exports select."""

    query: Query = field(default_factory=lambda: parse(""))
    filters: dict[str, str] = field(default_factory=dict)  # FILTER_COLUMNS keys
    portal: str | None = None  # a portal's URL or host (the CLI's --portal)
    since: str | None = None  # YYYY-MM-DD, published on or after
    until: str | None = None  # YYYY-MM-DD, published on or before
    exact: bool = False  # only articles with the typed diacritics
    order: str = "rank"  # rank | newest
    dense: bool = False  # set by `plan`: the query matches many articles
    rank_floor: int | None = None  # set by `plan`: rank only matches with rowid >= this
    # set by `plan`: "bm25", or "title" (the words in the title first, then the last stored)
    # when a word is in so many articles that bm25's document counts would read them all
    rank_by: str = "bm25"

    @property
    def ranked(self) -> bool:
        return self.order == "rank" and not self.query.empty

    def filtered(self) -> bool:
        return bool(self.filters or self.portal or self.since or self.until or (self.exact and self.query.forms))

    def where(self) -> tuple[list[str], dict[str, Any]]:
        """Conditions on `a` (articles) and `p` (portals), without the full-text match."""
        where: list[str] = []
        params: dict[str, Any] = {}
        for name, condition in FILTER_COLUMNS.items():
            if self.filters.get(name):
                where.append(condition.replace(":value", f":f_{name}"))
                params[f"f_{name}"] = self.filters[name]
        if self.portal:
            where.append("(p.url = :portal or p.host = :portal)")
            params["portal"] = self.portal
        if self.since:
            where.append("a.published_at >= :since")
            params["since"] = self.since
        if self.until:
            # an ISO date-time on the last day still sorts before the next day
            where.append("substr(a.published_at, 1, 10) <= :until")
            params["until"] = self.until
        if self.exact and self.query.forms:
            where.append("pa_has_forms(a.title, a.text, :forms)")
            params["forms"] = forms_spec(self.query)
        return where, params

    def _source(self, params: dict[str, Any], where: list[str], covering: bool, probe: bool = False) -> str:
        portals = " left join portals p on p.id = a.portal_id"
        # the facet index holds id, portal, date and category: reading it instead of the
        # wide rows keeps a million articles' lookups in a few tens of MB
        articles = f"articles a indexed by {FACET_INDEX[0]}" if covering else "articles a"
        fts = self.query.fts()
        if not fts:  # SQLite picks the date index or a filter's
            return "articles a" + portals
        params["q"] = fts
        if self.ranked:
            if self.rank_floor is not None:
                where.insert(0, f"{FTS_TABLE}.rowid >= :floor")
                params["floor"] = self.rank_floor
            where.insert(0, f"{FTS_TABLE} match :q")
            return f"{FTS_TABLE} join {articles} on a.id = {FTS_TABLE}.rowid" + portals
        if self.dense:
            if probe:
                # a first page of many matches: walk the dates, asking the index about each
                # article (FTS5 seeks its rowid); a few dozen questions instead of listing all
                where.insert(0, f"exists (select 1 from {FTS_TABLE} where {FTS_TABLE} match :q and rowid = a.id)")
            else:
                where.insert(0, f"a.id in (select rowid from {FTS_TABLE} where {FTS_TABLE} match :q)")
            # with no filter or only dates, the date index gives the newest matches in order
            # (SQLite would rather look each match up in the wide rows, then sort: measured
            # 10x slower); a place, portal or category filter brings its own index
            by_date = not (self.portal or self.exact or set(self.filters) - DATE_FILTERS)
            return "articles a" + (" indexed by idx_articles_published_at" if by_date else "") + portals
        # CROSS JOIN keeps the matches as the outer loop
        return f"(select rowid as match_id from {FTS_TABLE} where {FTS_TABLE} match :q) m " \
               f"cross join {articles} on a.id = m.match_id" + portals

    def sql(self, columns: str, *, limit: int | None = None, offset: int = 0, ordered: bool = True,
            covering: bool = False) -> tuple[str, dict]:
        """SELECT `columns` (over `a` articles, `p` portals) of the matching articles, in order.

        `covering`: the columns are among the facet index's (FACET_INDEX), so rows are not read.
        """
        where, params = self.where()
        source = self._source(params, where, covering, probe=limit is not None and limit + offset <= PROBE_ROWS)
        sql = f"select {columns} from {source}" + (" where " + " and ".join(where) if where else "")
        if ordered and self.ranked:
            sql += f" order by {self._rank(f'{FTS_TABLE}.rowid', params)}, a.id desc"  # ties: the last stored first
        elif ordered:
            sql += " order by a.published_at desc, a.id desc"
        if limit is not None:
            sql += f" limit {int(limit)} offset {int(offset)}"
        return sql, params

    def _rank(self, rowid: str, params: dict[str, Any]) -> str:
        """The ORDER BY term of relevance: FTS5's rank (bm25), or title hits first."""
        if self.rank_by != "title":
            return f"{FTS_TABLE}.rank"
        params["title_q"] = _in_title(self.query)
        floor = f" and rowid >= {int(self.rank_floor)}" if self.rank_floor is not None else ""
        return f"{rowid} in (select rowid from {FTS_TABLE} where {FTS_TABLE} match :title_q{floor}) desc"

    def ids_sql(self, limit: int | None = None, offset: int = 0) -> tuple[str, dict]:
        """The ids of the matching articles, in order.

        Ranked by words alone, the index alone ranks them (bm25, FTS_RANK), never
        reading an article; otherwise the facet index answers the filters.
        """
        fts = self.query.fts()
        if self.ranked and not self.filtered():
            params: dict[str, Any] = {"q": fts}
            sql = f"select rowid from {FTS_TABLE} where {FTS_TABLE} match :q"
            if self.rank_floor is not None:
                sql += " and rowid >= :floor"
                params["floor"] = self.rank_floor
            sql += f" order by {self._rank('rowid', params)}, rowid desc"
            sql += f" limit {int(limit)} offset {int(offset)}" if limit is not None else ""
            return sql, params
        return self.sql("a.id", limit=limit, offset=offset, covering=True)

    def window_sql(self, columns: str, low: int, high: int, limit: int) -> tuple[str, dict[str, Any]]:
        """SELECT `columns` (facet index and portal columns) and the id of the first `limit`
        matches with low <= id < high, by id.

        FTS5 seeks to `low` and stops after `limit` matches, so evenly spread windows
        sample a huge result without reading all of it.
        """
        where, params = self.where()
        fts = self.query.fts()
        articles = f"articles a indexed by {FACET_INDEX[0]}"
        if fts:
            where.insert(0, f"{FTS_TABLE} match :q")
            params["q"] = fts
            key, source = f"{FTS_TABLE}.rowid", f"{FTS_TABLE} cross join {articles} on a.id = {FTS_TABLE}.rowid"
        else:
            key, source = "a.id", articles
        where += [f"{key} >= :low", f"{key} < :high"]
        params |= {"low": low, "high": high}
        return (f"select {columns}, {key} from {source} left join portals p on p.id = a.portal_id "
                f"where {' and '.join(where)} order by {key} limit {int(limit)}", params)

    def count_sql(self, cap: int | None = None) -> tuple[str, dict[str, Any]]:
        """How many articles match (at most cap + 1 of them counted, when a cap is given)."""
        fts = self.query.fts()
        if fts and not self.filtered():
            inner, params = f"select 1 from {FTS_TABLE} where {FTS_TABLE} match :q", {"q": fts}
        else:
            inner, params = replace(self, order="newest", dense=False).sql("1", ordered=False, covering=True)
        if cap is not None:
            inner += f" limit {int(cap) + 1}"
        return f"select count(*) from ({inner})", params

    def plan(self, conn: sqlite3.Connection, total: int | None = None) -> "Search":
        """This search with the cheaper way to run it on this archive (see DENSE_MATCHES, RANK_WINDOW)."""
        fts = self.query.fts()
        if not fts:
            return self
        if total is None:  # only whether it passes the thresholds matters
            cap = max(DENSE_MATCHES, RANK_WINDOW)
            total = conn.execute(f"select count(*) from (select 1 from {FTS_TABLE} where {FTS_TABLE} match :q "
                                 f"limit {cap + 1})", {"q": fts}).fetchone()[0]
        floor = None
        rank_by = "bm25"
        if self.ranked:
            # bm25 counts, for every word, the articles that contain it: a word in most
            # of a million articles costs a scan of all of them on every page
            # (a phrase's words each: bm25 reads every word's list; a prefix: all its words')
            lists: list[str] = []
            for term in self.query.terms:
                lists += [term.fts()] if term.prefix else [f'"{w}"' for w in term.words]
            for words in dict.fromkeys(lists):
                found = conn.execute(f"select count(*) from (select 1 from {FTS_TABLE} where {FTS_TABLE} match :t "
                                     f"limit {BM25_MAX_DOCS + 1})", {"t": words}).fetchone()[0]
                if found > BM25_MAX_DOCS:
                    rank_by = "title"
                    break
        if self.ranked and total > RANK_WINDOW:
            if self.filtered():
                sql, params = replace(self, rank_floor=None).sql(f"{FTS_TABLE}.rowid", ordered=False, covering=True)
            else:
                sql, params = f"select rowid from {FTS_TABLE} where {FTS_TABLE} match :q", {"q": fts}
            found = conn.execute(f"{sql} order by {FTS_TABLE}.rowid desc limit 1 offset {RANK_WINDOW - 1}",
                                 params).fetchone()
            floor = found[0] if found else None
        return replace(self, dense=total >= DENSE_MATCHES, rank_floor=floor, rank_by=rank_by)


def search_from_params(params: dict[str, str]) -> Search:
    """A Search from URL parameters (q, sort, exact, from, to and the filter names)."""
    return Search(
        query=parse(params.get("q")),
        filters={k: params[k] for k in FILTER_COLUMNS if params.get(k)},
        since=parse_day(params.get("from")),
        until=parse_day(params.get("to")),
        exact=params.get("exact") in ("1", "on", "true"),
        order="newest" if params.get("sort") == "newest" else "rank",
    )


def parse_day(value: str | None) -> str | None:
    """dd/mm/yyyy or yyyy-mm-dd (what date pickers send) as yyyy-mm-dd; None when blank or not a date."""
    value = (value or "").strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
    if m:
        value = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    try:
        return datetime.strptime(value, "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError:
        return None
