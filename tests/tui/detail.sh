#!/bin/sh
# detail.sh: the claim detail pane ("i"): the whole claim, its source, the
# verdict with who gave it and when, the whole note wrapped and scrollable;
# "o" opens the note's link with $BROWSER (a script here that records its
# argument: no real browser), a list to choose from when there are several,
# and over SSH copies it with OSC 52 instead. Nothing of the note's control
# characters reaches the terminal.
. "$(dirname "$0")/lib.sh"

PYTHON3="${PYTHON3_BIN:-python3}"

cdesk() {
	"$CLAIMDESK" --db "$DB" --reviewer tester "$@"
}

# The browser: records the link it was given.
cat >"$T/browser" <<'EOS'
#!/bin/sh
printf '%s\n' "$1" >>"$(dirname "$0")/opened"
EOS
chmod +x "$T/browser"

# Claim 1: a note of two paragraphs and two links, long enough to wrap.
# Claim 2: one link. Claim 3: a note with an escape sequence in it.
note1="Ministry figures differ: see https://stats.example.org/reports/2026/casualties-by-region.pdf and (for the earlier count) http://archive.example.net/b?id=7.
Second paragraph of the note, written in the editor: it must show in full, not cut at the first line, however narrow the screen is.
Checked with the desk: 1.
Checked with the desk: 2.
Checked with the desk: 3.
Checked with the desk: 4.
End of note."
cdesk import --model none "$SAMPLE" >/dev/null || t_fail "import"
cdesk mark --note "$note1" "$SAMPLE" 1 disputed >/dev/null ||
    t_fail "mark claim 1"
cdesk mark --note "One source: https://one.example/only." "$SAMPLE" 2 \
    verified >/dev/null || t_fail "mark claim 2"
cdesk mark --note "$(printf 'bell\007 and \033[2J clear; https://esc.example/x\033]0;pwned\007')" \
    "$SAMPLE" 3 unsourced >/dev/null || t_fail "mark claim 3"

# The reasons extract gives for claim 1's sentence, as the pane lists them:
# in words ("rule:attributed" is the rule "attributed"), no model, so the
# rules alone.
why=$(cdesk extract --model none --format json "$SAMPLE" | "$PYTHON3" -c '
import json, sys
for w in json.load(sys.stdin)["sentences"][0]["why"]:
    assert w["feature"].startswith("rule:"), w
    print("the rule \"%s\" \u00b7 %+.2f" % (w["feature"][5:], w["weight"]))')
[ -n "$why" ] || t_fail "extract gives reasons for claim 1"

for size in "80 24" "120 40"; do
	set -- $size
	rm -f "$T/opened"
	t_start "$1" "$2" BROWSER="$T/browser" -- --model none "$SAMPLE"
	t_ready
	t_keys g i
	t_wait "claim 1 · disputed" "$1x$2: i opens the pane"
	t_wait "Thousands of North Korean soldiers sent to die" \
	    "$1x$2: the claim's first words"
	t_wait_re "(^| )business\\. " "$1x$2: ... and its last: the whole claim"
	t_has "Verdict: disputed, by tester" "$1x$2: the verdict, who gave it"
	t_has "Last change: 2025-11-26T12:00:00Z" "$1x$2: when"
	t_has "Source: " "$1x$2: the source line"
	t_has "Why a claim (the strongest reasons):" "$1x$2: the reasons"
	printf '%s\n' "$why" | while IFS= read -r w; do
		t_screen | grep -qF -- "  $w" ||
		    echo "$1x$2: the reason $w is missing" >>"$T/why.fail"
	done
	[ -s "$T/why.fail" ] && t_fail "$(cat "$T/why.fail")"
	t_golden "detail-$1x$2"
	# The end of the note is there, below at 80x24.
	if [ "$1" = 80 ]; then
		t_has "more below" "$1x$2: the pane says there is more"
		t_lacks "Links (o opens" "$1x$2: the links are below"
		t_keys j
		t_wait_gone "Thousands of North Korean" "$1x$2: j scrolls"
	fi
	t_keys G
	t_wait "End of note." "$1x$2: the note in full"
	t_wait "Links (o opens one)" "$1x$2: G shows the end"
	t_wait "2. http://archive.example.net/b?id=7" "$1x$2: the links listed"
	t_keys g
	t_wait "Thousands of North Korean" "$1x$2: g back to the top"
	# Two links: a list; the second one opened.
	t_keys o
	t_wait "2 links in the note" "$1x$2: o lists the links"
	t_wait "Enter open" "$1x$2: the list says Enter opens"
	t_keys j Enter
	t_wait "opened http://archive.example.net/b?id=7" "$1x$2: Enter opens"
	t_eq "$(cat "$T/opened" 2>/dev/null)" "http://archive.example.net/b?id=7" \
	    "$1x$2: the browser got the second link"
	t_keys Escape
	t_wait_gone "claim 1 · disputed" "$1x$2: Esc closes the pane"
	# "o" on the review screen: claim 2 has one link, opened at once.
	t_keys g j
	t_wait "#2 verified" "$1x$2: claim 2"
	t_keys o
	t_wait "opened https://one.example/only" "$1x$2: o opens the one link"
	t_eq "$(tail -n 1 "$T/opened")" "https://one.example/only" \
	    "$1x$2: the browser got it, without the full stop"
	# Claim 3: the escape sequences show as placeholders, never raw.
	t_keys j i
	t_wait "claim 3 · unsourced" "$1x$2: claim 3's pane"
	t_golden "detail-hostile-$1x$2"
	t_wait "^[[2J" "$1x$2: ESC shows as ^["
	t_has "^G" "$1x$2: BEL shows as ^G"
	t_has "pwned" "$1x$2: the text of the sequence shows as text"
	case "$(t_format '#{pane_title}')" in
	*pwned*) t_fail "$1x$2: the note set the window title" ;;
	esac
	t_keys q
	t_wait_gone "claim 3 · unsourced" "$1x$2: q closes the pane"
	# No link: a message says so.
	t_keys j o
	t_wait "no link in the note" "$1x$2: claim 4 has no note"
	t_quit
