# html.sh: web pages read as articles: text, metadata, fixtures from
# Mozilla Readability's tests, documents refused with a hint, --as.
. "${top_srcdir:-.}/tests/cli/lib.sh"

FIX="$top_srcdir/tests/cli/fixtures/readability"

# -- Readability's pages: text recovered and kept, metadata exact ----------

# score PAGE TEXTFILE: "recall precision" of TEXTFILE (its title line off)
# against the page's expected words.
score() {
	"$PYTHON3" - "$FIX/$1/expected.txt" "$2" <<'PY'
import collections, re, sys
W = re.compile(r"\w+")
exp = collections.Counter(W.findall(open(sys.argv[1], encoding="utf-8").read().lower()))
text = open(sys.argv[2], encoding="utf-8").read()
if "\n\n" in text:
    text = text.split("\n\n", 1)[1]
got = collections.Counter(W.findall(text.lower()))
common = sum((exp & got).values())
print("%.3f %.3f" % (common / max(1, sum(exp.values())),
                     common / max(1, sum(got.values()))))
PY
}

pages=0
while read -r page minr minp; do
	case "$page" in ''|'#'*) continue ;; esac
	pages=$((pages + 1))
	run_ extract --format text "$FIX/$page/source.html"
	expect_rc 0 "$page: extract --format text"
	printf '%s\n' "$out" >"$T/page.txt"
	set -- $(score "$page" "$T/page.txt")
	checks=$((checks + 1))
	awk -v r="$1" -v p="$2" -v mr="$minr" -v mp="$minp" \
	    'BEGIN { exit !(r >= mr && p >= mp) }' ||
	    fail_ "$page: recall $1 precision $2, expected >= $minr and >= $minp"

	run_ extract --format json "$FIX/$page/source.html"
	expect_rc 0 "$page: extract --format json"
	check_ "$page: metadata as in meta.json" "$PYTHON3" -c '
import json, sys
got = json.loads(sys.stdin.read())["meta"]
want = json.load(open(sys.argv[1], encoding="utf-8"))
assert got == want, (got, want)
' "$FIX/$page/meta.json" <"$T/out"
	check_ "$page: title agrees with Readability's" "$PYTHON3" -c '
import json, re, sys
got = json.loads(sys.stdin.read())["meta"]["title"]
want = json.load(open(sys.argv[1], encoding="utf-8"))["title"]
n = lambda s: " ".join(re.sub(r"\W+", " ", s.lower()).split())
assert n(got) == n(want), (got, want)
' "$FIX/$page/expected-metadata.json" <"$T/out"
done <"$FIX/thresholds"
check_ "seven fixture pages scored" test "$pages" -eq 7

# The text's shape: the title, a blank line, paragraphs apart; spans of
# extract's json point into exactly that text.
cat >"$T/a.html" <<'HTML'
<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Rail fares to rise 5% – The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-01T08:00:00Z">
<script>var tracking = "do not read me";</script>
<style>p { color: red }</style>
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/uk">UK</a></li></ul></nav>
<div class="article-body">
<h1>Rail fares to rise 5%</h1>
<p>Rail fares in England will rise by 5&nbsp;percent in March, the
transport department said on Tuesday, the largest rise in a decade.</p>
<div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a></div>
<p>The U.S. firm that runs two lines said fares there would rise by 4.9
percent, according to a statement, while season tickets rise less.</p>
<figure><img src="x.jpg"><figcaption>A train at a station.</figcaption></figure>
<blockquote><p>&ldquo;Passengers will pay more for less,&rdquo; said Ann Lee, of the
watchdog group, which called the rise &quot;unjustified&quot;.</p></blockquote>
<ul><li>Peak fares: up 5 percent, from March.</li><li>Off-peak fares: up 3 percent, from April.</li></ul>
</div>
<aside class="related"><h2>Related</h2><a href="/a">Another story about fares</a></aside>
<div class="comments"><p>First! This comment is not part of the article at all, really.</p></div>
<footer>&copy; The Daily Example</footer>
</body></html>
HTML
run_ extract --format text "$T/a.html"
expect_rc 0 "extract --format text of a page"
printf '%s\n' "$out" >"$T/a.txt"
check_ "title line, blank line, paragraphs" "$PYTHON3" -c '
import sys
t = open(sys.argv[1], encoding="utf-8").read()
blocks = t.strip("\n").split("\n\n")
assert blocks[0] == "Rail fares to rise 5%", blocks[0]
assert blocks[1].startswith("Rail fares in England will rise by 5 percent in March"), blocks[1]
assert "U.S. firm" in blocks[2], blocks[2]
assert blocks[3].startswith("\u201cPassengers will pay more"), blocks[3]
assert "\"unjustified\"" in blocks[3], blocks[3]
assert blocks[4] == "- Peak fares: up 5 percent, from March.", blocks[4]
assert blocks[5] == "- Off-peak fares: up 3 percent, from April.", blocks[5]
assert len(blocks) == 6, blocks
for junk in ("tracking", "color", "Home", "Share", "Tweet", "A train at",
             "Related", "Another story", "First!", "Copyright", "\u00a9"):
    assert junk not in t, junk
