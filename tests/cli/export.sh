# export.sh: claimdesk export: golden reports from a fixture database, each
# read back by a real parser, escaping, -o atomicity and flat memory.
# CLAIMDESK_UPDATE_GOLDEN=1 rewrites the golden files from this build.
. "${top_srcdir:-.}/tests/cli/lib.sh"

FX="$top_srcdir/tests/cli/fixtures/export"
DB="$T/fixture.db"
REPORT_URL=https://checks.example.org/reports/2025-11.html
check_ "fixture database builds" sh "$FX/build.sh" "$DB"
VERSION=$("$CLAIMDESK" --version | sed 's/^claimdesk //')

# golden_ FILE ARGS...: export ARGS matches $FX/FILE (the version number
# written as VERSION); the output stays in $T/FILE.
golden_() {
	file=$1
	shift
	run_ export --db "$DB" "$@"
	expect_rc 0 "export $*"
	sed "s/claimdesk $VERSION/claimdesk VERSION/g" "$T/out" >"$T/$file"
	if [ "${CLAIMDESK_UPDATE_GOLDEN:-0}" = 1 ]; then
		cp "$T/$file" "$FX/$file"
	fi
	checks=$((checks + 1))
	diff -u "$FX/$file" "$T/$file" >&2 || fail_ "golden $file ($*)"
}

# md is the default format.
golden_ expected.md --org "Example Checks"
golden_ expected.html --format html --org "Example Checks"
golden_ expected.csv --format csv
golden_ expected.json --format json --org "Example Checks"
golden_ expected.jsonld --format claimreview --org "Example Checks" \
    --url "$REPORT_URL"
golden_ expected-filtered.md --status disputed,unsourced --article 2 \
    --article /srv/news/pact.txt --article 2
# --article takes a comma-separated list as --status does.
golden_ expected-filtered.md --status disputed,unsourced \
    --article 2,/srv/news/pact.txt,2
golden_ expected-filtered.md --status disputed,unsourced \
    --article "2, /srv/news/pact.txt"
run_ export --db "$DB" --article 2,9
expect_rc 1 "a list with an unknown article"
expect_err '^claimdesk: 9: no such article' "names the one unknown"
run_ export --db "$DB" --article 2,
expect_rc 1 "a list with an empty name"
expect_err '^claimdesk: 2,: an empty name in the list$' "says so"
# Stale verdicts are never published: asked for in a report to publish,
# refused, not an empty report.
for args in "--public" "--format claimreview --org O --url https://o.example/r"; do
	run_ export --db "$DB" --status stale $args
	expect_rc 2 "--status stale $args"
	expect_err 'stale verdicts are never published' "--status stale $args: says why"
done

# An article whose text has no title line is titled by its file's name: a
# report to read says how to give it a title, a data export does not.
printf 'The bridge will close for 14 weeks, the council said.\n' >"$T/notitle.txt"
run_ import --db "$T/nt.db" "$T/notitle.txt"
expect_out '^1  1 claim  notitle\.txt$' "no title line: the file's name"
for f in md html; do
	run_ export --db "$T/nt.db" --format $f
	expect_err "^claimdesk: export: warning: article 1 is titled by its file's name \(its text has no title line\): claimdesk meta 1 --title TITLE gives it one$" \
	    "$f: a file's name for a title: said"
done
run_ export --db "$T/nt.db" --format csv
check_ "csv: nothing said" test -z "$err"
run_ meta --db "$T/nt.db" 1 --title 'Bridge closure'
run_ export --db "$T/nt.db" --format md
check_ "a title given: nothing said" test -z "$err"
# Standard input has no file's name: "stdin" is no title either.
printf 'The ferry will stop for 3 weeks, the port said.\n' |
    "$CLAIMDESK" import --db "$T/nt.db" - >/dev/null
run_ export --db "$T/nt.db" --format md
expect_err "^claimdesk: export: warning: article 2 is titled \"stdin\" \(its text has no title line\): claimdesk meta 2 --title TITLE gives it one$" \
    "standard input without a title line: said"
# ClaimReview heads only the claims it reviews with the title: of an
# article with no verdict it says nothing.
run_ export --db "$T/nt.db" --format claimreview --org O --url https://o.example/r
expect_rc 0 "claimreview, no verdict"
case $err in
*titled*) fail_ "claimreview: the title of an article with no verdict: said" ;;
*) check_ "claimreview: the title of an article with no verdict: not said" true ;;
esac
run_ mark --db "$T/nt.db" 2 1 verified
run_ export --db "$T/nt.db" --format claimreview --org O --url https://o.example/r
expect_err "^claimdesk: export: warning: article 2 is titled \"stdin\"" \
    "claimreview: a verdict headed by \"stdin\": said"

