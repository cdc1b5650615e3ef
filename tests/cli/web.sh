# web.sh: web articles imported: saved pages, URLs from a local server
# (tests/cli/httpd.py), standard input; their metadata per revision and
# claimdesk meta; list; reports to publish (golden files), the html
# report's ClaimReview read back by parsers; ClaimReview refused without
# --org and --url. CLAIMDESK_UPDATE_GOLDEN=1 rewrites the golden files.
. "${top_srcdir:-.}/tests/cli/lib.sh"

FX="$top_srcdir/tests/cli/fixtures/web"
mkdir -p "$T/site" "$T/w" "$HOME/.config/claimdesk"
# The user's rules, which every command here reads: a sentence with a
# digit is a claim, so that what is tested is not how claims are chosen.
cp "$top_srcdir/tests/cli/fixtures/rules-digits" "$HOME/.config/claimdesk/rules"
cd "$T/w" || exit 1

# id_: the article id the last import printed.
id_() {
	printf '%s\n' "$out" | sed -n '1s/^\([0-9][0-9]*\)  .*/\1/p'
}

# q SQL: one answer from the database.
q() {
	"$SQLITE3" "$CLAIMDESK_DB" "$1"
}

# page TITLE SITE DATE BODY...: a news page as a browser saves it, with
# its furniture (menu, share bar, related links, comments, a script whose
# text is $AD); $CANON, when set, is its canonical URL.
page() {
	title=$1 site=$2 date=$3
	shift 3
	printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
	printf '<title>%s | %s</title>\n' "$title" "$site"
	printf '<meta property="og:site_name" content="%s">\n' "$site"
	printf '<meta name="author" content="Mara Quill">\n'
	[ -n "${CANON:-}" ] && printf '<link rel="canonical" href="%s">\n' "$CANON"
	printf '<meta property="article:published_time" content="%s">\n' "$date"
	printf '<script>var ad = "%s";</script>\n' "${AD:-banner one}"
	printf '</head><body><nav><a href="/">Home</a> <a href="/city">City</a></nav>\n'
	printf '<article><h1>%s</h1>\n' "$title"
	for p in "$@"; do
		printf '<p>%s</p>\n' "$p"
	done
	printf '<div class="share-bar"><a href="#">Share</a></div></article>\n'
	printf '<aside class="related"><a href="/x">%s</a></aside>\n' "${AD:-banner one}"
	printf '<div class="comments"><p>Great piece, thanks for writing it up.</p></div>\n'
	printf '<footer>Copyright %s</footer></body></html>\n' "$site"
}

P1='The harbour board said ships docked 420 times in 2024, up from 380 the year before.'
P2='Dredging the channel cost 2.5 million euros, according to the port accounts.'
P3='Cargo volumes rose 12 percent to 8 million tonnes, the board said.'
P4='Fishing boats are not counted in those figures, the board added.'
page 'Harbour traffic climbs' 'The Coast Gazette' '2025-03-04T06:15:00Z' \
    "$P1" "$P2" "$P3" "$P4" >harbour.html

# -- A saved page: its article's text is what is stored ---------------------

run_ import harbour.html
expect_rc 0 "import of a saved page"
expect_out '^1  [0-9]+ claims  Harbour traffic climbs$' \
    "the page's own title, not its file name"
"$CLAIMDESK" extract --format text harbour.html >"$T/extracted.txt"
q 'SELECT writefile('"'$T/stored.txt'"', text) FROM revision WHERE id = 1' \
    >/dev/null
check_ "the revision holds the text extract prints" \
    cmp -s "$T/extracted.txt" "$T/stored.txt"
check_ "no markup, menu, script or comment stored" sh -c \
    '! grep -Eq "<p>|Home|banner|Great piece|Share" "$1"' sh "$T/stored.txt"
run_ meta 1 --format json
expect_rc 0 "meta --format json"
check_ "the page's metadata is the revision's" "$PYTHON3" -c '
import json, sys
d = json.loads(sys.stdin.read())
assert d == {"article": 1, "meta": {"title": "Harbour traffic climbs",
    "authors": ["Mara Quill"], "date": "2025-03-04T06:15:00Z",
    "site": "The Coast Gazette", "url": None, "lang": "en"},
    "edited": []}, d
