#!/usr/bin/env python3
"""gen.py: the synthetic corpus of make bench, made from the tree's own data.

Everything comes from data/samples/nk-russia-pact.txt (its sentences,
shuffled, with their figures and names varied) and data/abbreviations (the
titles put before some names), driven by one fixed-seed PRNG (splitmix64, so
the corpus is the same bytes with any Python). No network, nothing else.

    python3 gen.py --srcdir TOP_SRCDIR OUTDIR    writes the corpus (below)

Files under OUTDIR, described with their sizes in OUTDIR/manifest.json:
    extract.txt         ~50 MB article: the extract benchmark
    article-20mb.txt    ~20 MB article: screen and peak memory
    article-1kb.txt     ~1 KB article with a few claims: screen baseline ("jk")
    article-2.5mb.txt   ~2.5 MB article, the 20 MB one's density of claims:
                        screen baseline ("j", every key a move)
    import/NNNNN.txt    10,000 articles of 1-5 KB: import benchmark
    claims/cNNN.txt     200 articles of 1,000 claim sentences each: export
                        and matching databases
    claims/new.txt      1,000 claim sentences, of which 100 repeat earlier
                        ones of c000-c099 word for word: matching

    python3 gen.py --seen N OUTDIR              earlier verdicts (build_seen)

Files under OUTDIR/seen (their own stamp, so the corpus above is not made
again), for "claimdesk seen" and matching against imported verdicts:
    verdicts-N.tsv      N earlier verdicts for import-verdicts (id, claim,
                        verdict, url, date, org): claim sentences and
                        sentences of the sample, varied
    queries-N.tsv       200 texts, "ID<tab>CLAIM<tab>TEXT" a line: 100
                        restate earlier verdict ID, whose claim is CLAIM
                        (of the first 100,000: its clauses in another
                        order, framing words), 100 are new (ID and CLAIM
                        "-")
"""

import hashlib
import json
import os
import re
import sys

VERSION = 5		# bump when the output changes: invalidates caches
SEED = 0x5EED_C1A1
MASK = (1 << 64) - 1

EXTRACT_BYTES = 50_000_000
BIG_BYTES = 20_000_000
MID_BYTES = 2_500_000	# the same density of claims: more than the keys of row 2
SMALL_BYTES = 1024
IMPORT_FILES = 10_000
CLAIM_FILES = 200
CLAIMS_PER_FILE = 1000
NEW_REPEATS = 100	# of the 1,000 new claims, repeated from c000-c099


class Rng:
    """splitmix64: small, fast enough, identical everywhere."""

    def __init__(self, seed):
        self.s = seed & MASK

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & MASK
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def range(self, lo, hi):
        """lo <= x <= hi"""
        return lo + self.below(hi - lo + 1)

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def chance(self, percent):
        return self.below(100) < percent

    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.below(i + 1)
            seq[i], seq[j] = seq[j], seq[i]


SYLLABLES = ("ka ro vin tel mar sho lin da ve nor bel ti ran go mi shen ul "
             "pa dor es ha ki mo zan lu re sa to bra kel nik ost yev ar "
             "im").split()
SUBJECTS = ("soldiers", "troops", "workers", "engineers", "volunteers",
            "conscripts", "officers", "civilians")
GOODS = ("artillery shells", "drones", "missiles", "rifles", "tonnes of oil",
         "barrels of fuel", "armoured vehicles", "rockets")
ACTS = ("killed", "wounded", "deployed", "transferred", "captured",
        "sent", "trained", "registered")
MEDIA_KINDS = ("Herald", "Post", "Times", "Journal", "Gazette", "Review",
               "Tribune", "Observer")
BODIES = ("defence ministry", "foreign ministry", "general staff",
          "border service", "statistics office", "customs agency")