# Which claims the desk made by hand is its own record, not the reader's.
run_ export --db "$DB" --format md
expect_out '^### Claim [0-9]+ \(made by hand\): ' "md: a claim made by hand says so"
for f in md html; do
	run_ export --db "$DB" --format $f --public --org O --url https://o.example/r
	expect_no_out 'by hand' "$f --public: not said"
done

# No raw control character (ESC, the BEL of OSC...) in any report.
for f in expected.md expected.html expected.csv expected.json \
    expected.jsonld; do
	check_ "$f: no control characters" "$PYTHON3" -c '
import sys
raw = open(sys.argv[1], "rb").read()
bad = [b for b in raw if (b < 32 and b not in (9, 10, 13)) or b == 127]
assert not bad, bad
raw.decode("utf-8")
' "$T/$f"
done

# csv: RFC 4180 as Python reads it, and every cell as the database holds it.
check_ "csv reads back" "$PYTHON3" -c '
import csv, io, sqlite3, sys
raw = open(sys.argv[1], "rb").read()
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
assert rows[0] == ["article_id", "article_title", "claim", "start", "end",
    "status", "claim_text", "source", "note", "reviewer", "updated_at",
    "stale_text", "source_role", "source_kind"], rows[0]
assert raw.count(b"\r\n") == len(rows), "records end with CRLF"
assert raw.replace(b"\r\n", b"").count(b"\r") == 0, "no lone CR"
db = sqlite3.connect(sys.argv[2])
db.text_factory = bytes
def text(v):
    if v is None:
        return ""
    return v.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
def cell(v):
    v = text(v)
    if v[:1] in ("=", "+", "-", "@", "\t"):
        v = "\x27" + v
    return v
clean = lambda v: all(ord(c) >= 32 or c in "\t\n" for c in text(v))
seen = 0
for r in rows[1:]:
    assert len(r) == 14, r
    for c in (r[1], r[6], r[7], r[8], r[9]):
        assert c[:1] not in ("=", "+", "-", "@", "\t", "\r"), c
    q = db.execute("SELECT r.title, c.text, c.source, v.note, v.reviewer, "
        "v.updated_at, coalesce(v.status, \x27unreviewed\x27), c.dismissed, "
        "v.stale_text, c.source_role, c.source_kind "
        "FROM claim c JOIN revision r ON r.id = c.revision_id "
        "LEFT JOIN verdict v ON v.claim_id = c.id WHERE r.article_id = ? "
        "AND c.start = ? AND c.\"end\" = ? AND r.number = (SELECT max(number) "
        "FROM revision WHERE article_id = r.article_id)",
        (int(r[0]), int(r[3]), int(r[4]))).fetchone()
    assert q is not None, r
    assert q[7] == 0, "dismissed claim exported"
    assert r[5] == q[6].decode(), (r, q)
    for got, want in ((r[1], q[0]), (r[6], q[1]), (r[7], q[2]),
            (r[8], q[3]), (r[9], q[4]), (r[10], q[5]), (r[11], q[8]),
            (r[12], q[9]), (r[13], q[10])):
        if clean(want):
            assert got == cell(want), (got, cell(want))
    seen += 1
assert seen == 10, seen
' "$T/expected.csv" "$DB"

# json: the fixed keys, the claims in reading order, orphans, the text.
check_ "json reads back" "$PYTHON3" -c '
import json, sqlite3, sys
raw = open(sys.argv[1], encoding="utf-8").read()
assert "<" not in raw and ">" not in raw and "&" not in raw, "not HTML-safe"
doc = json.loads(raw)
arts = doc["articles"]
assert [a["id"] for a in arts] == [1, 2, 3]
db = sqlite3.connect(sys.argv[2])
db.text_factory = bytes
for a in arts:
    for k in ("id", "title", "path", "claims"):
        assert k in a, k
    for c in a["claims"]:
        for k in ("claim", "start", "end", "text", "status", "source",
                "note", "reviewer", "updated_at"):
            assert k in c, k
        row = db.execute("SELECT text, note FROM claim LEFT JOIN verdict "
            "ON claim_id = id WHERE id = ?", (c["id"],)).fetchone()
        assert c["text"] == row[0].decode("utf-8", "replace"), c["text"]
        assert c["note"] == (row[1] or b"").decode("utf-8", "replace")
    starts = [c["start"] for c in a["claims"]]
    assert starts == sorted(starts)
