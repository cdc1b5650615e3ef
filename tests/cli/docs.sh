# docs.sh: the man pages are clean, complete, and their examples run.
. "${top_srcdir:-.}/tests/cli/lib.sh"
MANDOC="${MANDOC_BIN:-mandoc}"
TMUX_BIN="${TMUX_BIN:-tmux}"
PAGE1="$top_srcdir/man/claimdesk.1"
PAGE5="$top_srcdir/man/claimdesk-rules.5"

# mandoc -Tlint reports nothing, except that the two pages, not installed
# yet, cannot find each other in the system's manual database.
for page in "$PAGE1" "$PAGE5"; do
	"$MANDOC" -Tlint "$page" >"$T/lint" 2>&1
	grep -v -e 'referenced manual not found: Xr claimdesk' \
	    -e 'outdated mandoc.db' "$T/lint" >"$T/lint.left"
	check_ "mandoc -Tlint $(basename "$page"): $(cat "$T/lint.left")" \
	    test ! -s "$T/lint.left"
done

# The text of one section of the formatted page.
section() {
	MANWIDTH=80 "$MANDOC" -Tutf8 "$1" 2>/dev/null | col -bx |
	    awk -v s="$2" '/^[A-Z]/ { on = ($0 == s) } on'
}

# Every command of the code's table is in SYNOPSIS, COMMANDS and --help.
section "$PAGE1" SYNOPSIS >"$T/synopsis"
section "$PAGE1" COMMANDS >"$T/commands"
run_ --help
cmds=$(sed -n 's/^	{ "\([a-z-]*\)", ".*/\1/p' "$top_srcdir/src/cmd.c")
check_ "the command table is readable" test -n "$cmds"
for c in $cmds; do
	check_ "SYNOPSIS lists $c" grep -q "claimdesk $c" "$T/synopsis"
	check_ "COMMANDS lists $c" grep -qw "$c" "$T/commands"
	expect_out "claimdesk $c" "--help lists $c"
done

# Every option --help names is in the page, the shared ones in OPTIONS,
# and the reverse.
MANWIDTH=80 "$MANDOC" -Tutf8 "$PAGE1" 2>/dev/null | col -b >"$T/page"
section "$PAGE1" OPTIONS >"$T/options"
for o in $(printf '%s\n' "$out" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
	check_ "the page documents $o" grep -q -- "$o" "$T/page"
done
for o in $(printf '%s\n' "$out" | sed -n '/^Options/,$p' |
    grep -o -- '^  --[a-z][a-z-]*'); do
	check_ "OPTIONS lists $o" grep -q -- "$o" "$T/options"
done
for o in $(grep -o -- '^     --[a-z][a-z-]*' "$T/options" | tr -d ' '); do
	expect_out -- "$o" "--help lists $o"
done

# The rating table of import-verdicts names every rating data/ratings
# maps, under the verdict it maps to.
MANWIDTH=200 "$MANDOC" -Tutf8 "$PAGE1" 2>/dev/null | col -bx >"$T/page.wide"
"$PYTHON3" - "$T/page.wide" "$top_srcdir/data/ratings" >"$T/ratings.missing" <<'EOF'
import re, sys
page = re.sub(r"\s+", " ", open(sys.argv[1], encoding="utf-8").read())
rows = {}
word = r"[a-z0-9'!-]+(?: [a-z0-9'!-]+)*"
for v in ("verified", "disputed", "unsourced"):
    m = re.search(r" %s ((?:%s, )+%s)\. " % (v, word, word), page)
    rows[v] = set(x.strip() for x in m.group(1).split(",")) if m else set()
for line in open(sys.argv[2], encoding="utf-8"):
    if line.startswith("#") or "\t" not in line:
        continue
    v, r = line.rstrip("\n").split("\t", 1)
    if r not in ("verified", "disputed", "unsourced") and r not in rows[v]:
        print(v, r)
EOF
check_ "claimdesk(1) lists every rating under its verdict: $(cat "$T/ratings.missing")" \
    test ! -s "$T/ratings.missing"

# ENVIRONMENT names every variable claimdesk reads.
section "$PAGE1" ENVIRONMENT >"$T/env"
for v in CLAIMDESK_DB CLAIMDESK_REVIEWER CLAIMDESK_ORG XDG_DATA_HOME \
    XDG_CONFIG_HOME VISUAL EDITOR NO_COLOR BROWSER SSH_CONNECTION; do
	check_ "ENVIRONMENT lists $v" grep -q "$v" "$T/env"
done

# Every key of the screen's key table is in KEYS and on the "?" screen.
sed -n 's/^	{ KEYS_[A-Z|_]*REVIEW[A-Z|_]*, "\([^"]*\)".*/\1/p' \
    "$top_srcdir/src/ui/keys.c" | sort -u >"$T/keys"
check_ "the key table is readable" test "$(grep -c '' "$T/keys")" -ge 20
section "$PAGE1" KEYS >"$T/keys.man"
# The first column of the KEYS list (from "j k" to the paragraph after it):
# the key names, space-separated.
awk '/^     j k / { on = 1 } /^$/ { on = 0 } on && /^     [^ ]/ {
    print substr($0, 6, 16) }' "$T/keys.man" |
    tr ' ' '\n' | sed '/^$/d' | sort -u >"$T/keys.documented"
