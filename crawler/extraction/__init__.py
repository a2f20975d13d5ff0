"""Article extraction for Vietnamese government portals.

Public interface (other packages code against it):
    extract(html, url=None) -> Extracted, raising NotAnArticle for non-article pages.
"""
from crawler.extraction.core import extract
from crawler.extraction.model import Extracted, NotAnArticle

__all__ = ["extract", "Extracted", "NotAnArticle"]
