"""The journalist's search (archive.search) and pages, and what the public Datasette publishes.

The archive here is built with archive.store.Archive from articles generated at
random in the test (Vietnamese syllables with random tones, written in NFC or
NFD, with old or new tone placement), so the rules are checked on text they
were not written against; pages are requested from the project's Datasette
through its HTTP client.
"""
from __future__ import annotations

import asyncio
import csv
import io
import json
import random
import re
import sqlite3
import unicodedata
from urllib.parse import urlencode

import lxml.html
import pytest

from archive.export import FORMULA_STARTS, csv_lines, safe_cell
from archive.fold import fold
from archive.search import form_key, parse
from archive.store import Archive
from datasette_config.app import make_datasette
from datasette_config.publish import CsvCells

DB_NAME = "search"
ONSETS = ["b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"]
RIMES = ["a", "ai", "an", "ang", "anh", "ao", "at", "ơn", "ư", "ương", "ươc", "ê", "ên", "i", "in", "inh", "ô", "ông",
         "ôi", "u", "ung", "ưa", "ân", "ât", "oa", "oe", "uy", "uê", "ăn", "ăng"]
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
VOWELS = set("aăâeêioôơuưy")


def syllable(rng: random.Random, tone: str | None = None, old_style: bool = False) -> str:
    """A Vietnamese-shaped syllable with its tone mark on the nucleus (old or new placement for oa/oe/uy)."""
    onset, rime = rng.choice(ONSETS), rng.choice(RIMES)
    tone = rng.choice(TONES) if tone is None else tone
    letters = unicodedata.normalize("NFD", rime)
    bases = [i for i, ch in enumerate(letters) if ch.lower() in VOWELS]
    where = bases[0]
    if len(bases) > 1 and rime in ("oa", "oe", "uy") and old_style:
        where = bases[1]  # hoá, thuỷ: the old placement
    elif len(bases) > 1 and rime not in ("oa", "oe", "uy"):
        where = bases[-1] if letters[bases[-1] + 1:bases[-1] + 2] in ("\u0302", "\u0306", "\u031b") else bases[0]
    position = where + 1
    while position < len(letters) and letters[position] in "\u0302\u0306\u031b":
        position += 1
    return unicodedata.normalize("NFC", onset + letters[:position] + tone + letters[position:])


def test_tone_placement_and_normalisation_do_not_change_a_form():
    rng = random.Random(1)
    for _ in range(500):
        tone = rng.choice(TONES[1:])
        seed = rng.random()
        new = syllable(random.Random(seed), tone=tone, old_style=False)
        old = syllable(random.Random(seed), tone=tone, old_style=True)
        assert form_key(new) == form_key(old) == form_key(unicodedata.normalize("NFD", old)) == form_key(new.upper())
        plain = syllable(random.Random(seed), tone="")
        assert form_key(plain) != form_key(new), (plain, new)  # a tone is part of the form
        assert fold(plain) == fold(new)  # ... but not of what the index matches