pact = arts[0]
assert [c["claim"] for c in pact["claims"]] == [1, 3, 7, 5, 6]
assert pact["claims"][3]["status"] == "unreviewed"
assert pact["claims"][3]["reviewer"] is None
assert pact["orphans"][0]["revision"] == 1
assert pact["orphans"][0]["status"] == "disputed"
assert pact["claims"][1]["matches"][0]["article"] == 2
# Its history from the revision the verdict was given on; the import that
# carried it over does not give it again.
h = pact["claims"][0]["history"]
assert h[0]["at"] == "2025-06-19T09:00:00Z" and h[0]["origin"] is None, h
assert not [x for x in h if (x["origin"] or "").startswith("re-anchored")], h
hostile = arts[1]
assert hostile["claims"][1]["text"] == \
    "Sales grew +12% @ retail \x1b[31mred\x1b[0m in Q3."
assert hostile["title"].startswith("<script>")
assert arts[2]["claims"] == [] and arts[2]["url"] is None
' "$T/expected.json" "$DB"

# claimreview: one per claim with a verdict, required and recommended
# properties present.
check_ "claimreview reads back" "$PYTHON3" -c '
import json, sqlite3, sys
reviews = json.load(open(sys.argv[1], encoding="utf-8"))
db = sqlite3.connect(sys.argv[2])
want = db.execute("SELECT count(*) FROM claim c JOIN revision r "
    "ON r.id = c.revision_id JOIN verdict v ON v.claim_id = c.id "
    "WHERE c.dismissed = 0 AND v.status <> \x27unreviewed\x27 "
    "AND v.stale_text IS NULL AND r.number = (SELECT max(number) "
    "FROM revision WHERE article_id = r.article_id)").fetchone()[0]
assert isinstance(reviews, list) and len(reviews) == want == 7, len(reviews)
scale = {"Verified": 3, "Unsourced": 2, "Disputed": 1}
for r in reviews:
    assert r["@context"] == "https://schema.org"
    assert r["@type"] == "ClaimReview"
    assert r["claimReviewed"]
    rr = r["reviewRating"]
    assert rr["@type"] == "Rating"
    assert rr["ratingValue"] == scale[rr["alternateName"]], rr
    assert rr["bestRating"] == 3 and rr["worstRating"] == 1
    assert r["url"].startswith(sys.argv[3] + "#a"), r["url"]
    assert r["author"] == {"@type": "Organization", "name": "Example Checks"}
    assert r["datePublished"].endswith("Z")
    item = r["itemReviewed"]
    assert item["@type"] == "Claim"
    # The claim was published with its article: the date its page gives,
    # none when the page gives no ISO 8601 date (never the import time).
    if "appearance" in item:
        assert item["datePublished"] == "2025-06-19T07:30:00Z", item
    else:
        assert "datePublished" not in item, item
    if "author" in item:
        assert item["author"]["@type"] in ("Person", "Organization")
        assert item["author"]["name"]
urls = [r["url"] for r in reviews]
assert len(set(urls)) == len(urls)
first = reviews[0]["itemReviewed"]
assert first["appearance"] == {"@type": "CreativeWork",
    "url": "https://example.org/news/pact?id=1&lang=en",
    "headline": "North Korea and Russia sign defence pact",
    "datePublished": "2025-06-19T07:30:00Z",
    "author": [{"@type": "Person", "name": "Jane Roe"},
               {"@type": "Person", "name": "Ivan Petrov"}],
    "publisher": {"@type": "Organization", "name": "Example News"},
    "inLanguage": "en"}, first["appearance"]
assert first["author"] == {"@type": "Organization", "name": "state media"}
assert reviews[2]["itemReviewed"]["author"]["@type"] == "Person"
assert "author" not in next(r for r in reviews
    if r["claimReviewed"].startswith("# Not a heading"))["itemReviewed"]
assert "appearance" not in reviews[3]["itemReviewed"]
# A stale verdict is not published.
assert not any(r["claimReviewed"].startswith("The pact is the strongest")
    for r in reviews)