sock="cdkeys$$"
"${TMUX_BIN:-tmux}" -L "$sock" -f /dev/null new-session -d -x 120 -y 40 \
    "env TERM=xterm-256color '$CLAIMDESK' --db '$T/keys.db' '$SAMPLE'"
i=0
while [ $i -lt 100 ] && ! "${TMUX_BIN:-tmux}" -L "$sock" capture-pane -p |
    grep -q reviewed; do
	sleep 0.1; i=$((i + 1))
done
"${TMUX_BIN:-tmux}" -L "$sock" send-keys '?'
i=0
while [ $i -lt 100 ] && ! "${TMUX_BIN:-tmux}" -L "$sock" capture-pane -p |
    grep -q 'any key closes'; do
	sleep 0.1; i=$((i + 1))
done
"${TMUX_BIN:-tmux}" -L "$sock" capture-pane -p >"$T/help.screen"
"${TMUX_BIN:-tmux}" -L "$sock" kill-server 2>/dev/null
# The key column of the help box: the 16 columns after its left border.
"$PYTHON3" -c '
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    if "\u2502 " in line:
        print("\n".join(line.split("\u2502", 1)[1][:17].split()))
' "$T/help.screen" | sort -u >"$T/keys.help"
while IFS= read -r key; do
	check_ "KEYS documents the key $key" grep -qxF -- "$key" "$T/keys.documented"
	check_ "the ? screen lists the key $key" grep -qxF -- "$key" "$T/keys.help"
done <"$T/keys"

# The EXAMPLES run as written, in a folder with an articles/ batch.
mkdir -p "$T/work/articles"
cp "$SAMPLE" "$T/work/articles/"
cp "$top_srcdir/data/claim-rules" "$T/work/my-rules"
cp "$SAMPLE" "$T/work/new.txt"
cp "$top_srcdir/tests/cli/fixtures/readability/ars-1/source.html" \
    "$T/work/story.html"
printf 'A second article\n\nThe city spent 4 million dollars on roads last year, the mayor said.\n' \
    >"$T/work/articles/roads.txt"
# A desk's own labelled sentences, for the learn examples.
{
	printf 'text\tlabel\tgroup\n'
	for w in roads schools bridges parks; do
		printf 'The city spent 2 million dollars on %s in 2024.\t1\ta\n' "$w"
		printf 'Our %s are lovely in spring.\t0\ta\n' "$w"
		printf 'Spending on %s fell 8 percent last year.\t1\tb\n' "$w"
		printf 'What will become of the %s?\t0\tb\n' "$w"
	done
} >"$T/work/labelled.tsv"
cat >"$T/work/published.jsonld" <<'EOF'
[{"@context": "https://schema.org", "@type": "ClaimReview",
  "@id": "https://factdesk.example/checks/kursk",
  "claimReviewed": "More than 3,000 soldiers were killed or wounded in the Kursk region.",
  "reviewRating": {"@type": "Rating", "alternateName": "Mostly true"},
  "url": "https://factdesk.example/checks/kursk",
  "datePublished": "2025-01-14", "author": {"name": "Factdesk"}}]
EOF
section "$PAGE1" EXAMPLES | sed -n 's/^[[:space:]]*\$ //p' >"$T/examples"
check_ "EXAMPLES has commands" test "$(grep -c '' "$T/examples")" -ge 8
PATH="$top_builddir/src:$PATH"
export PATH
sock="cddocs$$"
while IFS= read -r line; do
	case "$line" in
	"claimdesk articles/"*)
		# Opens the review screen: run it in a terminal, then quit.
		"$TMUX_BIN" -L "$sock" -f /dev/null new-session -d -x 120 -y 40 \
		    -c "$T/work" "env TERM=xterm-256color PATH='$PATH' $line; echo EXIT=\$?; sleep 30"
		i=0
		while [ $i -lt 100 ] && ! "$TMUX_BIN" -L "$sock" capture-pane -p |
		    grep -q reviewed; do
			sleep 0.1; i=$((i + 1))
		done
		"$TMUX_BIN" -L "$sock" send-keys q
		i=0
		while [ $i -lt 100 ] && ! "$TMUX_BIN" -L "$sock" capture-pane -p |
		    grep -q 'EXIT='; do
			sleep 0.1; i=$((i + 1))
		done
		check_ "example runs: $line" sh -c \
		    "'$TMUX_BIN' -L '$sock' capture-pane -p | grep -q 'EXIT=0'"
		"$TMUX_BIN" -L "$sock" kill-server 2>/dev/null
		;;
	*)
		(cd "$T/work" && eval "$line") >"$T/ex.out" 2>"$T/ex.err"
		rc=$?
		check_ "example runs: $line (exit $rc: $(head -c 300 "$T/ex.err"))" \
		    test "$rc" -eq 0
		;;
	esac
done <"$T/examples"
for f in report.md disputed.csv claims.json nk-russia-pact.html; do
	check_ "the examples wrote $f" test -s "$T/work/$f"
done

done_