def test_parse_never_raises_and_gives_valid_fts_queries():
    """Random input (quotes, operators, punctuation, marks) never breaks SQLite's FTS5 parser."""
    rng = random.Random(2)
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(title, text, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("insert into t values ('dang uy xa', 'mat tran to quoc')")
    alphabet = list('"*-()|:^+.,;OR ') + ["OR", "AND", "NOT", "NEAR", "đ", "Đảng", "ủy", "\u0301", "\t", "\u200b"]
    for _ in range(2000):
        typed = "".join(rng.choice(alphabet + [syllable(rng)]) for _ in range(rng.randint(0, 12)))
        query = parse(typed)
        fts = query.fts()
        if fts is None:
            assert query.empty
            continue
        conn.execute("select count(*) from t where t match ?", [fts]).fetchone()


def test_query_language():
    assert parse("dang uy").fts() == '"dang" AND "uy"'
    assert parse('"mat tran" -lu').fts() == '("mat tran") NOT ("lu")'
    assert parse("lu OR lut bao").fts() == '("lu" OR "lut") AND "bao"'
    assert parse("thuy*").fts() == '"thuy"*'
    assert parse("-uy").error and parse("-uy").fts() is None
    assert parse("Đảng ủy").forms == [[form_key("Đảng")], [form_key("ủy")]]
    assert parse("dang uy").forms == []  # typed without diacritics: any form


# -- a random archive -------------------------------------------------------------------


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Random articles on three portals; some contain "Đảng ủy", some "đang uy", some "hoá"/"hóa"."""
    rng = random.Random(3)
    path = tmp_path_factory.mktemp("search") / f"{DB_NAME}.db"
    arc = Archive(path)
    portals = [arc.upsert_portal({"url": f"http://p{i}.example.vn/", "name": f"Cổng {i}", "level": level,
                                  "province": f"Tỉnh {i % 2}", "extra": {"api_key": "SECRET-KEY"}})
               for i, level in enumerate(("province", "district", "commune"))]
    planted = {"exact": [], "other": [], "hoa_old": [], "hoa_new": [], "phrase": [], "formula": []}
    for n in range(120):
        words = [syllable(rng) for _ in range(rng.randint(30, 80))]
        kind = rng.choice(list(planted))
        insert = {"exact": "Đảng ủy", "other": "đang uy", "hoa_old": "văn hoá", "hoa_new": "văn hóa",
                  "phrase": "mặt trận tổ quốc", "formula": None}[kind]
        if insert:
            if rng.random() < 0.5:
                insert = unicodedata.normalize("NFD", insert)
            words.insert(rng.randrange(len(words)), insert)
        title = " ".join(words[:8]).capitalize()
        if kind == "formula":
            title = rng.choice(FORMULA_STARTS) + "SUM(A1:A9) " + title
        text = "\n".join(" ".join(words[i:i + 15]) for i in range(0, len(words), 15))
        saved = arc.save_article({"url": f"http://p{n % 3}.example.vn/tin/{n}", "title": title, "text": text,
                                  "published_at": f"202{n % 5}-0{1 + n % 9}-1{n % 10}"},
                                 portal_id=portals[n % 3], seen_at="2025-03-01T00:00:00+00:00")
        planted[kind].append(saved.article_id)
    with arc.db.conn:
        arc.db.execute("create table if not exists page_state_secret (token text)")  # a table added later
        arc.db.execute("insert into page_state_secret values ('hidden-token')")
    arc.close()
    return path, planted


def fetch(db_path, path: str, public_sql: bool = True) -> tuple[int, str, dict]:
    async def go():
        response = await make_datasette(db_path, public_sql).client.get(path)
        return response.status_code, response.text, dict(response.headers)

    return asyncio.run(go())


def hits(db_path, **params) -> list[int]:
    status, text, _ = fetch(db_path, "/search?" + urlencode(params))
    assert status == 200, text[:500]
    return [int(li.get("data-id")) for li in lxml.html.fromstring(text).cssselect("li.hit")]


def ids(db_path, **params) -> set[int]:
    """Every matching article, from the search's CSV."""
    status, text, _ = fetch(db_path, "/search.csv?" + urlencode(params))
    assert status == 200, text[:500]
    return {int(row["id"]) for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}


def total(db_path, **params) -> int:
    status, text, _ = fetch(db_path, "/search?" + urlencode(params))
    found = lxml.html.fromstring(text).cssselect("#result-count")
    return int(re.sub(r"\D", "", found[0].text_content())) if found else 0


def test_without_diacritics_matches_every_form_with_them_exact_first(archive):
    path, planted = archive
    both = set(planted["exact"] + planted["other"])
    assert ids(path, q="dang uy") == ids(path, q="Đảng ủy") == both
    assert total(path, q="dang uy") == len(both)
    marked = hits(path, q="Đảng ủy")
    exact = set(planted["exact"])
    assert set(marked[:min(len(exact), len(marked))]) <= exact  # exact form first
    assert ids(path, q="Đảng ủy", exact="1") == exact  # and narrowed to it


def test_old_and_new_tone_placement_are_one_form(archive):
    path, planted = archive
    expected = set(planted["hoa_old"] + planted["hoa_new"])
    assert ids(path, q="văn hoá", exact="1") == expected
    assert ids(path, q=unicodedata.normalize("NFD", "văn hóa"), exact="1") == expected


def test_phrase_or_exclusion_prefix(archive):
    path, planted = archive
    assert ids(path, q='"mat tran to quoc"') == set(planted["phrase"])
    either = ids(path, q='"mat tran to quoc" OR "van hoa"')
    assert either == set(planted["phrase"] + planted["hoa_old"] + planted["hoa_new"])
    assert ids(path, q='"van hoa" -hoá') == set()  # every "van hoa" article has "hoá"/"hóa"
    assert ids(path, q="mat -quoc") == ids(path, q="mat") - set(planted["phrase"])
    assert ids(path, q="qu* -qu*") == set()
    assert total(path, q="tran*") >= len(planted["phrase"])


def test_typo_gets_the_nearest_spelling_and_no_query_is_a_500(archive):
    path, _ = archive
    status, text, _ = fetch(path, "/search?" + urlencode({"q": "mặt trận tổ quocc"}))
    doc = lxml.html.fromstring(text)
    assert doc.cssselect("#no-results") and doc.cssselect("#suggestion")[0].text_content() == "mat tran to quoc"
    rng = random.Random(4)
    for _ in range(60):
        q = "".join(rng.choice('"*-()OR đĐ ủ\u0301:^') for _ in range(rng.randint(1, 10)))
        for sort in ("rank", "newest"):
            status, text, _ = fetch(path, "/search?" + urlencode({"q": q, "sort": sort, "page": rng.choice(["x", "2", "-1"])}))
            assert status == 200, (q, text[:300])


def test_snippets_highlight_the_original_words(archive):
    path, planted = archive
    status, text, _ = fetch(path, "/search?" + urlencode({"q": "dang uy"}))
    marks = [m.text_content() for m in lxml.html.fromstring(text).cssselect("li.hit mark")]
    assert marks and all(fold(m) in ("dang", "uy") for m in marks)
    assert any(unicodedata.normalize("NFC", m) == "Đảng" for m in marks)  # the text as written, not folded


def test_facets_count_the_matches(archive):
    path, planted = archive
    status, text, _ = fetch(path, "/search/facets?" + urlencode({"q": "dang uy"}))
    doc = lxml.html.fromstring(text)
    levels = {li.cssselect("a")[0].get("href"): int(li.cssselect(".n")[0].text) for li in
              doc.cssselect('section[data-facet="level"] li')}
    assert sum(levels.values()) == total(path, q="dang uy")
    first = next(iter(levels))
    level = re.search(r"level=(\w+)", first)[1]
    assert total(path, q="dang uy", level=level) == levels[first]


def test_csv_of_a_search_is_every_row_with_bom_and_cli_columns(archive, tmp_path):
    path, planted = archive
    status, text, headers = fetch(path, "/search.csv?" + urlencode({"q": "dang uy"}))
    assert status == 200 and text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert len(rows) == total(path, q="dang uy")
    from archive.export import EXPORT_COLUMNS

    assert list(rows[0]) == EXPORT_COLUMNS


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_csv_neutralises_formulas(archive, start):
    """A title starting with =, +, -, @, tab or CR is text in the search CSV and in Datasette's own CSV."""
    path, planted = archive
    conn = sqlite3.connect(path)
    conn.execute("update articles set title = ? where id = ?", [start + "HYPERLINK(\"http://x\")", planted["formula"][0]])
    conn.commit()
    conn.close()
    for url in ("/search.csv?sort=newest", f"/{DB_NAME}/articles.csv?_stream=on&_size=max",
                f"/{DB_NAME}/news.csv?_stream=on", f"/{DB_NAME}.csv?sql=select+title+from+articles"):
        status, text, _ = fetch(path, url)
        assert status == 200 and text.startswith("\ufeff"), url
        cells = [c for row in csv.reader(io.StringIO(text[1:])) for c in row]
        assert "'" + start + 'HYPERLINK("http://x")' in cells, url
        assert not any(c.startswith(FORMULA_STARTS) for c in cells), url


def test_csv_rewriting_survives_any_chunking():
    rng = random.Random(5)
    rows = [{"title": rng.choice(["=1+1", "a,b", 'say "hi"', "x\ny", "@me", "Đảng ủy", "-3", "\tz"]) + str(i)}
            for i in range(300)]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([[r["title"], "ok"] for r in rows])
    raw = buffer.getvalue().encode("utf-8")
    for _ in range(20):
        cells, out, at = CsvCells(), b"", 0
        while at < len(raw):
            step = rng.randint(1, 40)
            out += cells.feed(raw[at:at + step], final=at + step >= len(raw))
            at += step
        parsed = list(csv.reader(io.StringIO(out.decode("utf-8"))))
        assert [r[0] for r in parsed] == [safe_cell(r["title"]) for r in rows]
    assert csv_lines([{"title": "=x"}]).split(",")[2] == "'=x"


def test_visitors_sql_reads_only_published_tables(archive):
    path, _ = archive
    for sql in ("select * from page_state_secret", "select extra from portals", "select * from portal_state"):
        status, text, _ = fetch(path, f"/{DB_NAME}.json?" + urlencode({"sql": sql, "_shape": "array"}))
        assert status in (200, 400), text[:300]
        assert "hidden-token" not in text and "SECRET-KEY" not in text, sql
    status, text, _ = fetch(path, f"/{DB_NAME}.json?" + urlencode({"sql": "select count(*) as n from articles", "_shape": "array"}))
    assert json.loads(text)[0]["n"] == 120
    status, text, _ = fetch(path, f"/{DB_NAME}/portals.json?_shape=array")
    assert status == 200 and "SECRET-KEY" not in text
    status, _, _ = fetch(path, f"/{DB_NAME}/page_state")
    assert status == 403
    status, text, _ = fetch(path, f"/{DB_NAME}.json?" + urlencode({"sql": "select 1"}), public_sql=False)
    assert status == 403
    # the journalist pages still work without visitors' SQL
    assert fetch(path, "/search?q=dang", public_sql=False)[0] == 200


def test_article_and_portal_pages(archive):
    path, planted = archive
    article_id = planted["exact"][0]
    status, text, _ = fetch(path, f"/article/{article_id}")
    doc = lxml.html.fromstring(text)
    assert status == 200 and len(doc.cssselect(".article-text p")) >= 2
    assert re.search(r"\d{2}/\d{2}/\d{4}", doc.cssselect("time")[0].text_content())
    assert "content_hash" not in text
    portal_href = doc.cssselect(".meta a")[0].get("href")
    status, text, _ = fetch(path, portal_href)
    assert status == 200 and lxml.html.fromstring(text).cssselect("#by-month tr")
    assert fetch(path, "/article/999999")[0] == 404


def test_atom_feed_of_a_search(archive):
    path, planted = archive
    status, text, headers = fetch(path, "/search.atom?" + urlencode({"q": '"mat tran to quoc"'}))
    assert status == 200 and "atom" in headers["content-type"]
    from xml.etree import ElementTree as ET

    entries = ET.fromstring(text.encode()).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == min(len(planted["phrase"]), 20)


def test_credentials_in_a_portal_url_are_not_shown(tmp_path):
    path = tmp_path / f"{DB_NAME}.db"
    arc = Archive(path)
    portal = arc.upsert_portal({"url": "http://editor:s3cret@p.example.vn/", "name": "Cổng có mật khẩu"})
    arc.close()
    for url in (f"/portal/{portal}", f"/{DB_NAME}/portals", f"/{DB_NAME}/portal_health"):
        status, text, _ = fetch(path, url)
        assert status == 200 and "s3cret" not in text and "p.example.vn" in text, url


def test_datasette_table_search_with_sort_by_rank_is_not_an_error(archive):
    path, _ = archive
    for url in (f"/{DB_NAME}/news?_search=dang&_sort=rank", f"/{DB_NAME}/articles.json?_search=dang&_sort_desc=rank"):
        assert fetch(path, url)[0] == 200, url


def test_facets_of_a_huge_result_are_estimated_from_an_even_sample(archive, monkeypatch):
    from datasette_config import pages

    path, planted = archive
    monkeypatch.setattr(pages, "FACET_EXACT", 8)
    monkeypatch.setattr(pages, "FACET_WINDOWS", 4)  # the first 2 matches of each quarter of the ids
    matches = total(path, q="dang uy")
    assert matches > 20
    status, text, _ = fetch(path, "/search/facets?" + urlencode({"q": "dang uy"}))
    doc = lxml.html.fromstring(text)
    assert doc.cssselect("#facets-estimated")
    counts = [int(n.text.lstrip("≈")) for n in doc.cssselect('section[data-facet="level"] .n')]
    assert abs(sum(counts) - matches) <= matches * 0.6  # an estimate, not a different set
    monkeypatch.setattr(pages, "FACET_EXACT", 10 * matches)  # few enough: every match counted
    doc = lxml.html.fromstring(fetch(path, "/search/facets?" + urlencode({"q": "dang uy"}))[1])
    assert not doc.cssselect("#facets-estimated")
    assert sum(int(n.text.lstrip("≈")) for n in doc.cssselect('section[data-facet="level"] .n')) == matches


def test_csv_of_a_ranked_search_has_every_match_past_the_ranking_window(archive, monkeypatch):
    import archive.search as search_module

    path, planted = archive
    monkeypatch.setattr(search_module, "RANK_WINDOW", 5)
    expected = set(planted["exact"] + planted["other"])
    assert len(expected) > 5
    assert ids(path, q="dang uy", sort="rank") == expected


def test_every_plan_gives_the_same_rows_in_the_same_order(archive, monkeypatch):
    """Date walk with index probes, date walk over the listed matches, matches sorted,
    FTS5's own rank and rank joined with filters: one search, one answer."""
    import archive.search as search_module
    from archive.search import search_from_params

    path, _ = archive
    conn = sqlite3.connect(path)
    search_module.register_functions(conn)
    rng = random.Random()
    for _ in range(40):
        params = {"q": rng.choice(["dang uy", "Đảng", "van hoa", '"mat tran"', "tr*", "a OR an -ai", syllable(rng)]),
                  "sort": rng.choice(["newest", "rank"])}
        if rng.random() < 0.5:
            params[rng.choice(["year", "level", "province"])] = rng.choice(["2021", "2023", "commune", "Tỉnh 1"])
        search = search_from_params(params)
        for common in (10**9, 1):  # bm25, then every word too common for it: title hits first
            monkeypatch.setattr(search_module, "BM25_MAX_DOCS", common)
            answers = []
            for dense in (1, 10**9):  # every search dense, no search dense
                monkeypatch.setattr(search_module, "DENSE_MATCHES", dense)
                monkeypatch.setattr(search_module, "RANK_WINDOW", 10**9)
                planned = search.plan(conn)
                for limit in (5, None):  # a first page (probes the index) and every row (lists the matches)
                    sql, p = planned.ids_sql(limit=limit)
                    answers.append([r[0] for r in conn.execute(sql, p)])
                    sql, p = planned.sql("a.id", limit=limit)  # without the rank-only shortcut
                    answers.append([r[0] for r in conn.execute(sql, p)])
            every = answers[2]  # the first plan's every row
            assert all(a == every for a in answers[2::4] + answers[3::4]), (params, answers)
            assert all(a == every[:5] for a in answers[0::4] + answers[1::4]), (params, answers)
            if planned.ranked and planned.rank_by == "title":
                in_title = [bool(set(search.query.terms[0].words) <= set(re.findall(r"\w+", fold(title))))
                            for (title,) in (conn.execute("select title from articles where id = ?", [i]).fetchone()
                                             for i in every)]
                term = search.query.terms[0]
                if len(search.query.terms) == 1 and len(term.words) == 1 and not term.prefix:
                    assert in_title == sorted(in_title, reverse=True), params  # title hits first


def test_xlsx_of_a_search_has_the_csvs_rows_and_columns_formula_safe(archive):
    import openpyxl

    path, planted = archive

    async def go(url):
        response = await make_datasette(path).client.get(url)
        return response.status_code, response.content, response.headers

    for params in ({"q": "dang uy", "sort": "rank"}, {"q": "", "sort": "newest"}):
        status, body, headers = asyncio.run(go("/search.xlsx?" + urlencode(params)))
        assert status == 200 and headers["content-type"].startswith("application/vnd.openxmlformats")
        sheet = openpyxl.load_workbook(io.BytesIO(body), read_only=True).worksheets[0]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        _, text, _ = fetch(path, "/search.csv?" + urlencode(params))
        expected = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
        assert rows[0] == expected[0]
        assert [["" if v is None else str(v) for v in r] for r in rows[1:]] == expected[1:]
        for row in rows[1:]:
            assert not any(isinstance(v, str) and v.startswith(FORMULA_STARTS) for v in row)
    formulas = [r for r in rows[1:] if r[0] in planted["formula"]]
    assert formulas and all(r[2].startswith("'") for r in formulas)


def test_matches_in_the_original_text_are_where_the_folded_text_matches():
    """Letter classes on the original text find exactly what the folded text would."""
    from archive.search import match_spans

    rng = random.Random()
    for _ in range(300):
        text = " ".join(syllable(rng, old_style=rng.random() < 0.5) for _ in range(rng.randint(1, 40)))
        text = text.upper() if rng.random() < 0.2 else text
        word = fold(syllable(rng)) if rng.random() < 0.5 else fold(rng.choice(text.split()))
        query = parse(word + ("*" if rng.random() < 0.3 else ""))
        folded = fold(text)
        assert len(folded) == len(text)  # NFC Vietnamese folds letter for letter
        suffix = r"\w*" if query.terms[0].prefix else r"\b"
        expected = [m.span() for m in re.finditer(r"\b" + re.escape(query.terms[0].words[0]) + suffix, folded)]
        assert match_spans(text, query) == expected, (text, word)