# Nor a control character: shown as the other reports show it.
assert any(r["claimReviewed"] == "Sales grew +12% @ retail ^[[31mred^[[0m in Q3."
    for r in reviews)
def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)
assert not any(ord(ch) < 0x20 and ch not in "\n\t" or 0x7f <= ord(ch) <= 0x9f
    or 0x202a <= ord(ch) <= 0x202e for r in reviews for t in strings(r)
    for ch in t)
' "$T/expected.jsonld" "$DB" "$REPORT_URL"

# html: well nested, nothing that runs or loads, the text escaped, one mark
# per claim shown, every link inside the page or http(s).
check_ "html reads back" "$PYTHON3" -c '
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "col"}
ALLOWED = VOID | {"html", "head", "title", "style", "body", "header", "h1",
    "p", "ul", "li", "span", "main", "article", "h2", "h3", "dl", "dt", "dd",
    "a", "time", "div", "mark", "table", "colgroup", "thead", "tbody", "tr",
    "th", "td"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.marks, self.style = [], [], 0, ""
    def handle_starttag(self, tag, attrs):
        assert tag in ALLOWED, tag
        for k, v in attrs:
            assert not k.startswith("on") and k != "src", (tag, k)
            if k == "href":
                assert v.startswith("#") or v.startswith("https://") \
                    or v.startswith("http://"), v
        self.marks += tag == "mark"
        if tag not in VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()
    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.style += data
        self.text.append(data)
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
p.close()
assert p.stack == [], p.stack
assert "url(" not in p.style and "@import" not in p.style
assert "@media print" in p.style
text = "".join(p.text)
assert "<script>alert(\x27title\x27)</script> & \"Quotes\"" in text
assert "<script>alert(\"x\")</script>" in text
assert "<img src=x onerror=alert(1)>" in text
assert "^[[31mred^[[0m" in text
assert p.marks == 10, p.marks
' "$T/expected.html"

# md: nothing a renderer would turn into markup or HTML.
check_ "md escapes markup" "$PYTHON3" -c '
import re, sys
md = open(sys.argv[1], encoding="utf-8").read()
assert not re.search(r"(?<!\\)<(script|img|b)\b", md)
for line in md.splitlines():
    if line.startswith("#"):
        assert re.match(r"(# Fact-check report|## |### Claim \d|### Orphaned|#### Revision \d)", line), line
assert "\\*Bold\\*" in md and "\\[link\\]" in md
assert "<https://example.org/a_(b)_c>." in md
' "$T/expected.md"

# Usage and failures: one line each, nothing written.
run_ export --db "$DB" --format pdf
expect_rc 2 "unknown format"
expect_err '^claimdesk: export: unknown format: pdf' "unknown format message"
run_ export --db "$DB" --status maybe
expect_rc 2 "unknown status"
run_ export --db "$DB" stray
expect_rc 2 "stray operand"
run_ export --db "$DB" --article 99
expect_rc 1 "unknown article"
expect_err_lines 1 "unknown article: one line"
run_ export --db "$T/none.db"
expect_rc 1 "no database"
expect_err_lines 1 "no database: one line"

# The database is only read: a read-only copy exports the same report.
mkdir "$T/ro"
cp "$DB" "$T/ro/fixture.db"
chmod 0444 "$T/ro/fixture.db"
chmod 0555 "$T/ro"
run_ export --db "$T/ro/fixture.db" --format csv
expect_rc 0 "read-only database"
check_ "read-only database: same report" cmp "$T/out" "$FX/expected.csv"
chmod 0755 "$T/ro"
check_ "export leaves the database as it was" cmp "$T/ro/fixture.db" "$DB"
check_ "export leaves no journal" \
    test "$(ls -A "$T/ro")" = fixture.db

# -o: the format follows the extension; the file appears whole.
mkdir "$T/o"
run_ export --db "$DB" --org "Example Checks" -o "$T/o/report.html"
expect_rc 0 "-o report.html"
sed "s/claimdesk $VERSION/claimdesk VERSION/g" "$T/o/report.html" \
    >"$T/o.html"
check_ "-o report.html is the html report" cmp "$T/o.html" \
    "$FX/expected.html"
check_ "-o leaves no temporary file" test "$(ls -A "$T/o")" = report.html
# An extension no format writes is refused, never Markdown under its name;
# a .txt is Markdown, plain text.
run_ export --db "$DB" -o "$T/o/report.pdf"
expect_rc 2 "-o report.pdf"
expect_err "report\.pdf: no format writes \.pdf files" "-o report.pdf: why"
check_ "-o report.pdf: no file" test ! -e "$T/o/report.pdf"
run_ export --db "$DB" -o "$T/o/report.txt"
expect_rc 0 "-o report.txt"
check_ "-o report.txt is Markdown" grep -q "^# Fact-check report" "$T/o/report.txt"
rm -f "$T/o/report.txt"

# A failing export leaves the old report as it was, and no temporary file.
printf 'old report\n' >"$T/o/report.json"
run_ export --db "$DB" --article 99 -o "$T/o/report.json"
expect_rc 1 "-o with an unknown article"
check_ "unknown article: old report intact" \
    test "$(cat "$T/o/report.json")" = "old report"
# A file size limit makes the write fail half way (SIGXFSZ ignored).
(trap '' XFSZ; ulimit -f 4; exec "$CLAIMDESK" export --db "$DB" \
    --format json -o "$T/o/report.json") >"$T/out" 2>"$T/err"
rc=$?
err=$(cat "$T/err")
expect_rc 1 "-o past the file size limit"
expect_err "^claimdesk: $T/o/report.json: File too large" \
    "-o past the file size limit: message"
check_ "write error: old report intact" \
    test "$(cat "$T/o/report.json")" = "old report"
check_ "write error: no temporary file" \
    test "$(ls -A "$T/o" | sort | tr '\n' ' ')" = "report.html report.json "
run_ export --db "$DB" -o "$T/missing/report.md"
expect_rc 1 "-o in a missing directory"
expect_err "^claimdesk: $T/missing/report.md: " "missing directory message"
check_ "missing directory: nothing made" test ! -e "$T/missing"

# A closed pipe is not an error worth a message.
"$CLAIMDESK" export --db "$DB" --format json 2>"$T/err" | head -c 10 \
    >/dev/null
check_ "closed pipe: no message" test ! -s "$T/err"

# What import and mark write exports as well.
"$CLAIMDESK" import "$SAMPLE" >/dev/null 2>&1
"$CLAIMDESK" mark 1 2 disputed --note '=cmd|x <b>"y"</b>' >/dev/null 2>&1
"$CLAIMDESK" mark 1 3 verified >/dev/null 2>&1
for format in md html csv json claimreview; do
	run_ export --format "$format" --org Desk --url https://d.example/r
	expect_rc 0 "export $format of an imported article"
done
check_ "imported article: claimreview" "$PYTHON3" -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert [x["reviewRating"]["alternateName"] for x in r] == ["Disputed", "Verified"], r
assert r[0]["reviewBody"] == "=cmd|x <b>\"y\"</b>"
' "$T/out"
# The marks right-to-left text places its digits with are kept in a
# report, as the joiners are; an override is shown, never obeyed.
printf 'Arabic\n\n\331\202\330\247\331\204 \342\200\21715%% \331\205\331\206 \330\247\331\204\330\263\331\203\330\247\331\206 in 2024, the ministry said.\n' >"$T/rtl.txt"
"$CLAIMDESK" import "$T/rtl.txt" >/dev/null 2>&1
rtl=$("$CLAIMDESK" list | awk '/rtl.txt|Arabic/ { print $1; exit }')
"$CLAIMDESK" mark "$rtl" 1 verified --note "$(printf 'per \342\200\217the census \342\200\256evil')" \
    >/dev/null 2>&1
for format in md html; do
	run_ export --format "$format" --article "$rtl"
	check_ "$format: a right-to-left mark kept" sh -c \
	    'grep -q "$(printf "\342\200\21715%%")" "$1"' sh "$T/out"
	expect_no_out "U\+200F" "$format: no placeholder for the mark"
	expect_out "U\+202E" "$format: an override shown as a placeholder"
done
run_ export --format claimreview --article "$rtl" --org Desk --url https://d.example/r
check_ "claimreview: the mark kept, the override shown" "$PYTHON3" -c '
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))[0]
assert "\u200f15%" in r["claimReviewed"], r["claimReviewed"]
assert r["reviewBody"] == "per \u200fthe census <U+202E>evil", r["reviewBody"]
' "$T/out"

