#!/usr/bin/env python3
"""seen-train.py: fit data/seen-model, the reranker of "claimdesk seen".

    python3 seen-train.py --builddir BUILD EVALDIR [--write MODEL]

EVALDIR holds a claim retrieval benchmark in the form of the CheckThat!
2022 task 2A files: vclaims.tsv (vclaim_id, vclaim, ..., date, page_url),
and train.tsv, dev.tsv (query_id, query, vclaim_id). Nothing of it is
copied into the tree: only the fitted weights are written.

What it does:
  1. loads vclaims.tsv into a fresh database with claimdesk import-verdicts;
  2. runs BUILD/tests/bench/seen-dump (make tests/bench/seen-dump) on the
     queries of train and dev: the features of the candidates bm25() finds
     for each (rerank.h);
  3. fits a logistic regression (Newton's method, an L2 penalty) on the
     candidates of the train queries, the gold one labelled 1, each query
     twice: as it is, and without the date of its post (claims of articles
     seldom have one: the model must weigh them by their words), and reports
     on dev, held out: MAP@5, R@1, and the precision and coverage of the
     confident tier at several thresholds (a confident match needs
     numbers and negation to agree, the "agree" feature, and either the
     probability or a word overlap of 0.6, the "dice" feature);
  4. with --write, fits again on train and dev together and writes MODEL
     with the threshold for the confident tier: the lowest from which
     5-fold cross-validation over train and dev (folds by query) keeps the
     precision of confident matches at or above --precision (0.975) at
     every higher threshold.

Only train and dev are read: a test split stays unseen.
"""

import argparse
import csv
import math
import os
import random
import subprocess
import sys
import tempfile

FEATURES = None		# names, from seen-dump's header


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t",
                                   quoting=csv.QUOTE_NONE))


def load_db(binary, evaldir, db):
    vc = read_tsv(os.path.join(evaldir, "vclaims.tsv"))
    path = db + ".tsv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("id\tclaim\tverdict\turl\tdate\n")
        for r in vc:
            f.write(f"{r['vclaim_id']}\t{r['vclaim']}\t\t"
                    f"{r.get('page_url', '')}\t{r.get('date', '')}\n")
    subprocess.run([binary, "--db", db, "import-verdicts", "--format",
                    "tsv", path], check=True, stdout=subprocess.DEVNULL)


def dump(dumper, db, queries):
    """{query_id: (gold, [(id, [features])])}"""
    global FEATURES
    text = "".join(f"{q['query_id']}\t{q['query']}\n" for q in queries)
    p = subprocess.run([dumper, db], input=text.encode(), check=True,
                       capture_output=True)
    lines = p.stdout.decode().splitlines()
    FEATURES = lines[0].split("\t")[3:]
    out = {q["query_id"]: (q["vclaim_id"], []) for q in queries}
    for line in lines[1:]:
        cells = line.split("\t")
        out[cells[0]][1].append((cells[1], [float(x) for x in cells[3:]]))
    return out


def sig(z):
    return 1.0 / (1.0 + math.exp(-max(-35.0, min(35.0, z))))


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0
            for i in range(n)]


def fit(rows, l2):
    """rows: [(x with a leading 1, y)]; Newton's method on the penalised
    log-likelihood (the bias unpenalised)."""
    k = len(rows[0][0])
    w = [0.0] * k
    for _ in range(30):
        h = [[0.0] * k for _ in range(k)]
        g = [0.0] * k
        for x, y in rows:
            p = sig(sum(a * b for a, b in zip(w, x)))
            s = p * (1 - p)
            for j in range(k):
                if x[j] == 0:
                    continue
                g[j] += (p - y) * x[j]
                sx = s * x[j]
                hj = h[j]
                for i in range(k):
                    hj[i] += sx * x[i]
        for j in range(1, k):
            h[j][j] += l2
            g[j] += l2 * w[j]
        h[0][0] += 1e-9
        d = solve(h, g)
        w = [a - b for a, b in zip(w, d)]
        if max(abs(x) for x in d) < 1e-7:
            break
    return w