done

# Over SSH the link is copied with OSC 52 (tmux takes it into a buffer)
# and no browser runs.
rm -f "$T/opened"
t_start 120 40 BROWSER="$T/browser" SSH_CONNECTION="10.0.0.1 4 10.0.0.2 22" \
    -- --model none "$SAMPLE"
t_ready
tm set-option -g set-clipboard on
t_keys g j o
t_wait "copied to the clipboard" "over SSH: o copies"
t_eq "$(tm show-buffer 2>/dev/null)" "https://one.example/only" \
    "over SSH: the terminal got the link by OSC 52"
# The list of links says what Enter does there.
t_keys g i o
t_wait "2 links in the note" "over SSH: o lists the links"
t_wait "Enter copy" "over SSH: the list says Enter copies"
t_lacks "Enter open" "over SSH: not that it opens"
t_keys Escape Escape
t_eq "$(cat "$T/opened" 2>/dev/null)" "" "over SSH: no browser ran"
t_quit

# No BROWSER and no xdg-open: the screen says what to set, not a status.
mkdir -p "$T/nobin"
t_start 120 40 BROWSER= PATH="$T/nobin" -- --model none "$SAMPLE"
t_ready
t_keys g j o
t_wait "no browser to open it (set BROWSER, or install xdg-open): https://one.example/only" \
    "no browser: what to set, said"
t_quit

# A source with a role that has brackets of its own: the pane writes it as
# the panel's status line does, then its kind.
t_sql "UPDATE claim SET source = 'Jane Roe', source_role = 'MP (Lab)', source_kind = 'person' WHERE number = 2"
t_start 120 40 -- --model none "$SAMPLE"
t_ready
t_keys g j
t_wait "Jane Roe (MP (Lab))" "the status line: name (role)"
t_keys i
t_wait "Source: Jane Roe (MP (Lab)) · person" "the pane: the same, and the kind"
t_keys q
t_wait_gone "Source: Jane Roe" "q closes the pane"
t_quit

t_done