# The sample's names, longest first, and what each stands for.
NAMES = (
    ("Vladimir Zelenskiy", "person"),
    ("Tuva People’s Republic", "place"),
    ("Wall Street Journal", "media"),
    ("Primorsky Krai", "place"),
    ("Kim Jong-un", "person"),
    ("Zelenskijin", "surname"),
    ("Red Square", "place"),
    ("Pyongyang", "place"),
    ("Zelensky", "surname"),
    ("East Asia", "place"),
    ("Moscow", "place"),
    ("Kursk", "place"),
    ("Times", "media"),
    ("KCNA", "acronym"),
    ("OSINT", "acronym"),
    ("Kim", "surname"),
)
NAMES_RE = re.compile("|".join(re.escape(n) for n, _ in NAMES))
NAME_KIND = dict(NAMES)
NUMBER_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?")


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class Words:
    """Names and figures, varied with the PRNG."""

    def __init__(self, rng, titles):
        self.rng = rng
        self.titles = titles

    def word(self, lo=2, hi=3):
        r = self.rng
        return "".join(r.choice(SYLLABLES)
                       for _ in range(r.range(lo, hi))).capitalize()

    def surname(self):
        return self.word(2, 3)

    def person(self):
        name = self.word(2, 2) + " " + self.surname()
        if self.titles and self.rng.chance(15):
            name = self.rng.choice(self.titles) + ". " + name
        return name

    def place(self):
        return self.word(2, 3)

    def media(self):
        return self.word(2, 3) + " " + self.rng.choice(MEDIA_KINDS)

    def acronym(self):
        r = self.rng
        return "".join(chr(65 + r.below(26)) for _ in range(r.range(3, 5)))

    def source(self):
        k = self.rng.below(4)
        if k == 0:
            return self.person()
        if k == 1:
            return "the " + self.media()
        if k == 2:
            return "the " + self.place() + " " + self.rng.choice(BODIES)
        return self.acronym()

    def number(self, m):
        """A figure of the same shape as the matched one."""
        r = self.rng
        s = m.group(0)
        suffix = ""
        if s[-2:] in ("st", "nd", "rd", "th"):
            s, suffix = s[:-2], s[-2:]
        whole, _, frac = s.partition(".")
        digits = len(whole.replace(",", ""))
        n = r.range(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits - 1)
        out = f"{n:,}" if "," in whole else str(n)
        if frac:
            out += "." + "".join(str(r.below(10)) for _ in frac)
        if suffix:
            out += ordinal(n)
        return out

    def figure(self, lo, hi):
        n = self.rng.range(lo, hi)
        return f"{n:,}"

    def name(self, m):
        kind = NAME_KIND[m.group(0)]
        return getattr(self, kind)()

    def vary(self, sentence):
        sentence = NUMBER_RE.sub(self.number, sentence)
        return NAMES_RE.sub(self.name, sentence)


