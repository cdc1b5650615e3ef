#!/bin/sh
# web.sh: web articles on the screen: a saved page reviewed end to end
# (its article's text, its outlet and date on the title line, verdicts
# saved and published), a page imported from a URL of a local server and
# reviewed, shown again when the server is gone; the picker's bylines.
. "$(dirname "$0")/lib.sh"

PYTHON3="${PYTHON3_BIN:-python3}"
# The user's rules: a sentence with a digit is a claim.
mkdir -p "$HOME/.config/claimdesk"
cp "$top_srcdir/tests/cli/fixtures/rules-digits" "$HOME/.config/claimdesk/rules"

# cd_ ARGS...: claimdesk on the test database, its output in $T/out.
cd_() {
	"$CLAIMDESK" --db "$DB" --reviewer tester "$@" >"$T/out" 2>&1
}

# --- A saved page, end to end --------------------------------------------------

cat >"$T/harbour.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour traffic climbs | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette">
<meta property="article:published_time" content="2025-03-04T06:15:00Z">
<link rel="canonical" href="https://gazette.example/harbour">
<script>var ad = "click here";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/city">City desk</a></nav>
<article><h1>Harbour traffic climbs</h1>
<p>The harbour board said ships docked 420 times in 2024, up from 380 the
year before.</p>
<p>Dredging the channel cost 2.5 million euros, according to the port
accounts.</p>
<p>Fishing boats are not counted in those figures, the board added.</p>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
</article>
<aside class="related"><a href="/x">Most read: a story about ferries</a></aside>
<footer>Copyright The Coast Gazette</footer>
</body></html>
EOF

t_start 120 40 -- "$T/harbour.html"
t_ready
t_wait_re "Harbour traffic climbs · The Coast Gazette · 2025-03-04 +filter: all" \
    "the title line: title, outlet, day of publication"
t_has "The harbour board said ships docked 420 times" "the article's text"
t_has "Fishing boats are not counted" "paragraphs that are no claims too"
t_lacks "City desk" "no menu"
t_lacks "Most read" "no related links"
t_lacks "Share" "no share bar"
t_lacks "<p>" "no markup"
t_lacks "harbour.html" "the page's title, not its file name"
t_has "#1 unreviewed" "the first claim selected"
t_keys v
t_wait "claim 1: verified, saved"
t_keys j d
t_wait "claim 2: disputed, saved"
t_keys a
t_wait "editing the note"
t_type "The accounts say 2.7 million"
t_keys Enter
t_wait "claim 2: note saved"
t_wait "2/2 reviewed · 1 disputed" "progress"
t_quit "the page reviewed"
t_eq "$(t_sql "SELECT group_concat(status, ',') FROM (SELECT v.status FROM verdict v JOIN claim c ON c.id = v.claim_id ORDER BY c.number)")" \
    "verified,disputed" "the verdicts saved"
# The report to publish carries them, with the page's own facts.
cd_ export --format html --public --org Desk --url https://desk.example/r
t_checks=$((t_checks + 1))
"$PYTHON3" - "$T/out" <<'EOF' || t_fail "the published report"
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',
    html, re.S).group(1))
assert [r["reviewRating"]["alternateName"] for r in ld] == ["Verified", "Disputed"], ld
assert ld[1]["reviewBody"] == "The accounts say 2.7 million"
assert ld[0]["itemReviewed"]["appearance"]["url"] == "https://gazette.example/harbour"
assert ld[0]["itemReviewed"]["datePublished"] == "2025-03-04T06:15:00Z"
assert "harbour.html" not in html and "tester" not in html
EOF
# Reopened by its file: the same state, nothing imported again.
t_start 120 40 -- "$T/harbour.html"
t_ready
t_wait "2/2 reviewed · 1 disputed" "reopened as it was"
t_wait_re "│✗D +2 " "the disputed mark"
t_quit "reopened"
t_eq "$(t_sql "SELECT count(*) FROM revision")" 1 "no new revision"

# --- A URL from a local server ---------------------------------------------------

mkdir "$T/site"
cat >"$T/site/tram.html" <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Tram line opens - Metro Daily</title>
<meta property="og:title" content="Tram line opens">
<meta property="og:site_name" content="Metro Daily">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-05-02">
</head><body><nav><a href="/">Home</a></nav>
<main><article><h1>Tram line opens</h1>
<p>The new tram line carried 9,000 people on its first day, the operator
said.</p>
<p>It cost 180 million euros, 20 percent more than planned, auditors
found.</p></article></main></body></html>
EOF
mkfifo "$T/port"
"$PYTHON3" "$top_srcdir/tests/cli/httpd.py" "$T/port" "$T/site" &
server=$!
trap 'kill $server 2>/dev/null; t_cleanup' EXIT
read -r port <"$T/port"
U="http://127.0.0.1:$port"
export no_proxy='*'

t_start 120 40 no_proxy='*' http_proxy= -- "$U/files/tram.html"
t_ready
t_wait_re "Tram line opens · Metro Daily · 2025-05-02 +filter: all" \
    "a URL's title line"
t_has "The new tram line carried 9,000 people" "the page's text"
t_lacks "Home" "no menu"
t_keys j u
t_wait "claim 2: unsourced, saved"
t_quit "the URL reviewed"
t_eq "$(t_sql "SELECT path FROM article WHERE id = 2")" "$U/files/tram.html" \
    "the article is known by its URL"

# The server is gone: the revision imported before is shown, with why.
kill $server
wait $server 2>/dev/null
t_start 120 40 no_proxy='*' http_proxy= -- "$U/files/tram.html"
t_wait "the revision imported before is shown (not fetched: cannot connect to 127.0.0.1:$port" \
    "why it was not fetched"
t_ready
t_wait "1/2 reviewed" "with its verdict"
t_quit "offline"

# --- The picker: each web article's outlet and day -------------------------------

t_start 120 40 -- review
t_wait "pick an article" "the picker"
t_wait_re "Harbour traffic climbs · The Coast Gazette · 2025-03-04 +2/2 reviewed" \
    "the picker: a page's outlet and day"
t_has "Tram line opens · Metro Daily · 2025-05-02" "and the URL's"
t_keys q
t_exited "picker"

t_done
