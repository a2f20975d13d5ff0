import sqlite3
import zlib

from archive.store import Archive


def make(tmp_path):
    archive = Archive(tmp_path / "a.db")
    portal = archive.upsert_portal({"url": "http://xa.gov.vn/", "name": "Xã", "level": "commune"})
    return archive, portal


def test_upsert_by_canonical_url_and_aliases(tmp_path):
    archive, portal = make(tmp_path)
    article = {"url": "http://xa.gov.vn/a", "title": "Đảng ủy xã họp", "text": "Đoạn một\nĐoạn hai"}
    first = archive.save_article(article, portal_id=portal, html=b"<html>1</html>", fetched_url="http://xa.gov.vn/a?print=1")
    again = archive.save_article({**article, "url": "http://xa.gov.vn/a"}, portal_id=portal)
    via_alias = archive.save_article({**article, "url": "http://xa.gov.vn/old"}, portal_id=portal, aliases=["http://xa.gov.vn/a"])
    assert (first.status, again.status, via_alias.status) == ("new", "unchanged", "unchanged")
    assert first.article_id == again.article_id == via_alias.article_id
    assert archive.db["articles"].count == 1


def test_changed_article_keeps_old_version(tmp_path):
    archive, portal = make(tmp_path)
    archive.save_article({"url": "http://xa.gov.vn/a", "title": "Cũ", "text": "văn bản cũ"}, portal_id=portal)
    result = archive.save_article({"url": "http://xa.gov.vn/a", "title": "Mới", "text": "văn bản mới"}, portal_id=portal)
    assert result.status == "updated"
    versions = list(archive.db["article_versions"].rows)
    assert [(v["title"], v["text"]) for v in versions] == [("Cũ", "văn bản cũ")]
    assert archive.db["articles"].get(result.article_id)["title"] == "Mới"


def test_search_index_folds_diacritics_and_d_stroke(tmp_path):
    archive, portal = make(tmp_path)
    archive.save_article({"url": "http://xa.gov.vn/a", "title": "Đảng ủy", "text": "Mặt trận Tổ quốc Việt Nam"}, portal_id=portal)
    archive.save_article({"url": "http://xa.gov.vn/b", "title": "Khác", "text": "Nông thôn mới"}, portal_id=portal)
    match = lambda q: [r[0] for r in archive.db.execute("select rowid from articles_fts where articles_fts match ?", [q])]
    assert match('"dang uy"') == [1]
    assert match('"mat tran to quoc"') == [1]
    assert match("nong") == [2]


def test_raw_html_is_compressed_and_readable(tmp_path):
    archive, portal = make(tmp_path)
    html = "<html><body>Tin tức xã</body></html>".encode()
    archive.save_article({"url": "http://xa.gov.vn/a", "title": "T", "text": "x"}, portal_id=portal, html=html)
    blob = archive.db.execute("select html_zlib from article_html").fetchone()[0]
    assert zlib.decompress(blob) == html
    assert [h for _, _, h, _ in archive.iter_raw_html()] == [html]


def test_wal_mode_lets_a_reader_in_during_a_write(tmp_path):
    archive, portal = make(tmp_path)
    assert archive.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    archive.db.conn.execute("begin immediate")
    archive.db.conn.execute("insert into articles (url, title) values ('http://xa.gov.vn/z', 'z')")
    reader = sqlite3.connect(f"file:{tmp_path / 'a.db'}?mode=ro", uri=True, timeout=1)
    assert reader.execute("select count(*) from articles").fetchone()[0] == 0
    archive.db.conn.rollback()


def test_save_article_is_one_transaction(tmp_path):
    """A failure after the row is written leaves nothing behind (no row without its HTML)."""
    archive, portal = make(tmp_path)

    class Failing:
        def assign(self, db, article_id, signature):
            raise RuntimeError("killed here")

    archive.linker = Failing()
    try:
        archive.save_article({"url": "http://xa.gov.vn/a", "title": "T", "text": "x"}, portal_id=portal, html=b"<html>")
    except RuntimeError:
        pass
    for table in ("articles", "article_html", "articles_fts_docsize", "article_urls"):
        assert archive.db[table].count == 0, table