def sample_sentences(text):
    """The sample's sentences: a plain split is enough for a corpus."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.split(r"(?<=[.!?”])\s+(?=[“A-Z])", text)


def sample_titles(abbrevs):
    """Titles of the "prefix" class in data/abbreviations ("Dr", "Gen")."""
    out = []
    for line in abbrevs.splitlines():
        f = line.split("#", 1)[0].split()
        if len(f) >= 2 and f[1] == "prefix" and f[0].isalpha() and \
                f[0][0].isupper() and len(f[0]) <= 4:
            out.append(f[0])
    return out


class Gen:
    def __init__(self, srcdir, seed=SEED):
        with open(os.path.join(srcdir, "data/samples/nk-russia-pact.txt"),
                  encoding="utf-8") as f:
            self.pool = sample_sentences(f.read())
        with open(os.path.join(srcdir, "data/abbreviations"),
                  encoding="utf-8") as f:
            titles = sample_titles(f.read())
        self.rng = Rng(seed)
        self.w = Words(self.rng, titles)
        # The sample sentences that carry a figure and a source or hedge:
        # claims once varied ("on May 9" alone is not enough).
        self.figured = [s for s in self.pool if re.search(r"\d", s) and
                        re.search(r"according to|estimated", s)]

    # -- sentences --------------------------------------------------------

    def sentence(self):
        """One of the sample's sentences, varied."""
        return self.w.vary(self.rng.choice(self.pool))

    def claim(self):
        """A sentence that the default rules score as a claim: a figure and
        a named source at least."""
        r, w = self.rng, self.w
        k = r.below(6)
        if k == 0:
            return (f"{w.figure(120, 98000)} {r.choice(SUBJECTS)} were "
                    f"{r.choice(ACTS)} in the {w.place()} region in "
                    f"{r.range(1990, 2025)}, according to {w.source()}.")
        if k == 1:
            return (f"{w.person()} said that {w.figure(40, 9000)} "
                    f"{r.choice(SUBJECTS)} had been {r.choice(ACTS)} to "
                    f"{w.place()} since {r.range(1990, 2025)}.")
        if k == 2:
            return (f"Exports of {r.choice(GOODS)} to {w.place()} rose by "
                    f"{r.range(2, 95)} percent in {r.range(1990, 2025)}, "
                    f"according to {w.source()}.")
        if k == 3:
            return (f"{w.place()} has received at least {w.figure(10, 90000)} "
                    f"{r.choice(GOODS)} over the past year, {w.person()} "
                    f"told reporters.")
        if k == 4:
            return (f"More than {w.figure(1000, 9999)} {r.choice(SUBJECTS)} "
                    f"were killed or wounded in {w.place()}, according to "
                    f"statements by {w.person()}, who cited intelligence "
                    f"reports.")
        return w.vary(r.choice(self.figured))

    def title(self):
        return (f"{self.w.place()} and {self.w.place()}: "
                f"{self.w.figure(2, 900)} {self.rng.choice(SUBJECTS)} "
                f"{self.rng.choice(ACTS)}")

    # -- articles ---------------------------------------------------------

    def paragraphs(self, size, claim_percent=10):
        """Yields paragraphs (2-5 sentences) until SIZE bytes are given."""
        total = 0
        while total < size:
            n = self.rng.range(2, 5)
            para = " ".join(self.claim() if self.rng.chance(claim_percent)
                            else self.sentence() for _ in range(n))
            total += len(para.encode()) + 2
            yield para

    def article(self, size, claim_percent=10):
        head = self.title() + "\n\n"
        body = "\n\n".join(self.paragraphs(size - len(head.encode()),
                                           claim_percent))
        return head + body + "\n"

    def small_article(self, size):
        """About SIZE bytes (never more), at least two claims in it."""
        head = self.title() + "\n\n"
        sents = [self.claim(), self.claim()]
        out = head + " ".join(sents)
        while True:
            s = self.sentence()
            if len((out + " " + s + "\n").encode()) > size:
                break
            sents.append(s)
            self.rng.shuffle(sents)
            out = head + " ".join(sents)
        return out + "\n"

    def claims_article(self, claims):
        """CLAIMS claim sentences, four to a paragraph."""
        head = self.title() + "\n\n"
        paras = [" ".join(claims[i:i + 4]) for i in range(0, len(claims), 4)]
        return head + "\n\n".join(paras) + "\n"


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(tmp, path)
    return len(text.encode())


def build(srcdir, outdir, log=None):
    """Writes the corpus to OUTDIR unless it is there already with the same
    generator and inputs. Returns the manifest."""
    stamp = {"version": VERSION, "seed": SEED, "inputs": {}}
    for rel in ("data/samples/nk-russia-pact.txt", "data/abbreviations",
                "tests/bench/gen.py"):
        with open(os.path.join(srcdir, rel), "rb") as f:
            stamp["inputs"][rel] = hashlib.sha256(f.read()).hexdigest()
    mpath = os.path.join(outdir, "manifest.json")
    try:
        with open(mpath, encoding="utf-8") as f:
            old = json.load(f)
        if old.get("stamp") == stamp:
            return old
    except (OSError, ValueError):
        pass
    if log:
        log("generating the corpus in " + outdir)
    os.makedirs(os.path.join(outdir, "import"), exist_ok=True)
    os.makedirs(os.path.join(outdir, "claims"), exist_ok=True)
    g = Gen(srcdir)
    files = {}
    files["extract"] = {"path": "extract.txt", "bytes": write(
        os.path.join(outdir, "extract.txt"), g.article(EXTRACT_BYTES))}
    files["big"] = {"path": "article-20mb.txt", "bytes": write(
        os.path.join(outdir, "article-20mb.txt"), g.article(BIG_BYTES))}
    files["small"] = {"path": "article-1kb.txt", "bytes": write(
        os.path.join(outdir, "article-1kb.txt"), g.small_article(SMALL_BYTES))}
    total = 0
    for i in range(IMPORT_FILES):
        total += write(os.path.join(outdir, "import", f"{i:05d}.txt"),
                       g.article(g.rng.range(1000, 5000)))
    files["import"] = {"path": "import", "count": IMPORT_FILES,
                       "bytes": total}
    total = 0
    earlier = []
    for i in range(CLAIM_FILES):
        claims = [g.claim() for _ in range(CLAIMS_PER_FILE)]
        if i < 100:
            earlier.append(claims)
        total += write(os.path.join(outdir, "claims", f"c{i:03d}.txt"),
                       g.claims_article(claims))
    files["claims"] = {"path": "claims", "count": CLAIM_FILES,
                       "claims_each": CLAIMS_PER_FILE, "bytes": total}
    new = [g.claim() for _ in range(CLAIMS_PER_FILE - NEW_REPEATS)]
    for _ in range(NEW_REPEATS):
        new.append(g.rng.choice(g.rng.choice(earlier)))
    g.rng.shuffle(new)
    files["new"] = {"path": "claims/new.txt", "claims": len(new),
                    "repeats": NEW_REPEATS, "bytes": write(
                        os.path.join(outdir, "claims", "new.txt"),
                        g.claims_article(new))}
    # Last, so that the files above stay what they were before it.
    files["mid"] = {"path": "article-2.5mb.txt", "bytes": write(
        os.path.join(outdir, "article-2.5mb.txt"), g.article(MID_BYTES))}
    manifest = {"stamp": stamp, "files": files}
    write(mpath, json.dumps(manifest, indent=1) + "\n")
    return manifest