' <"$T/out"

# Spans point into the stored text: a verdict, then the screen's text.
run_ mark 1 1 verified --note "Port statistics, table 3"
expect_rc 0 "mark a claim of a page"
check_ "claim 1 is a sentence of the article" [ "$(q "SELECT substr(r.text, c.start + 1, c.\"end\" - c.start) FROM claim c JOIN revision r ON r.id = c.revision_id WHERE c.number = 1 AND r.article_id = 1")" = "$P1" ]

# Again: unchanged. New ads and markup, the same article: unchanged too.
run_ import harbour.html
expect_out '^1  [0-9]+ claims  Harbour traffic climbs  \(unchanged\)$' \
    "the same page again"
AD='banner two' page 'Harbour traffic climbs' 'The Coast Gazette' \
    '2025-03-04T06:15:00Z' "$P1" "$P2" "$P3" "$P4" >harbour.html
run_ import harbour.html
expect_out '\(unchanged\)$' "other ads, the same article: unchanged"
check_ "still one revision" [ "$(q 'SELECT count(*) FROM revision')" -eq 1 ]
# A changed paragraph: a new revision, the verdict follows its claim.
page 'Harbour traffic climbs' 'The Coast Gazette' '2025-03-04T06:15:00Z' \
    "$P1" "Dredging the channel cost 2.7 million euros, according to the port accounts." \
    "$P3" "$P4" >harbour.html
run_ import harbour.html
expect_out '^1  [0-9]+ claims  Harbour traffic climbs  \(revision 2, 1 verdict carried over, 0 orphans\)$' \
    "a changed article: a new revision, the verdict carried over"
check_ "the verdict is on the same sentence" [ "$(q "SELECT v.status FROM claim c JOIN current_revision r ON r.id = c.revision_id JOIN verdict v ON v.claim_id = c.id WHERE c.text = '$P1'")" = verified ]

# Told by its content: a page saved as .txt is read as a page; --as text
# reads the markup as it is.
cp harbour.html saved-page.txt
run_ import saved-page.txt
expect_out '^1  [0-9]+ claims  Harbour traffic climbs  \(the same text as article 1' \
    "a page named .txt is read as a page"
cp harbour.html raw.html
run_ import --as text raw.html
expect_rc 0 "import --as text"
raw=$(id_)
check_ "--as text: an article of its own" [ "$raw" = 2 ]
check_ "--as text keeps the markup" [ "$(q "SELECT instr(text, '<nav>') > 0 FROM revision WHERE article_id = $raw")" -eq 1 ]
printf 'A fragment\n\nThe <b>tram</b> line carried 9,000 people a day, the city said.\n' >frag.txt
run_ review --as pdf frag.txt
expect_rc 2 "review --as: text or html only"

# -- Documents: one line saying how to convert them ---------------------------

printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n' >report.pdf
run_ import report.pdf
expect_rc 1 "a PDF refused"
expect_err "^claimdesk: report.pdf: a PDF document; convert it with \`pdftotext report.pdf -\` and pipe it to \`claimdesk import -\`$" \
    "PDF: the hint pipes into import"
expect_err_lines 1 "PDF: one line"
"$CLAIMDESK" import - <report.pdf >"$T/out" 2>"$T/err"
check_ "a PDF on standard input refused too" grep -q '^claimdesk: -: a PDF document' "$T/err"

# -- Standard input -------------------------------------------------------------

printf 'Ferry fares\n\nFerry fares rise by 6 percent in May, the operator said.\n' >ferry.txt
"$CLAIMDESK" import - <ferry.txt >"$T/out" 2>"$T/err"
check_ "standard input imported: $(cat "$T/err")" grep -Eq '^3  1 claim  Ferry fares$' "$T/out"
check_ "known by its text's hash" [ "$(q 'SELECT path FROM article WHERE id = 3' | grep -c '^stdin:[0-9a-f]\{16\}$')" -eq 1 ]
"$CLAIMDESK" import - <ferry.txt >"$T/out" 2>&1
check_ "the same input again: unchanged" grep -q '(unchanged)$' "$T/out"
name=$(q 'SELECT path FROM article WHERE id = 3')
run_ meta "$name"
expect_out '^title +Ferry fares$' "an input is found by its name"
"$CLAIMDESK" import - <harbour.html >"$T/out" 2>&1
check_ "a page on standard input is read as a page" \
    grep -q 'Harbour traffic climbs  (the same text as article 1' "$T/out"
printf 'Ferry fares\n\nFerry fares rise by 7 percent in May, the operator said.\n' |
    "$CLAIMDESK" import --as 3 - >"$T/out" 2>&1
check_ "--as ARTICLE: standard input is its next revision" \
    grep -q '^3  1 claim  Ferry fares  (revision 2' "$T/out"
check_ "and keeps its name" [ "$(q 'SELECT path FROM article WHERE id = 3')" = "$name" ]
"$CLAIMDESK" import - </dev/null >"$T/out" 2>"$T/err"
check_ "empty standard input refused" grep -q '^claimdesk: -: nothing on standard input$' "$T/err"
run_ import - frag.txt -
expect_rc 2 "standard input read once"

# -- claimdesk meta -------------------------------------------------------------

printf 'Bridge repairs\n\nThe bridge will close for 14 weeks, the council said.\n\nRepairs cost 3 million pounds, officials said.\n' >bridge.txt
run_ import bridge.txt
expect_out '^4  2 claims  Bridge repairs$' "a plain-text article"
run_ meta bridge.txt
expect_rc 0 "meta of a plain-text article"
check_ "nothing known but its title" [ "$out" = "$(printf 'title    Bridge repairs\nauthors  -\ndate     -\nsite     -\nurl      -\nlang     -')" ]
run_ meta 4 --date 2025-02-10 --site 'Riverside Post' --url https://post.example/bridge \
    --author 'Lena Ortiz' --author 'Sam Cole' --lang en-GB
expect_rc 0 "meta sets fields"
expect_out '^date +2025-02-10  \(set by hand\)$' "the date set"
expect_out '^authors +Lena Ortiz; Sam Cole  \(set by hand\)$' "the authors set"
expect_out '^title +Bridge repairs$' "the title not set"
run_ meta 4 --title 'Bridge shut for repairs'
expect_out '^title +Bridge shut for repairs  \(set by hand\)$' "the title set"
check_ "the title is the article's" [ "$(q 'SELECT title FROM article WHERE id = 4')" = 'Bridge shut for repairs' ]
for bad in '--date yesterday' '--date 2025-13-01' '--url ftp://x/y' \
    '--url https://x.example/a"b' '--url https://x.example/a|b' \
    '--url https://x.example/<b>' '--lang en_GB' ; do
	run_ meta 4 $bad
	expect_rc 2 "meta $bad: usage error"
	expect_err_lines 1 "meta $bad: one line"
done
run_ meta 4 --url 'https://x.example/a"b'
expect_err "^claimdesk: meta: --url: a '\"' at byte 19, which a published link cannot carry: write it percent-encoded \(%22\)" \
    "a quote in a URL: where, and how to write it"
for bad in 'https://?q' 'https://#f' 'https://me@/x' 'http://:80/' \
    'https://'; do
	run_ meta 4 --url "$bad"
	expect_rc 2 "--url $bad: usage error"
	expect_err '^claimdesk: meta: --url: no host in the URL' "--url $bad: no host, said"
done
for bad in 'https//x.example/a' 'HTTP//x.example'; do
	run_ meta 4 --url "$bad"
	expect_rc 2 "--url $bad: usage error"
	expect_err "^claimdesk: meta: --url: not a URL: a ':' is missing after ${bad%%/*}" \
	    "--url $bad: the missing colon, said"
done
run_ meta 4 --url 'x.example/a'
expect_err "^claimdesk: meta: --url: not a URL: it starts with https:// or http://" \
    "--url with no scheme: how a URL starts, said"
for bad in 'https://x..example/a' 'https://-x-.example/'; do
	run_ meta 4 --url "$bad"
	expect_rc 2 "--url $bad: usage error"
	expect_err "^claimdesk: meta: --url: not a host name: " "--url $bad: the host, said"
done
for bad in 'https:' 'HTTP:/x.example' 'https:x.example'; do
	run_ meta 4 --url "$bad"
	expect_rc 2 "--url $bad: usage error"
	expect_err "^claimdesk: meta: --url: not a URL: after ${bad%%:*}: comes //, then the host" \
	    "--url $bad: the // it lacks, said"
done
run_ meta 4 --url 'https://me:secret@post.example/a'
expect_rc 2 "--url with a password: usage error"
expect_err 'a password in the URL, which a published link would give away' "a password: said"
run_ meta 4 --url 'https://post.example:99999/a'
expect_err 'the port is not a number from 1 to 65535' "a port out of range: said"
check_ "a refused URL leaves the one set" [ "$(q "SELECT url FROM revision_meta WHERE url LIKE '%post.example%'")" = https://post.example/bridge ]
run_ meta 4 --title ''
expect_rc 2 "an empty title refused"
run_ meta 99
expect_rc 1 "meta of no article"
expect_err_lines 1 "no article: one line"
# A new revision of the file keeps what a person set.
printf 'Bridge repairs\n\nThe bridge will close for 16 weeks, the council said.\n\nRepairs cost 3 million pounds, officials said.\n' >bridge.txt
run_ import bridge.txt
expect_out '^4  2 claims  Bridge shut for repairs  \(revision 2' "revision 2 keeps the title set"
run_ meta 4 --format json
check_ "revision 2 keeps the metadata set" "$PYTHON3" -c '
import json, sys
d = json.loads(sys.stdin.read())
assert d["meta"]["date"] == "2025-02-10" and d["meta"]["site"] == "Riverside Post", d
assert d["meta"]["authors"] == ["Lena Ortiz", "Sam Cole"], d
assert d["edited"] == ["title", "authors", "date", "site", "url", "lang"], d
' <"$T/out"
run_ meta 4 --site ''
expect_out '^site +-  \(set by hand\)$' "an empty value clears"
run_ meta 4 --site 'Riverside Post'
# Read-only: shown, not set.
cp "$CLAIMDESK_DB" "$T/ro.db"
chmod 0444 "$T/ro.db"
run_ --db "$T/ro.db" meta 4
expect_rc 0 "meta on a read-only database"
if [ "$(id -u)" -ne 0 ]; then	# root writes a file of mode 0444
	run_ --db "$T/ro.db" meta 4 --date 2025-02-11
	expect_rc 1 "setting on a read-only database"
	expect_err 'read-only' "read-only: said"
fi

# -- list: scripts see the columns they knew; a terminal sees more ------------

run_ list
expect_out '^ID  TITLE +REV  CLAIMS  REVIEWED  VERIFIED  DISPUTED  UNSOURCED  ORPHANS$' \
    "piped: the columns scripts read"
expect_no_out 'DATE|Coast Gazette' "piped: no date or site"
script -qec "'$CLAIMDESK' list" /dev/null >"$T/tty.list" 2>&1 </dev/null
check_ "on a terminal: STALE, DATE and SITE at the end" \
    grep -q 'ORPHANS  STALE  DATE        SITE' "$T/tty.list"
check_ "on a terminal: a page's day and outlet" \
    grep -Eq ' 2025-03-04  The Coast Gazette' "$T/tty.list"
check_ "on a terminal: unknown as -" grep -Eq '  -           -' "$T/tty.list"
# A narrow terminal: every row fits it; the title narrower, then the
# site and the date left out.
script -qec "stty cols 100; '$CLAIMDESK' list" /dev/null >"$T/tty.list" 2>&1 </dev/null
check_ "100 columns: no row wider" awk 'length($0) > 101 { exit 1 }' "$T/tty.list"
check_ "100 columns: the site left out" sh -c '! grep -q "SITE" "$1"' sh "$T/tty.list"
check_ "100 columns: the counts all there" grep -q 'ORPHANS  STALE' "$T/tty.list"
# 80 columns, a terminal over SSH: the headings shortened, the rows fit.
script -qec "stty cols 80; '$CLAIMDESK' list" /dev/null >"$T/tty.list" 2>&1 </dev/null
check_ "80 columns: no row wider" "$PYTHON3" -c '
import sys
sys.exit(max(len(l.rstrip("\r\n")) for l in open(sys.argv[1], encoding="utf-8")) > 80)' \
    "$T/tty.list"
check_ "80 columns: the headings shortened" \
    grep -q 'REV  CLAIMS  DONE  VERIF  DISP  UNSRC  ORPH  STALE' "$T/tty.list"
# Short titles take only their own width: a terminal as wide as the rows
# shows every column (the room kept for a long title left out the site).
printf 'Port\n\nThe port moved 3 million tonnes.\n' >"$T/short.txt"
"$CLAIMDESK" --db "$T/short.db" import "$T/short.txt" >/dev/null
"$CLAIMDESK" --db "$T/short.db" meta 1 --site 'The Coast Gazette' \
    --date 2025-03-04 >/dev/null
script -qec "'$CLAIMDESK' --db '$T/short.db' list" /dev/null \
    >"$T/tty.list" 2>&1 </dev/null
w=$(awk '{ sub(/\r$/, ""); if (length($0) > w) w = length($0) } END { print w }' \
    "$T/tty.list")
script -qec "stty cols $w; '$CLAIMDESK' --db '$T/short.db' list" /dev/null \
    >"$T/tty.list" 2>&1 </dev/null
check_ "as wide as the rows: the site there" \
    grep -q 'Port .* 2025-03-04  The Coast Gazette' "$T/tty.list"

# -- URLs from the local server --------------------------------------------------

mkfifo "$T/port"
"$PYTHON3" "$top_srcdir/tests/cli/httpd.py" "$T/port" "$T/site" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$T"' EXIT
read -r port <"$T/port"
U="http://127.0.0.1:$port"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*'

T1='The new tram line carried 9,000 people on its first day, 12 percent more than the buses it replaced, the operator said.'
T2='It cost 180 million euros, 20 percent more than planned, auditors found.'
page 'Tram line opens' 'Metro Daily' '2025-05-02' "$T1" "$T2" \
    >"$T/site/tram.html"
run_ import "$U/files/tram.html"
expect_rc 0 "import of a URL"
expect_out '^5  2 claims  Tram line opens$' "a URL's article"
check_ "known by its URL" [ "$(q 'SELECT path FROM article WHERE id = 5')" = "$U/files/tram.html" ]
run_ meta "$U/files/tram.html"
expect_out "^url +$U/files/tram.html$" "no canonical link: the address fetched"
expect_out '^site +Metro Daily$' "a URL's metadata"
run_ import "HTTP://127.0.0.1:$port/files/tram.html#top"
expect_out '^5  2 claims  Tram line opens  \(unchanged\)$' \
    "scheme case and fragment aside, the same URL: unchanged"
run_ import "$U/files/tram.html?utm_source=feed"
expect_out '^5  2 claims  Tram line opens  \(the same text as article 5' \
    "another address with the same text: the same article"
run_ mark "$U/files/tram.html" 2 disputed --note "Audit says 12 percent"
expect_rc 0 "mark by URL"
# The page changes on the server: a new revision; its canonical link.
page 'Tram line opens' 'Metro Daily' '2025-05-02' \
    "$(printf '%s' "$T1" | sed 's/9,000/9,500/')" "$T2" |
    sed 's|<meta name="author"|<link rel="canonical" href="/news/tram"><meta name="author"|' \
    >"$T/site/tram.html"
run_ import "$U/files/tram.html"
expect_out '^5  2 claims  Tram line opens  \(revision 2, 1 verdict carried over, 0 orphans\)$' \
    "a changed page: a new revision"
run_ meta 5
expect_out "^url +$U/news/tram$" "the canonical URL, made absolute"
run_ import "$U/files/gone.html"
expect_rc 1 "a page that is not there"
expect_err "^claimdesk: $U/files/gone.html: HTTP 404$" "404: one line"

# Reports need no network: the server is gone, the article is in the
# database.
kill $server
wait $server 2>/dev/null
run_ export --format md --article "$U/files/tram.html"
expect_rc 0 "export without the server"
expect_out 'Audit says 12 percent' "the verdict is reported"
expect_out "^- Link: <$U/news/tram>$" "with the article's link"
run_ import "$U/files/tram.html"
expect_rc 1 "import without the server"
expect_err_lines 1 "no server: one line"

# -- ClaimReview: --org and --url, or nothing ---------------------------------

run_ export --format claimreview --url https://desk.example/r
expect_rc 1 "ClaimReview without --org"
expect_err '^claimdesk: export: ClaimReview needs --org \(or \$CLAIMDESK_ORG\) and --url \(where the review is published\)$' \
    "no --org: the line"
expect_err_lines 1 "no --org: one line"
check_ "no --org: nothing written" test -z "$out"
run_ export --format claimreview --org Desk -o "$T/cr.json"
expect_rc 1 "ClaimReview without --url"
check_ "no --url: no file" test ! -e "$T/cr.json"
CLAIMDESK_ORG=Desk run_ export --format claimreview --url https://desk.example/r
expect_rc 0 "\$CLAIMDESK_ORG stands for --org"
check_ "the article's date and canonical URL" "$PYTHON3" -c '
import json, sys
r = json.loads(sys.stdin.read())
tram = [x for x in r if x["claimReviewed"].startswith("It cost 180")][0]
item = tram["itemReviewed"]
assert item["datePublished"] == "2025-05-02", item
assert item["appearance"]["url"] == sys.argv[1] + "/news/tram", item
assert item["appearance"]["publisher"]["name"] == "Metro Daily", item
assert tram["url"] == "https://desk.example/r#a5-c2", tram
' "$U" <"$T/out"
run_ mark 3 2 verified	# its claim of revision 2 (numbers are permanent)
run_ --org Desk export --format claimreview --url https://desk.example/r
expect_err "^claimdesk: export: warning: article 3 has no URL \(claimdesk meta 3 --url URL\): the appearance of its claims is left out$" \
    "an article without a URL: a warning"
# A URL stored before the rule (sqlite3 stands for an older claimdesk): not
# published as where the claims appeared, and not linked half-way.
"$SQLITE3" "$CLAIMDESK_DB" "INSERT INTO revision_meta (revision_id, url) SELECT max(id), 'https://old.example/a\"b' FROM revision WHERE article_id = 3 ON CONFLICT (revision_id) DO UPDATE SET url = excluded.url"
run_ --org Desk export --format claimreview --url https://desk.example/r --article 3
expect_err "^claimdesk: export: warning: article 3 has a URL no link can carry \(claimdesk meta 3 --url URL\): the appearance of its claims is left out$" \
    "an article with a URL no link can carry: a warning"
check_ "no appearance for it" sh -c '! grep -q appearance "$1"' sh "$T/out"
run_ export --format html --article 3
expect_out '<dt>Link</dt><dd>https://old\.example/a&quot;b</dd>' \
    "html: such a URL shown as text, not half a link"
run_ export --format md --article 3
expect_out '^- Link: https://old\.example/a"b$' "md: shown as text"

# -- Reports to publish ----------------------------------------------------------

# A fresh database of files only (paths and ports would change): a page
# with its metadata, a plain-text article given its own, verdicts of each
# kind, one stale, one left unreviewed, one dropped.
export CLAIMDESK_DB="$T/pub.db"
CANON=https://gazette.example/2025/harbour-traffic \
page 'Harbour traffic climbs' 'The Coast Gazette' '2025-03-04T06:15:00Z' \
    "$P1" "$P2" "$P3" "$P4" >harbour.html
printf 'Bridge repairs\n\nThe bridge will close for 14 weeks, the council said.\n\nRepairs cost 3 million pounds, officials said.\n\nTraffic fell 30 percent last month, police said.\n' >bridge.txt
"$CLAIMDESK" import harbour.html bridge.txt >/dev/null
"$CLAIMDESK" meta 2 --date 2025-02-10 --site 'Riverside Post' \
    --url 'https://post.example/bridge?id=7&src=rss' --author 'Lena Ortiz' >/dev/null
"$CLAIMDESK" mark 1 1 verified --note 'Port statistics: https://port.example/stats' >/dev/null
"$CLAIMDESK" mark 1 2 disputed --note 'The accounts say 2.7 million <b>' >/dev/null
"$CLAIMDESK" mark 1 3 unsourced >/dev/null
"$CLAIMDESK" mark 2 1 verified >/dev/null
"$CLAIMDESK" mark 2 2 disputed --note 'Stale soon' >/dev/null
"$CLAIMDESK" --reviewer someone-else mark 2 3 verified >/dev/null
printf 'Bridge repairs\n\nThe bridge will close for 14 weeks, the council said.\n\nRepairs cost 3.5 million pounds, officials said.\n\nTraffic fell 30 percent last month, police said.\n' >bridge.txt
"$CLAIMDESK" import bridge.txt >/dev/null
check_ "one verdict is stale" [ "$(q 'SELECT count(*) FROM verdict WHERE stale_text IS NOT NULL')" -eq 1 ]
VERSION=$("$CLAIMDESK" --version | sed 's/^claimdesk //')
REPORT=https://checks.example.org/2025/harbour.html

# golden_ FILE ARGS...: export ARGS matches $FX/FILE.
golden_() {
	file=$1
	shift
	run_ export "$@"
	expect_rc 0 "export $*"
	sed "s/claimdesk $VERSION/claimdesk VERSION/g" "$T/out" >"$T/$file"
	if [ "${CLAIMDESK_UPDATE_GOLDEN:-0}" = 1 ]; then
		cp "$T/$file" "$FX/$file"
	fi
	checks=$((checks + 1))
	diff -u "$FX/$file" "$T/$file" >&2 || fail_ "golden $file ($*)"
}
run_ export --format html -o "$T/export-desk.html"
golden_ public.md --public --org 'Example Checks'
golden_ public.html --public --format html --org 'Example Checks' --url "$REPORT"
golden_ public.json --public --format json --org 'Example Checks'

# Nothing of the desk in them: no path, no reviewer, no import time, no
# unreviewed claim, no stale verdict.
for f in public.md public.html public.json; do
	for leak in "$T" tester someone-else 'Stale soon' '2025-11-26T12:00:00Z  ' \
	    '"imported_at": "' ', imported' 'c v-unreviewed' '"status": "unreviewed"' \
	    ': unreviewed'; do
		check_ "$f: no \"$leak\"" sh -c '! grep -qF -- "$1" "$2"' sh \
		    "$leak" "$T/$f"
	done
done
# The stale claim's text is nowhere: the html quotes only the sentences
# checked, not the outlet's whole article.
for f in public.md public.json public.html; do
	check_ "$f: no stale claim" sh -c '! grep -qF "3.5 million" "$1"' sh \
	    "$T/$f"
done
check_ "public.html: no sentence that was not checked" sh -c \
    '! grep -qF "Fishing boats are not counted" "$1"' sh "$T/public.html"
check_ "public.html: the gaps marked" grep -qF '<span class="gap">[…]</span>' \
    "$T/public.html"
check_ "the desk's html: the whole article" grep -qF \
    "Fishing boats are not counted" "$T/export-desk.html"
check_ "public.md: the article's own outlet, date and link" sh -c '
grep -qx -- "- Outlet: The Coast Gazette" "$1" &&
grep -qx -- "- Published: 2025-03-04T06:15:00Z" "$1" &&
grep -qx -- "- Link: <https://post.example/bridge?id=7&src=rss>" "$1"' sh "$T/public.md"

# The html report: well nested, its one script is JSON-LD, which holds
# the ClaimReview of every verdict shown and nothing else.
check_ "html: the JSON-LD read back" "$PYTHON3" - "$T/public.html" "$REPORT" <<'EOF'
import json, sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.ld, self.csp, self.rows = [], [], None, 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in a:
            assert not k.startswith("on") and k != "src", (tag, k)
        if tag == "script":
            assert a == {"type": "application/ld+json"}, a
            self.ld.append("")
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp = a["content"]
        if tag == "tr" and "id" in a:
            self.rows += 1
        if tag not in ("meta", "br", "col"):
            self.stack.append(tag)
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()
    def handle_data(self, data):
        if self.stack and self.stack[-1] == "script":
            self.ld[-1] += data
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
p.close()
assert p.stack == [], p.stack
assert p.csp == "default-src 'none'; style-src 'unsafe-inline'", p.csp
assert len(p.ld) == 2, len(p.ld)
reviews = [r for block in p.ld for r in json.loads(block)]
# Shown: 3 verdicts of the page, 2 of the bridge (one stale, left out).
assert len(reviews) == p.rows == 5, (len(reviews), p.rows)
names = {"Verified": 3, "Unsourced": 2, "Disputed": 1}
for r in reviews:
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    assert r["url"].startswith(sys.argv[2] + "#a"), r["url"]
    assert r["author"] == {"@type": "Organization", "name": "Example Checks"}
    rr = r["reviewRating"]
    assert rr["ratingValue"] == names[rr["alternateName"]], rr
    app = r["itemReviewed"]["appearance"]
    assert r["itemReviewed"]["datePublished"] == app["datePublished"]
harbour = reviews[0]["itemReviewed"]
assert harbour["appearance"]["publisher"]["name"] == "The Coast Gazette"
assert harbour["datePublished"] == "2025-03-04T06:15:00Z"
bridge = reviews[-1]["itemReviewed"]["appearance"]
assert bridge["url"] == "https://post.example/bridge?id=7&src=rss", bridge
assert not any("3.5 million" in r["claimReviewed"] for r in reviews)
EOF

# A file:// URL is the file it names: the same article as its path.
printf 'Ferry fares\n\nFares rose 4 percent in 2024.\n' >"$T/w/ferry fares.txt"
run_ import "$T/w/ferry fares.txt"
expect_rc 0 "import a file by its path"
ferry=$(id_)
run_ import "file://$(printf '%s' "$T/w/ferry fares.txt" | sed 's/ /%20/g')"
expect_rc 0 "import it by a file:// URL"
expect_out "^$ferry  .*(unchanged)" "the same article, unchanged"
run_ extract --format text "file://localhost$T/w/ferry%20fares.txt"
expect_rc 0 "extract a file:// URL with localhost"
expect_out '^Fares rose 4 percent in 2024\.$' "its text"
run_ import "file://elsewhere.example/tmp/a.txt"
expect_rc 1 "a file URL of another host"
expect_err "^claimdesk: file://elsewhere.example/tmp/a.txt: a file URL of another host: claimdesk reads this machine's files \(file:///PATH\)$" \
    "another host: said"

# The html report without --org/--url: no script; --public says why.
run_ export --format html --org 'Example Checks'
check_ "html without --url: no script" sh -c '! grep -q "<script" "$1"' sh "$T/out"
check_ "html without --url: nothing said" test -z "$err"
run_ export --format html --public
expect_rc 0 "public html without --org"
expect_err '^claimdesk: export: warning: no --org and --url: the page carries no ClaimReview$' \
    "public html without --org: a warning"
# csv to publish: no reviewer.
run_ export --format csv --public
check_ "public csv: no reviewer" sh -c '! grep -q "tester" "$1"' sh "$T/out"
check_ "public csv: five rows" [ "$(printf '%s\n' "$out" | grep -c '')" -eq 6 ]

done_