DATE_FEATURES = ("date_near", "date_known", "rel_date_near")


def undated(data):
    """DATA as if no query stated a date: its date features 0. Claims of
    articles seldom say when they were made; tweets always do."""
    zero = [FEATURES.index(n) for n in DATE_FEATURES if n in FEATURES]
    out = {}
    for qid, (gold, cands) in data.items():
        c = []
        for cid, f in cands:
            f = list(f)
            for i in zero:
                f[i] = 0.0
            c.append((cid, f))
        out[qid + "/undated"] = (gold, c)
    return out


def both_forms(data):
    out = dict(data)
    out.update(undated(data))
    return out


def design(data, used, top):
    rows = []
    for gold, cands in data.values():
        for cid, f in cands:
            if f[FEATURES.index("rank")] < 1.0 / (1 + top) - 1e-9:
                continue
            rows.append(([1.0] + [f[i] for i in used], 1 if cid == gold
                         else 0))
    return rows


# The word overlap at which a pair that agrees on numbers and negation is a
# confident match whatever the model says (MATCH_THRESHOLD in match.h).
DICE_LINK = 0.6


def score(data, w, used):
    """[(query_id, gold, [(p, id, agree, word overlap linked)] best
    first)]"""
    agree = FEATURES.index("agree")
    dice = FEATURES.index("dice")
    out = []
    for qid, (gold, cands) in data.items():
        s = [(sig(sum(a * b for a, b in zip(w, [1.0] + [f[i] for i in
             used]))), cid, f[agree] > 0.5, f[dice] >= DICE_LINK)
             for cid, f in cands]
        s.sort(key=lambda t: -t[0])
        out.append((qid, gold, s))
    return out