def _indexed_words(db, article_id):
    """The words the FTS index holds for one article (fts5vocab over the index)."""
    db.execute("create virtual table if not exists temp.words using fts5vocab(main, articles_fts, instance)")
    return {term for (term,) in db.execute("select term from temp.words where doc = ?", [article_id])}


def test_index_holds_the_folded_words_of_random_texts_nfc_nfd_and_capitals(tmp_path):
    import random
    import re
    import unicodedata

    from archive.fold import fold
    from tests.vi_text import SENTENCES

    archive, portal = make(tmp_path)
    rng = random.Random()
    words = " ".join(SENTENCES).split() + ["Đảng", "đẩy", "Ðà", "hoá", "thuỷ", "Hòa", "Quảng"]
    for n in range(30):
        title = " ".join(rng.choices(words, k=rng.randint(1, 8)))
        text = " ".join(rng.choices(words, k=rng.randint(5, 60)))
        form = rng.choice(["NFC", "NFD"])
        title, text = unicodedata.normalize(form, title), unicodedata.normalize(form, text)
        if rng.random() < 0.3:
            text = text.upper()
        saved = archive.save_article({"url": f"http://xa.gov.vn/{n}", "title": title, "text": text}, portal_id=portal)
        assert _indexed_words(archive.db, saved.article_id) == set(re.findall(r"\w+", fold(title + " " + text)))


def test_index_follows_edits_and_deletions_and_stores_no_second_copy(tmp_path):
    archive, portal = make(tmp_path)
    first = archive.save_article({"url": "http://xa.gov.vn/a", "title": "Lũ lụt", "text": "Đê điều vững chắc"}, portal_id=portal)
    archive.save_article({"url": "http://xa.gov.vn/a", "title": "Hạn hán", "text": "Đồng ruộng khô"}, portal_id=portal)
    assert _indexed_words(archive.db, first.article_id) == {"han", "dong", "ruong", "kho"}
    archive.db.execute("update articles set text = 'Điện lực' where id = ?", [first.article_id])
    assert _indexed_words(archive.db, first.article_id) == {"han", "dien", "luc"}
    for table in ("article_versions", "article_urls"):
        archive.db.execute(f"delete from {table} where article_id = ?", [first.article_id])
    archive.db.execute("delete from articles where id = ?", [first.article_id])
    assert _indexed_words(archive.db, first.article_id) == set()
    archive.db.execute("insert into articles_fts(articles_fts, rank) values ('integrity-check', 1)")
    # the folded columns are computed, not stored: no table but articles holds text
    tables = {name for (name,) in archive.db.execute("select name from sqlite_master where type = 'table'")}
    assert "article_search" not in tables
    columns = {row[1]: row[6] for row in archive.db.execute("pragma table_xinfo(articles)")}
    assert columns["search_text"] == 2  # 2: a virtual generated column


def test_archive_with_the_old_folded_copy_migrates(tmp_path):
    """Schema 1 kept article_search (a folded copy) under article_search_fts; opening migrates it."""
    import sqlite_utils

    from archive.fold import fold

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    db["portals"].insert({"id": 1, "url": "http://xa.gov.vn/", "name": "Xã"}, pk="id")
    db["articles"].insert({"id": 7, "url": "http://xa.gov.vn/a", "portal_id": 1, "title": "Đảng ủy xã",
                           "text": "Hội nghị"}, pk="id")
    db["article_search"].insert({"article_id": 7, "title": fold("Đảng ủy xã"), "text": fold("Hội nghị")}, pk="article_id")
    db["article_search"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True,
                                    tokenize="unicode61 remove_diacritics 2")
    db.execute("PRAGMA user_version = 1")
    db.close()
    archive = Archive(path)
    names = {name for (name,) in archive.db.execute("select name from sqlite_master")}
    assert not {"article_search", "article_search_fts"} & names
    assert [r[0] for r in archive.db.execute("select rowid from articles_fts where articles_fts match 'dang uy'")] == [7]
    assert archive.db.execute("pragma user_version").fetchone()[0] == 2
    Archive(path).close()  # opening again changes nothing
    assert _indexed_words(archive.db, 7) == {"dang", "uy", "xa", "hoi", "nghi"}
