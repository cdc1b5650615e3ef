#!/usr/bin/env python3
"""seen-precision.py: how right "claimdesk seen" is, and its confident tier.

    python3 seen-precision.py CLAIMDESK SPLIT.tsv [-v]

SPLIT.tsv holds queries of a claim retrieval benchmark (query_id, query,
vclaim_id, as CheckThat! 2022 task 2A publishes them), with vclaims.tsv
(vclaim_id, vclaim, ..., date, page_url) beside it. The earlier verdicts
are loaded into a fresh database with "import-verdicts --format tsv", then
each query is asked of "seen --top 5 --format json". Prints one JSON line:

    queries     how many
    map5, r1, r5    as score-retrieval computes them
    confident   matches flagged confident (any rank)
    correct     of those, the right earlier verdict
    precision   correct / confident: what the confident tier promises
    coverage    share of queries with a confident match

-v lists the confident matches that were wrong. Not part of make check: it
reads a benchmark from outside the tree.
"""

import csv
import json
import os
import subprocess
import sys
import tempfile


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t",
                                   quoting=csv.QUOTE_NONE))


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    if len(args) != 2:
        sys.exit(__doc__)
    binary, split = args
    vc = read_tsv(os.path.join(os.path.dirname(os.path.abspath(split)),
                               "vclaims.tsv"))
    queries = read_tsv(split)
    ap = r1 = r5 = confident = correct = covered = 0
    with tempfile.TemporaryDirectory() as t:
        db = os.path.join(t, "seen.db")
        tsv = os.path.join(t, "verdicts.tsv")
        with open(tsv, "w", encoding="utf-8") as f:
            f.write("id\tclaim\tverdict\turl\tdate\n")
            for r in vc:
                f.write(f"{r['vclaim_id']}\t{r['vclaim']}\t\t"
                        f"{r.get('page_url', '')}\t{r.get('date', '')}\n")
        subprocess.run([binary, "--db", db, "import-verdicts", "--format",
                        "tsv", tsv], check=True, stdout=subprocess.DEVNULL)
        for q in queries:
            p = subprocess.run([binary, "--db", db, "seen", "--top", "5",
                                "--format", "json", q["query"]],
                               capture_output=True, check=True)
            matches = json.loads(p.stdout)["matches"][:5]
            ids = [m["id"] for m in matches]
            gold = q["vclaim_id"]
            rank = ids.index(gold) + 1 if gold in ids else 0
            ap += 1 / rank if rank else 0
            r1 += rank == 1
            r5 += rank > 0
            sure = [m for m in matches if m["confident"]]
            confident += len(sure)
            correct += sum(m["id"] == gold for m in sure)
            covered += bool(sure)
            if verbose:
                for m in sure:
                    if m["id"] != gold:
                        print(f"  {q['query_id']}: confident {m['id']} "
                              f"({m['similarity']}), want {gold}")
    n = max(1, len(queries))
    print(json.dumps({
        "queries": len(queries), "map5": round(ap / n, 3),
        "r1": round(r1 / n, 3), "r5": round(r5 / n, 3),
        "confident": confident, "correct": correct,
        "precision": round(correct / confident, 3) if confident else None,
        "coverage": round(covered / n, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
