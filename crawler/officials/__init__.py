"""Who held which post: officials named in an article's clean text.

Method, chosen by measurement (bench/officials.py, README "Officials"): rules
over a lexicon of post titles, bodies, unit words and abbreviations
(lexicon.json), not a statistical NER.  underthesea's CRF NER ships its model
in the wheel, but it tags persons only; it does not bind a name to its posts,
which is what a mention is, and it cannot tell a quoted farmer from a Bí thư.
The binding needs the post vocabulary anyway, and with it the names come for
free from the text's shape ("đồng chí <Name>, <post>, <post>").
"""
from crawler.officials.extract import Official, Post, extract_officials, fold_name

__all__ = ["Official", "Post", "extract_officials", "fold_name"]
