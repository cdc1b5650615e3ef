#!/usr/bin/env python3
"""score-readability.py: claimdesk's article extraction scored on Mozilla
Readability's test pages, side by side with readability-lxml.

    python3 score-readability.py --pages DIR [--claimdesk BIN] [--json OUT]
                                 [--worst N] [--only NAME,...]

DIR is a checkout's test/test-pages of https://github.com/mozilla/readability
(Apache-2.0): each page a directory with source.html, expected.html and
expected-metadata.json. For every page the expected text is expected.html's
text; each extractor's text is compared with it as bags of words (lower
case, \\w+ tokens): recall = share of the expected words recovered,
precision = share of the words kept that are expected, F1 their harmonic
mean; "extra" = 1 - precision. Figures are micro-averaged over all pages
(every word counts once) and macro-averaged (every page counts once).

claimdesk's text is that of `claimdesk extract --format text`, without its
title line (the title is metadata here, scored apart against the expected
title); --with-title scores it whole. readability-lxml (Debian
python3-readability) runs in this process on the same bytes: its
Document(html).summary(). Titles agree when equal after case, white space
and punctuation are ignored; bylines likewise after a leading "By", with
claimdesk's authors joined by ", " and " and " forms both tried. Needs lxml
(Debian python3-lxml) for the expected text.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import time

WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    return WORD.findall(text.lower())


def html_text(html):
    """The text of an HTML fragment or page, blocks apart."""
    import lxml.html
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # an empty or broken fragment
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    return " ".join(root.itertext())


def prf(expected, got):
    e = collections.Counter(expected)
    g = collections.Counter(got)
    common = sum((e & g).values())
    ne, ng = sum(e.values()), sum(g.values())
    r = common / ne if ne else (1.0 if ng == 0 else 0.0)
    p = common / ng if ng else (1.0 if ne == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return common, ne, ng, p, r, f


def norm(s):
    if s is None:
        return ""
    s = re.sub(r"[^\w]+", " ", s.lower(), flags=re.UNICODE)
    return " ".join(s.split())


def norm_byline(s):
    s = norm(s)
    if s.startswith("by "):
        s = s[3:]
    return s


def byline_agrees(expected, authors):
    exp = norm_byline(expected)
    if not authors:
        return exp == ""
    forms = {norm_byline(", ".join(authors)),
             norm_byline(" and ".join(authors)),
             norm_byline(", ".join(authors[:-1]) + " and " + authors[-1])}
    return exp in forms


def run_claimdesk(binary, path, with_title):
    t = time.perf_counter()
    p = subprocess.run([binary, "extract", "--format", "json", "--all",
                        path], capture_output=True)
    q = subprocess.run([binary, "extract", "--format", "text", path],
                       capture_output=True)
    secs = time.perf_counter() - t
    if p.returncode != 0 or q.returncode != 0:
        return None, None, secs, (p.stderr or q.stderr).decode(
            "utf-8", "replace").strip()
    meta = json.loads(p.stdout)["meta"]
    text = q.stdout.decode("utf-8", "replace")
    if not with_title and meta.get("title"):
        head, sep, rest = text.partition("\n\n")
        if sep and head.strip() == meta["title"].strip():
            text = rest
    return text, meta, secs, None


def run_readability_lxml(raw):
    from readability import Document
    t = time.perf_counter()
    try:
        doc = Document(raw)
        summary = doc.summary()
        title = doc.short_title()
    except Exception as e:  # readability-lxml gives up on some pages
        return "", None, time.perf_counter() - t, str(e)
    return html_text(summary), title, time.perf_counter() - t, None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", required=True,
                    help="mozilla/readability's test/test-pages")
    ap.add_argument("--claimdesk", default=os.path.join(
        os.path.dirname(__file__), "..", "..", "src", "claimdesk"))
    ap.add_argument("--json", help="write per-page figures here")
    ap.add_argument("--worst", type=int, default=10,
                    help="list the N pages claimdesk scores worst on")
    ap.add_argument("--only", help="comma-separated page names")
    ap.add_argument("--with-title", action="store_true",
                    help="score claimdesk's text with its title line")
    ap.add_argument("--no-baseline", action="store_true",
                    help="skip readability-lxml")
    a = ap.parse_args(argv)

    names = sorted(d for d in os.listdir(a.pages)
                   if os.path.isfile(os.path.join(a.pages, d,
                                                  "source.html")))
    if a.only:
        keep = set(a.only.split(","))
        names = [n for n in names if n in keep]
    rows = []
    tot = {"cd": [0, 0, 0], "rl": [0, 0, 0]}
    for name in names:
        d = os.path.join(a.pages, name)
        with open(os.path.join(d, "source.html"), "rb") as f:
            raw = f.read()
        with open(os.path.join(d, "expected.html"), encoding="utf-8") as f:
            expected = tokens(html_text(f.read()))
        with open(os.path.join(d, "expected-metadata.json"),
                  encoding="utf-8") as f:
            em = json.load(f)
        row = {"page": name, "expected_words": len(expected)}
        text, meta, secs, err = run_claimdesk(
            a.claimdesk, os.path.join(d, "source.html"), a.with_title)
        if err is not None:
            row["claimdesk_error"] = err
            text, meta = "", {}
        c, ne, ng, p, r, f1 = prf(expected, tokens(text))
        tot["cd"][0] += c
        tot["cd"][1] += ne
        tot["cd"][2] += ng
        row["claimdesk"] = {"precision": p, "recall": r, "f1": f1,
                            "words": ng}
        row["title_ok"] = norm(meta.get("title")) == norm(em.get("title"))
        row["byline_ok"] = byline_agrees(em.get("byline"),
                                         meta.get("authors") or [])
        row["title"] = [meta.get("title"), em.get("title")]
        row["byline"] = [meta.get("authors"), em.get("byline")]
        if not a.no_baseline:
            rtext, rtitle, rsecs, rerr = run_readability_lxml(raw)
            c, ne, ng, p, r, f1 = prf(expected, tokens(rtext))
            tot["rl"][0] += c
            tot["rl"][1] += ne
            tot["rl"][2] += ng
            row["readability_lxml"] = {"precision": p, "recall": r,
                                       "f1": f1, "words": ng}
            row["rl_title_ok"] = norm(rtitle) == norm(em.get("title"))
            if rerr:
                row["readability_lxml_error"] = rerr
        rows.append(row)

    def micro(key):
        c, ne, ng = tot[key]
        p = c / ng if ng else 0.0
        r = c / ne if ne else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def macro(key):
        v = [x[key] for x in rows if key in x]
        n = len(v) or 1
        return (sum(x["precision"] for x in v) / n,
                sum(x["recall"] for x in v) / n,
                sum(x["f1"] for x in v) / n)

    n = len(rows)
    print(f"{n} pages of mozilla/readability test/test-pages")
    print(f"{'extractor':<18} {'avg':<6} {'recall':>7} {'extra':>7} "
          f"{'prec.':>7} {'F1':>7}  {'title':>6} {'byline':>6}")
    for key, label in (("cd", "claimdesk"), ("rl", "readability-lxml")):
        if key == "rl" and a.no_baseline:
            continue
        full = "claimdesk" if key == "cd" else "readability_lxml"
        for avg, fn in (("micro", micro), ("macro", macro)):
            p, r, f1 = fn(key) if avg == "micro" else fn(full)
            if key == "cd":
                t = sum(x["title_ok"] for x in rows)
                b = f"{sum(x['byline_ok'] for x in rows)}/{n}"
            else:
                t = sum(x.get("rl_title_ok", False) for x in rows)
                b = "n/a"
            print(f"{label:<18} {avg:<6} {r:7.3f} {1 - p:7.3f} {p:7.3f} "
                  f"{f1:7.3f}  {t:>3}/{n} {b:>6}")
    if a.worst:
        print(f"\nclaimdesk's {a.worst} lowest F1:")
        for x in sorted(rows, key=lambda x: x["claimdesk"]["f1"])[:a.worst]:
            c = x["claimdesk"]
            rl = x.get("readability_lxml", {})
            print(f"  {x['page']:<40} F1 {c['f1']:.3f} (P {c['precision']:.3f}"
                  f" R {c['recall']:.3f})  readability-lxml F1 "
                  f"{rl.get('f1', 0):.3f}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"micro": {"claimdesk": micro("cd"),
                                 "readability_lxml": micro("rl")},
                       "pages": rows}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