' "$T/a.txt"
run_ extract --all --format json "$T/a.html"
expect_rc 0 "extract json of a page"
check_ "json: meta of the page; spans point into the text" "$PYTHON3" -c '
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], "rb").read()
m = doc["meta"]
assert m == {"title": "Rail fares to rise 5%", "authors": ["Jane Roe"],
             "date": "2024-03-01T08:00:00Z", "site": "The Daily Example",
             "url": None, "lang": "en-GB"}, m
assert doc["title"] == "Rail fares to rise 5%", doc["title"]
for s in doc["sentences"]:
    piece = text[s["start"]:s["end"]].decode()
    assert " ".join(piece.split()) == s["text"], (piece, s["text"])
# A paragraph break ends a sentence: "U.S." is inside one.
assert any("The U.S. firm" in s["text"] for s in doc["sentences"])
' "$T/out" "$T/a.txt"

# Standard input is read as a page too; nothing on stderr.
"$CLAIMDESK" extract --format text - <"$T/a.html" >"$T/stdin.txt" 2>"$T/err"
check_ "standard input: the same text" cmp -s "$T/stdin.txt" "$T/a.txt"
check_ "standard input: nothing on stderr" test ! -s "$T/err"

# Detected by content, not by name.
cp "$T/a.html" "$T/saved-page.txt"
run_ extract --format text "$T/saved-page.txt"
check_ "a page named .txt is read as a page" test "$out" = "$(cat "$T/a.txt")"

# --as overrides.
run_ extract --format text --as text "$T/a.html"
expect_rc 0 "--as text"
expect_out '<nav class="menu">' "--as text keeps the markup"
printf 'Plain words &amp; <b>bold</b> text, the report said.\n' >"$T/frag.txt"
run_ extract --format text --as html "$T/frag.txt"
expect_rc 0 "--as html"
expect_out '^Plain words & bold text, the report said\.$' "--as html reads markup"
run_ extract --as pdf "$T/a.html"
expect_rc 2 "--as pdf: usage error"

# Broken markup: read all the same, and libxml2 says nothing.
printf '<html><body><div><p>Unclosed <b>bold <i>and <table><tr><td>cell text that goes on for a while, the agency said, and more.</p></div></span></font><p>Another &bogus; entity &#xFFFFFFFF; and &#0; here, the agency said in a statement.\n' >"$T/broken.html"
run_ extract --format text "$T/broken.html"
expect_rc 0 "broken markup"
check_ "broken markup: no parser message" test -z "$err"
expect_out 'Another &bogus; entity' "broken markup: text kept"

# External entities and DTDs are never loaded.
cat >"$T/xxe.html" <<HTML
<!DOCTYPE html SYSTEM "file://$T/secret.dtd" [ <!ENTITY x SYSTEM "file://$T/secret.txt"> ]>
<html><body><p>Before &x; after, the ministry said in its report on Monday.</p></body></html>
HTML
echo "TOPSECRET" >"$T/secret.txt"
echo '<!ENTITY y "TOPSECRET">' >"$T/secret.dtd"
run_ extract --format text "$T/xxe.html"
expect_rc 0 "page with external entities"
expect_no_out TOPSECRET "external entity not loaded"
check_ "external entity: no message" test -z "$err"