def report(scored, thresholds):
    ap = r1 = 0
    for _, gold, s in scored:
        ids = [c for _, c, _, _ in s[:5]]
        if gold in ids:
            ap += 1 / (ids.index(gold) + 1)
            r1 += ids[0] == gold
    n = max(1, len(scored))
    tiers = {}
    for t in thresholds:
        conf = [(cid == gold) for _, gold, s in scored
                for p, cid, ok, overlap in s if (p >= t or overlap) and ok]
        queries = sum(1 for _, gold, s in scored
                      if any((p >= t or overlap) and ok
                             for p, cid, ok, overlap in s))
        tiers[t] = (sum(conf), len(conf), queries / n)
    return ap / n, r1 / n, tiers


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("evaldir")
    ap.add_argument("--builddir", default=".")
    ap.add_argument("--write", help="the model file to write")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--top", type=int, default=20,
                    help="candidates per query to fit on (by bm25)")
    ap.add_argument("--precision", type=float, default=0.975)
    ap.add_argument("--drop", default="",
                    help="features left out, comma-separated")
    a = ap.parse_args(argv)
    binary = os.path.join(a.builddir, "src", "claimdesk")
    dumper = os.path.join(a.builddir, "tests", "bench", "seen-dump")
    with tempfile.TemporaryDirectory() as t:
        db = os.path.join(t, "seen.db")
        load_db(binary, a.evaldir, db)
        train = dump(dumper, db, read_tsv(os.path.join(a.evaldir,
                                                       "train.tsv")))
        dev = dump(dumper, db, read_tsv(os.path.join(a.evaldir,
                                                     "dev.tsv")))
    drop = set(x for x in a.drop.split(",") if x)
    # "agree" gates the confident tier; it is not weighed.
    drop.add("agree")
    used = [i for i, n in enumerate(FEATURES) if n not in drop]
    w = fit(design(both_forms(train), used, a.top), a.l2)
    ths = (0.5, 0.7, 0.8, 0.9, 0.95)
    for name, data in (("train (in sample)", train), ("dev (held out)",
                                                       dev),
                       ("dev undated (held out)", undated(dev))):
        m, r1, tiers = report(score(data, w, used), ths)
        print(f"{name}: map5 {m:.3f} r1 {r1:.3f} " + " ".join(
            f"p>={t}: {c}/{n} ({q:.0%})" for t, (c, n, q) in
            tiers.items()))
    print("weights (fit on train): " + " ".join(
        f"{n}={x:.3f}" for n, x in zip(["bias"] + [FEATURES[i] for i in
                                                 used], w)))
    if not a.write:
        return 0
    both = dict(train)
    both.update(dev)
    keys = sorted(both)
    random.Random(7).shuffle(keys)
    folds = [keys[i::5] for i in range(5)]
    scored, scored_undated = [], []
    for k in range(5):
        held = set(folds[k])
        wk = fit(design(both_forms({q: both[q] for q in keys
                                    if q not in held}), used, a.top), a.l2)
        scored += score({q: both[q] for q in held}, wk, used)
        scored_undated += score(undated({q: both[q] for q in held}), wk,
                                used)
    grid = [x / 100 for x in range(50, 100)]
    m, r1, tiers = report(scored, grid)
    # The lowest threshold from which every higher one keeps the precision.
    threshold = 0.99
    for t in reversed(grid):
        if tiers[t][1] and tiers[t][0] / tiers[t][1] < a.precision:
            break
        threshold = t
    print("  precision by threshold: " + " ".join(
        f"{t}:{tiers[t][0]}/{tiers[t][1]}" for t in grid[::5]))
    c, n, q = tiers[threshold]
    print(f"5-fold cross-validation on train+dev: map5 {m:.3f} r1 {r1:.3f}"
          f"; threshold {threshold}: precision {c}/{n}, {q:.0%} of "
          f"queries")
    um, ur1, ut = report(scored_undated, [threshold])
    uc, un, uq = ut[threshold]
    print(f"  the same queries undated: map5 {um:.3f} r1 {ur1:.3f}; "
          f"precision {uc}/{un}, {uq:.0%} of queries")
    w = fit(design(both_forms(both), used, a.top), a.l2)
    with open(a.write, "w") as f:
        f.write(HEADER.format(top=a.top, l2=a.l2, precision=a.precision,
                              cvmap=m, cvp=c / max(1, n), cvq=q,
                              umap=um, up=uc / max(1, un), uq=uq))
        f.write(f"bias {w[0]:.4f}\n")
        for i, x in zip(used, w[1:]):
            f.write(f"weight {FEATURES[i]} {x:.4f}\n")
        f.write(f"threshold {threshold:.2f}\n")
    print(f"written: {a.write}")
    return 0


HEADER = """\
# seen-model: how claimdesk weighs an earlier verdict against a claim.
#
# "claimdesk seen" and the linking of imported claims find earlier verdicts
# with SQLite FTS5's bm25() and then rank the best of them by the
# probability that they are about the same claim: a logistic regression,
# 1 / (1 + exp(-(bias + sum of weight x feature))), over the features that
# src/rerank.h describes (a feature not listed weighs 0). A match that
# agrees with the claim on numbers and negation, and whose probability
# reaches the threshold or whose words are mostly the claim's (a word
# overlap of 0.6), is confident: linked, marked on screen, offered for
# adoption.
#
# Fitted by tests/bench/seen-train.py on the train and dev queries of a
# public claim retrieval benchmark (tweets restating claims a fact-checker
# had checked): the {top} best candidates of each query by bm25(), the
# right one labelled 1, L2 penalty {l2}; each query twice, with its post's
# date and without (as a claim of an article comes), so that a claim
# without a date is weighed by its words alone. The threshold is the
# lowest from which 5-fold cross-validation over those queries kept the
# confident tier's precision at {precision} or more (it measured
# {cvp:.3f}, with a confident match for {cvq:.0%} of queries, MAP@5
# {cvmap:.3f}; without their dates {up:.3f}, {uq:.0%}, MAP@5 {umap:.3f}).
"""

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
