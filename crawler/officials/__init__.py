"""Who held which post: officials named in an article's clean text.

Method, chosen by measurement (bench/officials.py, bench/officials_underthesea.py,
README "Officials"): rules over a lexicon of post titles, bodies, unit words and
abbreviations (lexicon.json), not a statistical NER.  underthesea's CRF NER ships
its model in the wheel, but it tags persons only: on the held-out half of the
labelled set its persons as officials score P 0.35 R 0.39, it tags three quoted
citizens in four as persons, and it is ~17 times slower.  It does not bind a name
to its posts, which is what a mention is; that binding needs the post vocabulary
anyway, and with it the names follow from the text's shape ("đồng chí <Name>,
<post>, <post>").  The rules: held-out names P 0.999 R 0.966, posts P 0.996 R 0.978,
no citizen called an official.
"""
from crawler.officials.extract import extract_officials, fold_name
from crawler.officials.model import Official, Post

__all__ = ["Official", "Post", "extract_officials", "fold_name"]
