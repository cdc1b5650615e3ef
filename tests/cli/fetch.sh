# fetch.sh: URLs fetched from a web server on 127.0.0.1 that this test
# starts (tests/cli/httpd.py): pages, redirects, and each failure's line.
. "${top_srcdir:-.}/tests/cli/lib.sh"

mkfifo "$T/port"
"$PYTHON3" "$top_srcdir/tests/cli/httpd.py" "$T/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$T"' EXIT
read -r port <"$T/port"
U="http://127.0.0.1:$port"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*'

run_ extract --format text "$U/page.html"
expect_rc 0 "a page by URL"
expect_out '^Council approves budget$' "title line (site name taken off)"
expect_out '^The city council approved a budget of 12 million dollars' \
    "the article's text"
expect_no_out 'Home|Copyright' "no menu, no footer"

run_ extract --format json "$U/moved"
expect_rc 0 "a redirect followed"
check_ "redirect: canonical URL against the final address" "$PYTHON3" -c '
import json, sys
m = json.loads(sys.stdin.read())["meta"]
assert m["url"] == sys.argv[1] + "/news/budget", m
assert m["site"] == "The Local Herald", m
assert m["lang"] == "en", m
' "$U" <"$T/out"
run_ extract --format text "$U/moved-rel"
expect_rc 0 "a relative redirect"

run_ extract --format text "$U/latin1.html"
expect_rc 0 "charset from the Content-Type"
expect_out "^Le café coûte 2 euros à Paris" "latin-1 by Content-Type"

# A page with no canonical URL is known by the address fetched, in its
# one form: no fragment, the host in lower case.
run_ import "http://LOCALHOST:$port/latin1.html#section"
expect_rc 0 "a URL with a fragment and a host in capitals"
run_ meta 1
expect_out "^url +http://localhost:$port/latin1.html$" \
    "its url: no fragment, the host in lower case"

run_ extract --format text "$U/plain.txt"
expect_rc 0 "text/plain"
expect_out '^Plain title$' "text/plain read as text"

run_ extract "$U/loop"
expect_rc 1 "redirect loop"
expect_err "^claimdesk: $U/loop: more than 5 redirects$" "redirect loop: line"

run_ extract "$U/to-file"
expect_rc 1 "redirect to file:"
expect_err_lines 1 "redirect to file: one line"
expect_no_out 'root:' "redirect to file: nothing read"

run_ extract "$U/missing"
expect_rc 1 "404"
expect_err "^claimdesk: $U/missing: HTTP 404$" "404: line"
run_ extract "$U/broken"
expect_err "^claimdesk: $U/broken: HTTP 500$" "500: line"

run_ extract "$U/report.pdf"
expect_rc 1 "PDF by Content-Type"
expect_err "^claimdesk: $U/report.pdf: a PDF document \(Content-Type: application/pdf\); download it and convert it to text first \(\`curl -sLo article '$U/report.pdf' && pdftotext article - >article.txt\`\)$" \
    "PDF by Content-Type: how to read it"
run_ extract "$U/pdf-as-html"
expect_rc 1 "PDF sent as text/html"
expect_err "a PDF document; download it and convert it to text first \(\`curl -sLo article '$U/pdf-as-html' && pdftotext article - >article.txt\`\)" \
    "PDF bytes: hint"

run_ --max-size 1M extract "$U/big"
expect_rc 1 "too big (Content-Length)"
expect_err "^claimdesk: $U/big: larger than 1 MiB \(see --max-size\)$" "too big: line"
run_ --max-size 1M extract "$U/big-chunked"
expect_rc 1 "too big (no Content-Length)"
expect_err "^claimdesk: $U/big-chunked: larger than 1 MiB \(see --max-size\)$" "too big, chunked: line"
run_ --max-size 3M extract --format text "$U/big"
expect_rc 0 "big page under --max-size"

export CLAIMDESK_FETCH_TIMEOUT=1
run_ extract "$U/slow"
unset CLAIMDESK_FETCH_TIMEOUT
expect_rc 1 "slow server"
expect_err "^claimdesk: $U/slow: timed out after 1 s$" "timeout: line"

# A port nobody listens on: the server's, once it is gone.
kill $server
wait $server 2>/dev/null
run_ extract "$U/page.html"
expect_rc 1 "connection refused"
expect_err "^claimdesk: $U/page.html: cannot connect to 127.0.0.1:$port" "refused: line"
expect_err_lines 1 "refused: one line"

run_ extract "ftp://127.0.0.1/x"
expect_rc 1 "not http"
run_ extract "http://claimdesk-test.invalid/"
expect_rc 1 "unknown host"
expect_err_lines 1 "unknown host: one line"

done_