# A verdict given and cleared leaves the claim unreviewed, credited to no
# one: no reviewer, no time.
"$CLAIMDESK" --reviewer zoe mark 1 4 verified >/dev/null 2>&1
"$CLAIMDESK" --reviewer zoe mark 1 4 clear >/dev/null 2>&1
run_ export --format md
expect_out "^### Claim 4: unreviewed" "a cleared verdict: unreviewed"
check_ "a cleared verdict: no reviewer in md" sh -c \
    'sed -n "/^### Claim 4:/,/^###/p" "$1" | grep -q "^- Reviewer: not reviewed yet"' \
    sh "$T/out"
expect_no_out "zoe" "a cleared verdict: zoe not named in md"
for format in csv html; do
	run_ export --format "$format"
	expect_no_out "zoe" "a cleared verdict: zoe not named in $format"
done
# The history still says who gave the verdict and cleared it.
run_ export --format json
check_ "a cleared verdict: no reviewer in json, its history kept" \
    "$PYTHON3" -c '
import json, sys
c = [c for c in json.load(open(sys.argv[1]))["articles"][0]["claims"]
     if c["claim"] == 4][0]
assert c["status"] == "unreviewed" and c["reviewer"] is None, c
assert c["updated_at"] is None, c
who = [h["reviewer"] for h in c["history"]]
assert len(who) == 2 and who[0] and who[0] == who[1], c["history"]
' "$T/out"