RATINGS = ("False", "Mostly false", "True", "Mostly true", "Misleading",
           "Unproven", "Mixture", "Pants on Fire!")
SEEN_VERSION = 3
SEEN_QUERIES = 200


def restate(rng, sentence):
    """The same claim said otherwise: its clauses after a comma swapped, a
    few framing words around it."""
    s = sentence.rstrip(".")
    head, sep, tail = s.partition(", ")
    if sep and rng.chance(70):
        s = tail[0].upper() + tail[1:] + ", " + head
    frame = rng.choice(("Reports say", "Is it true that", "Viral post:",
                        "Heard on air:", "Claim:"))
    return f"{frame} {s}."


def build_seen(srcdir, outdir, n, log=None):
    """Writes OUTDIR/seen/verdicts-N.tsv and queries-N.tsv unless they are
    there already from the same generator; returns their paths."""
    d = os.path.join(outdir, "seen")
    os.makedirs(d, exist_ok=True)
    tsv = os.path.join(d, f"verdicts-{n}.tsv")
    queries = os.path.join(d, f"queries-{n}.tsv")
    stamp = os.path.join(d, f"stamp-{n}")
    with open(os.path.join(srcdir, "tests/bench/gen.py"), "rb") as f:
        want = f"{SEEN_VERSION} {hashlib.sha256(f.read()).hexdigest()}"
    try:
        with open(stamp) as f:
            if f.read() == want and os.path.exists(tsv) and \
                    os.path.exists(queries):
                return tsv, queries
    except OSError:
        pass
    if log:
        log(f"generating {n} earlier verdicts in {d}")
    g = Gen(srcdir, seed=SEED + 1)
    r = g.rng
    kept = []
    with open(tsv + ".tmp", "w", encoding="utf-8") as f:
        f.write("id\tclaim\tverdict\turl\tdate\torg\n")
        for i in range(n):
            c = g.claim() if r.chance(70) else g.sentence()
            c = c.replace("\t", " ")
            if i < 100_000 and len(kept) < SEEN_QUERIES // 2 and \
                    r.chance(1):
                kept.append((f"v{i:07d}", c))
            f.write(f"v{i:07d}\t{c}\t{r.choice(RATINGS)}\t"
                    f"https://example.org/check/{i}\t"
                    f"{r.range(2000, 2025)}-{r.range(1, 12):02d}-"
                    f"{r.range(1, 28):02d}\t{g.w.media()}\n")
    os.replace(tsv + ".tmp", tsv)
    lines = [f"{i}\t{c}\t{restate(r, c)}" for i, c in kept]
    while len(lines) < SEEN_QUERIES:
        lines.append("-\t-\t" + g.claim())
    r.shuffle(lines)
    write(queries, "\n".join(lines) + "\n")
    write(stamp, want)
    return tsv, queries


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--srcdir", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    ap.add_argument("--seen", type=int, help="earlier verdicts to write")
    ap.add_argument("outdir")
    a = ap.parse_args(argv)
    if a.seen:
        print("\n".join(build_seen(a.srcdir, a.outdir, a.seen)))
        return 0
    m = build(a.srcdir, a.outdir, log=lambda s: print(s, file=sys.stderr))
    print(json.dumps(m["files"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