# -- character sets ---------------------------------------------------------

printf '<html><head><meta charset="iso-8859-1"><title>Caf\351</title></head><body><p>Le caf\351 co\373te 2 euros \340 Paris, selon l\047\351tude publi\351e lundi.</p></body></html>' >"$T/latin1.html"
run_ extract --format text "$T/latin1.html"
expect_rc 0 "latin-1 page"
expect_out '^Le café coûte 2 euros à Paris' "latin-1 converted to UTF-8"
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>\223Quoted\224 \200 price, the office said.</p></body></html>' >"$T/cp1252.html"
run_ extract --format text "$T/cp1252.html"
expect_out '^“Quoted” € price' "windows-1252 quotes and euro"
printf '<html><head><meta charset="utf-8"></head><body><p>Bad \377 byte here, the office said.</p></body></html>' >"$T/bad.html"
run_ extract --format text "$T/bad.html"
expect_rc 1 "invalid UTF-8 in a UTF-8 page"
expect_err "^claimdesk: $T/bad.html: not UTF-8 at byte 54$" "invalid UTF-8: where"
printf '<html><head><meta charset="x-no-such-set"></head><body><p>Words \351 here.</p></body></html>' >"$T/unknown.html"
run_ extract --format text "$T/unknown.html"
expect_rc 1 "unknown charset"
expect_err "unknown character set 'x-no-such-set'" "unknown charset: named"
printf '<html><head><meta charset="shift_jis"></head><body><p>\202\240\202\242 and \377\377 here.</p></body></html>' >"$T/sjis.html"
run_ extract --format text "$T/sjis.html"
expect_rc 1 "bytes invalid in the declared charset"
expect_err "not valid CP932 at byte" "invalid bytes: charset and place"
expect_err_lines 1 "invalid bytes: one line"

# -- documents claimdesk cannot read: one line, how to convert --------------

printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n' >"$T/report.pdf"
run_ extract "$T/report.pdf"
expect_rc 1 "PDF refused"
expect_err "^claimdesk: $T/report.pdf: a PDF document; convert it with \`pdftotext $T/report.pdf -\` and pipe it to \`claimdesk extract -\`$" "PDF hint"
expect_err_lines 1 "PDF: one line"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR' >"$T/scan.png"
run_ extract "$T/scan.png"
expect_rc 1 "PNG refused"
expect_err "a PNG image; convert it with \`tesseract $T/scan.png stdout\`" "PNG hint"
printf '\377\330\377\340\0\020JFIF' >"$T/photo.jpg"
run_ extract "$T/photo.jpg"
expect_err "a JPEG image" "JPEG named"
"$PYTHON3" -c '
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", "<w:document/>")
with zipfile.ZipFile(sys.argv[2], "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    z.writestr("content.xml", "<office:document-content/>")
' "$T/memo.docx" "$T/memo.odt"
run_ extract "$T/memo.docx"
expect_rc 1 "docx refused"
expect_err "a Word document \(.docx\); convert it with \`pandoc -t plain $T/memo.docx\`" "docx hint"
run_ extract "$T/memo.odt"
expect_err "an OpenDocument text \(.odt\); convert it with \`pandoc" "odt hint"
printf '\320\317\021\340\241\261\032\341\0\0\0\0' >"$T/old.doc"
run_ extract "$T/old.doc"
expect_err "a Microsoft Office document \(.doc, .xls or .ppt\); convert a .doc with \`antiword" "doc hint"
run_ extract --as text "$T/report.pdf"
expect_rc 1 "--as text: a PDF read as text"
expect_err "report.pdf: not UTF-8 at byte 10$" "--as text: no hint, the text checks"

# A list item's claim is the item without the list's marker: in every
# report and in seen, while the sentence keeps it (extract).
cat >"$T/items.html" <<'HTML'
<html><head><title>Ferry facts</title></head><body><article><h1>Ferry facts</h1>
<p>The port published its yearly figures on Monday, officials said.</p>
<ul><li>The ferry carried 9,400 cars in 2023.</li></ul>
<ol><li>The harbour handled 120 ships in 2023.</li><li>Some 3,000 people work at the port.</li></ol>
</article></body></html>
HTML
run_ extract --all --format json "$T/items.html"
check_ "extract: the sentences keep their markers" "$PYTHON3" -c '
import json, sys
t = [s["text"] for s in json.load(sys.stdin)["sentences"]]
assert "- The ferry carried 9,400 cars in 2023." in t, t
assert "1. The harbour handled 120 ships in 2023." in t, t
' <"$T/out"
I="$T/items.db"
run_ --db "$I" import "$T/items.html"
run_ --db "$I" mark 1 3 verified
expect_out '^article 1 claim 3 "The harbour handled 120 ships in 2023\.": unreviewed -> verified$' \
    "mark: the claim without its marker"
run_ --db "$I" export --format md
expect_out '^> The ferry carried 9,400 cars in 2023\.$' "md: a bullet item's claim"
expect_out '^> The harbour handled 120 ships in 2023\.$' "md: a numbered item's claim"
expect_no_out '^> (\\-|[0-9]+\\\.) ' "md: no marker"
run_ --db "$I" export --format csv
expect_out ',unreviewed,"The ferry carried 9,400 cars in 2023\.",' "csv: no marker, no guard"
expect_out ',verified,The harbour handled 120 ships in 2023\.,' "csv: a numbered item"
run_ --db "$I" export --format json
check_ "json: the claims without their markers" "$PYTHON3" -c '
import json, sys
t = [c["text"] for c in json.load(sys.stdin)["articles"][0]["claims"]]
assert t[1:] == ["The ferry carried 9,400 cars in 2023.",
                 "The harbour handled 120 ships in 2023.",
                 "Some 3,000 people work at the port."], t
' <"$T/out"
run_ --db "$I" export --format claimreview --org Desk --url https://desk.example/r
expect_out '"claimReviewed": "The harbour handled 120 ships in 2023\."' \
    "claimreview: no marker"
run_ --db "$I" seen --format tsv "The harbour handled 120 ships in 2023."
expect_out '	1	3	The harbour handled 120 ships in 2023\.$' "seen: no marker"
run_ --db "$I" export --format html --public
expect_out '^1\. <mark class="c v-verified" id="a1-t3">.*</a>The harbour handled' \
    "html: the marker before the claim's mark"
printf 'Port story\n\nThe harbour handled 120 ships in 2023, the port said.\n' >"$T/port.txt"
run_ --db "$I" import "$T/port.txt"
run_ --db "$I" export --format json --article "$T/port.txt"
check_ "json: the earlier claim's text without its marker" "$PYTHON3" -c '
import json, sys
m = json.load(sys.stdin)["articles"][0]["claims"][0]["matches"]
assert [x["text"] for x in m] == ["The harbour handled 120 ships in 2023."], m
' <"$T/out"

# The authors and date an article's own top lines give, where its page
# gives none: a byline, a date line; in a plain-text article too.
printf 'Harbour plan approved\n\nBy Jane Doe and Bo Chen\n\nKELSO, March 3, 2024 (Desk) - The council approved a 4 million pound plan on Monday, officials said.\n' >"$T/byline.txt"
printf '<html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1><p>By Ann Lee</p><p>Updated March 5, 2024</p><p>Published: Monday 4 March 2024</p><p>The council approved a 4 million pound plan on Monday, officials said.</p></article></body></html>\n' >"$T/byline.html"
run_ --db "$I" import "$T/byline.txt" "$T/byline.html"
run_ --db "$I" meta --format json "$T/byline.txt"
expect_out '"authors": \["Jane Doe", "Bo Chen"\], "date": "2024-03-03"' \
    "text: the byline's authors, the dateline's day"
run_ --db "$I" meta --format json "$T/byline.html"
expect_out '"authors": \["Ann Lee"\], "date": "2024-03-04"' \
    "page: a byline in a plain paragraph, the date line (not the update)"
run_ extract --format json "$T/byline.html"
expect_out '"authors": \["Ann Lee"\], "date": "2024-03-04"' "extract: the same"

done_