# A note another reviewer wrote on the verdict is named as theirs; one the
# reviewer wrote is not named twice. (On a server every reviewer here is
# its one role.)
if [ -z "${CLAIMDESK_TEST_PG:-}" ]; then
"$CLAIMDESK" --reviewer ana mark 1 5 verified --note "per the ministry" \
    >/dev/null 2>&1
"$CLAIMDESK" --reviewer ben mark 1 5 verified --note "per the ministry's
second statement" >/dev/null 2>&1
run_ export --format md
check_ "md: a note by another reviewer is theirs" sh -c \
    'sed -n "/^### Claim 5:/,/^###/p" "$1" | grep -q "^- Note by ben: per the ministry.s"' \
    sh "$T/out"
expect_out "^- Reviewer: ana, " "md: the verdict stays ana's"
check_ "md: a note by the reviewer: no name" sh -c \
    'sed -n "/^### Claim 2:/,/^###/p" "$1" | grep -q "^- Note: "' sh "$T/out"
run_ export --format html
expect_out "<span class=\"role\">note by ben</span>" "html: the note by ben"
run_ export --format json
check_ "json: note_by" "$PYTHON3" -c '
import json, sys
c = json.load(open(sys.argv[1]))["articles"][0]["claims"]
by = {x["claim"]: (x["reviewer"], x["note_by"]) for x in c}
assert by[5] == ("ana", "ben"), by[5]
assert by[2][1] is None, by[2]
' "$T/out"
run_ export --format md --public
expect_no_out "ben" "md --public: no names"
fi

