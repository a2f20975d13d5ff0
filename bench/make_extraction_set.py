"""Build the offline extraction evaluation set from the sample-portal renderers.

    cd /work/main && PYTHONPATH=. python bench/make_extraction_set.py

Writes bench/data/extraction/pages/<id>.html and bench/data/extraction/gold.jsonl
(one line per page). Article pages are bank articles rendered by every CMS family
with seeded boilerplate variants; non-article pages are homes, listings, contact,
login, search, document lists and intro pages; the real pages from
/work/shared/corpus/real are copied with hand-labelled gold. The data is generated
once and kept in the repo; re-running rewrites the same files.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.demo.content import load_bank  # noqa: E402
from crawler.demo.model import Placed  # noqa: E402
from crawler.demo.sites import SampleSite, build_sites, make_site, _categories  # noqa: E402
from crawler.demo.families import FAMILIES  # noqa: E402

OUT = ROOT / "bench" / "data" / "extraction"
REAL = Path("/work/shared/corpus/real")
ARTICLES_PER_SITE = 13
DOMAINS = {
    "ninhphuoc": "https://ninhphuoc.ninhthuan.gov.vn", "thieuhoa": "https://thieuhoa.thanhhoa.gov.vn",
    "tuyenquang": "https://tuyenquang.gov.vn", "xuandong": "https://xuandong.dongnai.gov.vn",
    "myhoahung": "https://myhoahung.longxuyen.angiang.gov.vn", "doluong": "http://doluong.gov.vn",
    "vanthang": "https://vanthang.vanninh.khanhhoa.gov.vn", "trungly": "https://trungly.thanhhoa.gov.vn",
}
# A second legacy dialect (Bình Định communes: Index.aspx?I=&M=&P=).
VINHHAO = dict(key="vinhhao", family="legacy-aspnet", unit="xã Vĩnh Hảo", level="commune", province="Bình Định",
               district="Vĩnh Thạnh", commune="Vĩnh Hảo", opts={"legacy_dialect": "index"})

# Hand-labelled from the page: a video article, so it has a title and a date but no body text.
REAL_GOLD = {
    "moh-ncov__1.html": {"url": "https://moh.gov.vn/-/6848045-2", "kind": "article", "cms": "liferay-7",
                         "title": "Phản ứng thông thường sau tiêm vắc xin phòng COVID-19",
                         "published_at": "2021-04-19T15:17+07:00", "author": None, "source": None,
                         "category": None, "text": ""},
}
REAL_URLS = {
    "sotttt-hanoi__1.html": "https://sotttt.hanoi.gov.vn/", "sotttt-hanoi__2.html": "https://sotttt.hanoi.gov.vn/chi-dao-dieu-hanh",
    "sotttt-hanoi__3.html": "https://sotttt.hanoi.gov.vn/cong-nghe-thong-tin",
    "sotttt-hanoi__4.html": "https://sotttt.hanoi.gov.vn/phong-chong-dich-benh-covid-19",
    "sotttt-hanoi__5.html": "https://sotttt.hanoi.gov.vn/chuc-nang-nhiem-vu",
    "sotttt-hanoi__6.html": "https://sotttt.hanoi.gov.vn/web/sotttt-eng/culture/-/view_content/737358-thang-long-culture-the-convergence-of-thousand-years.html/vi",
    "sotttt-hanoi__7.html": "https://sotttt.hanoi.gov.vn/ke-hoach", "sotttt-hanoi__8.html": "https://sotttt.hanoi.gov.vn/lay-y-kien-van-ban-du-thao",
    "sotttt-hanoi__9.html": "https://sotttt.hanoi.gov.vn/hoi-ap", "sotttt-hanoi__10.html": "https://sotttt.hanoi.gov.vn/gioi-thieu",
}
NULL_GOLD = {"title": None, "published_at": None, "author": None, "source": None, "category": None, "text": None}


def eval_sites() -> list[SampleSite]:
    bank = load_bank()
    sites, _ = build_sites(base_urls=DOMAINS, bank=bank)
    extra = make_site(VINHHAO, "http://vinhhao.vinhthanh.binhdinh.gov.vn")
    extra.categories = _categories(bank[:12])
    vh = SampleSite(extra, FAMILIES["legacy-aspnet"])
    sites.append(vh)
    # Every site also carries other bank articles, so each family renders a spread of articles.
    for i, ss in enumerate(sites):
        have = {p.art.id for p in ss.placed}
        names = {c.name: c for c in ss.site.categories}
        for j, a in enumerate(bank[i * 5:] + bank[:i * 5]):
            if a.id not in have and len(ss.placed) < 24:
                ss.place(a, names.get(a.category, ss.site.categories[j % len(ss.site.categories)]))
    return sites


def article_pages(ss: SampleSite, per_site: int) -> list[tuple[str, dict]]:
    out = []
    ctx = ss.ctx()
    chosen: list[Placed] = ss.placed[:per_site]
    for k, p in enumerate(chosen):
        ctx.variant = k
        r = ss.r.render_article(ctx, p, print_view=(k == per_site - 1))
        out.append((r.html, {"url": ss.site.abs(p.path if k < per_site - 1 else ss.r.print_path(p)),
                             "kind": "article", **(r.gold or {})}))
    return out


def non_article_pages(ss: SampleSite, n_site: int) -> list[tuple[str, dict]]:
    s, r = ss.site, ss.r
    ctx = ss.ctx()
    c = s.categories[0]
    items = [p for p in ss.listed if p.cat.slug == c.slug]
    pages = [(r.render_home(ctx).html, s.abs(r.home_path(s))),
             (r.render_listing(ctx, c, 2, items[3:6], max(2, ss.npages(c))).html, s.abs(r.listing_path(s, c, 2))),
             (r.render_static(ctx, "intro").html, s.abs(r.static_path(s, "intro")))]
    kinds = ["docs", "contact", "login"]
    kind = kinds[n_site % 3]
    pages.append((r.render_static(ctx, kind).html, s.abs(r.static_path(s, kind))))
    if n_site % 2 == 0:
        q = ss.placed[0].art.title.split()[0]
        pages.append((r.render_search(ctx, q).html, s.abs(r.search_url(s, q))))
    return [(h, {"url": u, "kind": "non-article", **NULL_GOLD}) for h, u in pages]


def main() -> None:
    pages_dir = OUT / "pages"
    if pages_dir.exists():
        shutil.rmtree(pages_dir)
    pages_dir.mkdir(parents=True)
    lines = []
    for n, ss in enumerate(eval_sites()):
        per = ARTICLES_PER_SITE if ss.site.key != "vinhhao" else 6
        for i, (html, gold) in enumerate(article_pages(ss, per) + non_article_pages(ss, n)):
            fid = f"{ss.site.key}-{i:02d}"
            (pages_dir / f"{fid}.html").write_text(html, encoding="utf-8")
            lines.append({"file": f"pages/{fid}.html", "url": gold.pop("url"), "kind": gold.pop("kind"),
                          "cms": ss.r.cms, **gold})
    for f in sorted(REAL.glob("*.html")):
        fid = "real-" + f.stem.replace("__", "-")
        shutil.copyfile(f, pages_dir / f"{fid}.html")
        gold = REAL_GOLD.get(f.name) or {"url": REAL_URLS[f.name], "kind": "non-article", "cms": "liferay-6.2", **NULL_GOLD}
        lines.append({"file": f"pages/{fid}.html", **gold})
    with (OUT / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for d in lines:
            fh.write(json.dumps({k: d.get(k) for k in ("file", "url", "kind", "cms", "title", "published_at", "author",
                                                       "source", "category", "text")}, ensure_ascii=False) + "\n")
    kinds: dict[tuple[str, str], int] = {}
    for d in lines:
        kinds[(d["cms"], d["kind"])] = kinds.get((d["cms"], d["kind"]), 0) + 1
    for (cms, kind), n in sorted(kinds.items()):
        print(f"{cms:20} {kind:12} {n}")
    size = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    print(f"{len(lines)} pages, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
