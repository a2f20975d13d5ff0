"""The frontier on links that only fail: a page linking many distinct URLs of one shape that
all answer 404 (a broken template, a moved section) must cost a few probes, not one request
per link.  Words, tokens and the order of links are generated here, so that no rule can name them."""
from __future__ import annotations

import random

import pytest

from tests.conftest import FAST, cli
from tests.test_frontier_crawl import TrapPortal, stored_paths, token, words

MISSING_LINKS = 200
PROBE_ALLOWANCE = 10  # requests a shape that only answers 404 may cost


class BrokenLinksPortal(TrapPortal):
    """Home -> one hub page linking real articles and MISSING_LINKS distinct URLs of another
    shape, every one of which answers 404 (served as TrapPortal serves its pages)."""

    def __init__(self, seed: int, articles: int = 15) -> None:
        self.delay = 0.0
        rng = random.Random(seed)
        section, article_word, broken_word = (token(rng) for _ in range(3))
        self.hub = f"/{section}/"
        self.articles = {f"/{article_word}/{token(rng, 5)}-{1000 + i}.html": words(rng, 9).capitalize()
                         for i in range(articles)}
        self.missing = {f"/{broken_word}/{token(rng, 7)}-{2000 + i}.html" for i in range(MISSING_LINKS)}
        links = [(p, t) for p, t in self.articles.items()] + [(p, words(rng, 6)) for p in sorted(self.missing)]
        rng.shuffle(links)
        self.hub_links = links
        self.texts = {p: [words(rng, 45).capitalize() + "." for _ in range(5)] for p in self.articles}
        self.requests: list[str] = []

    def html(self, body: str, title: str = "Cổng thông tin") -> str:
        return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title></head>"
                f"<body><nav><a href='/'>Trang chủ</a> <a href='{self.hub}'>Tin tức</a></nav><main>{body}</main>"
                f"<footer>Bản quyền UBND xã</footer></body></html>")

    def page(self, path: str) -> str | None:
        if path == "/":
            return self.html("<h2>Tin mới</h2><p>Xem các tin trong mục tin tức.</p>")
        if path == self.hub:
            items = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in self.hub_links)
            return self.html(f"<h2>Tin tức</h2><ul>{items}</ul>")
        if path in self.articles:
            paragraphs = "".join(f"<p>{p}</p>" for p in self.texts[path])
            return self.html(f"<article><h1>{self.articles[path]}</h1><div class='date'>12/05/2024 08:30</div>"
                             f"{paragraphs}</article>", self.articles[path])
        return None


@pytest.mark.parametrize("seed", [5, 17])
def test_a_shape_whose_links_all_answer_404_costs_a_few_probes(tmp_path, seed):
    with BrokenLinksPortal(seed) as portal:
        cli("crawl", "--portal", portal.url, "--db", str(tmp_path / "a.db"), *FAST, check=False)
        asked_missing = [p for p in portal.requests if p in portal.missing]
    assert set(portal.articles) <= stored_paths(tmp_path / "a.db")
    assert len(asked_missing) <= PROBE_ALLOWANCE, f"{len(asked_missing)} of {MISSING_LINKS} broken links requested"