# Memory stays flat: the peak for 50,000 verdicts is that for 10,000, and
# above that for 1,000 only by what SQLite's page cache (2 MB, more under
# ASan) then holds.
# gen_ DB ARTICLES: ARTICLES articles of 100 claims, each with a verdict,
# a note and a history row.
gen_() {
	"$PYTHON3" - "$1" "$2" "$top_srcdir/src/schema.sql" <<'EOF'
import re, sqlite3, sys
path, articles, schema = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sql = open(schema).read()
db = sqlite3.connect(path)
db.executescript(sql)
db.execute("PRAGMA user_version = %d" %
    int(re.findall(r"^-- migration (\d+)$", sql, re.M)[-1]))
sent = lambda n: "Sentence %06d says 42." % n
text = " ".join(sent(n) for n in range(100)).encode()
statuses = ("verified", "disputed", "unsourced", "unreviewed")
for a in range(1, articles + 1):
    db.execute("INSERT INTO article (id, path, title, created_at, "
        "last_number) VALUES (?, ?, ?, ?, 100)", (a, "/bench/%d.txt" % a,
        "Article %d" % a, "2025-01-01T00:00:00Z"))
    db.execute("INSERT INTO revision VALUES (?, ?, 1, ?, ?, ?, ?, ?)", (a, a,
        text, "h", "Article %d" % a, "2025-01-01T00:00:00Z", "gen"))
    db.execute("INSERT INTO revision_meta (revision_id, date, site, url) "
        "VALUES (?, ?, ?, ?)", (a, "2024-12-31", "Example News",
        "https://example.org/%d" % a))
    for n in range(100):
        c = (a - 1) * 100 + n + 1
        db.execute("INSERT INTO claim (id, revision_id, start, \"end\", text, "
            "source, number) VALUES (?, ?, ?, ?, ?, ?, ?)", (c, a, n * 24,
            n * 24 + 23, sent(n), "Agency %d" % n, n + 1))
        db.execute("INSERT INTO verdict (claim_id, status, note, reviewer, "
            "updated_at) VALUES (?, ?, ?, ?, ?)", (c,
            statuses[n % 4], "Note %d <b>&</b> https://example.org/n/%d" %
            (c, c), "gen", "2025-01-02T00:00:00Z"))
        db.execute("INSERT INTO history (claim_id, at, reviewer, field, old, "
            "new) VALUES (?, ?, ?, ?, ?, ?)", (c, "2025-01-02T00:00:00Z",
            "gen", "status", "unreviewed", statuses[n % 4]))
db.commit()
EOF
}
check_ "1,000 verdicts" gen_ "$T/small.db" 10
check_ "10,000 verdicts" gen_ "$T/medium.db" 100
check_ "50,000 verdicts" gen_ "$T/big.db" 500
# A database that turns out corrupt half way: the old report stays.
cp "$T/medium.db" "$T/corrupt.db"
"$PYTHON3" -c '
import sys
f = open(sys.argv[1], "r+b")
f.seek(2000000)
f.write(b"\xff" * 8192)
' "$T/corrupt.db"
printf 'old report\n' >"$T/o/corrupt.csv"
run_ export --db "$T/corrupt.db" --format csv -o "$T/o/corrupt.csv"
expect_rc 1 "corrupt database"
expect_err '^claimdesk: export: database: database disk image is malformed' \
    "corrupt database: SQLite's message"
check_ "corrupt database: old report intact" \
    test "$(cat "$T/o/corrupt.csv")" = "old report"
check_ "corrupt database: no temporary file" \
    test "$(ls -A "$T/o" | grep -c '^\.')" -eq 0

# Killed half way, an export to a file leaves no file (or, when it ended
# first, the whole report), and dies of the signal.
mkdir "$T/kill"
"$CLAIMDESK" export --db "$T/big.db" --format json -o "$T/kill/r.json" &
pid=$!
sleep 0.3
kill -TERM "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
rc=$?
check_ "SIGTERM: killed (143) or done (0), not $rc" \
    sh -c '[ "$1" -eq 143 ] || [ "$1" -eq 0 ]' sh "$rc"
if [ "$rc" -eq 0 ]; then
	check_ "SIGTERM after the end: whole report" "$PYTHON3" -c \
	    'import json, sys; json.load(open(sys.argv[1]))' "$T/kill/r.json"
else
	check_ "SIGTERM: no report, no temporary file" test -z "$(ls -A "$T/kill")"
fi

for format in md html csv json claimreview; do
	check_ "$format: memory flat from 1,000 to 50,000 verdicts" \
	    "$PYTHON3" - "$CLAIMDESK" "$format" "$T/small.db" "$T/medium.db" \
	    "$T/big.db" <<'EOF'
import os, subprocess, sys
claimdesk, fmt, small, medium, big = sys.argv[1:]
# ASan keeps freed memory in quarantine: keep it small so that the peak
# reflects what the program holds.
env = dict(os.environ, ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") +
    ":quarantine_size_mb=1:detect_leaks=0")
# The peak RSS is the kernel's VmHWM of the running process, read as its
# output streams in (it only grows). getrusage() of the child would not do:
# it keeps the high-water mark of the Python process it was forked from.
def peak(db):
    p = subprocess.Popen([claimdesk, "export", "--db", db, "--format", fmt,
        "--org", "O", "--url", "https://o.example/r"],
        stdout=subprocess.PIPE, env=env)
    hwm, status = 0, "/proc/%d/status" % p.pid
    while True:
        chunk = p.stdout.read(65536)
        try:
            with open(status) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        hwm = max(hwm, int(line.split()[1]))
        except OSError:
            pass
        if not chunk:
            break
    assert p.wait() == 0
    assert hwm > 0
    return hwm
a, m, b = peak(small), peak(medium), peak(big)
print("%s: peak %d KiB for 1,000 verdicts, %d KiB for 10,000, %d KiB for "
    "50,000" % (fmt, a, m, b))
assert b - m < 1024, (m, b)
assert b - a < 6144, (a, b)
EOF
done

done_
