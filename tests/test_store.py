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
    match = lambda q: [r[0] for r in archive.db.execute("select rowid from article_search_fts where article_search_fts match ?", [q])]
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
    for table in ("articles", "article_html", "article_search", "article_urls"):
        assert archive.db[table].count == 0, table
