#!/bin/sh
# hostile.sh: escape sequences in an article never reach the terminal (they
# show as placeholders); curly quotes, wide and combining characters show
# as they should.
. "$(dirname "$0")/lib.sh"

art="$T/hostile.txt"
printf 'Hostile article\n\nThe screen is cleared here \033[2J and the title set \033]0;pwned\007 by this text, officials said on Monday.\nA bell \007 rings, a CSI \302\233 appears, an override \342\200\256 reversed, and 30 percent rose in 2024, according to the ministry.\n\342\200\234Curly quotes\342\200\235 and CJK \346\227\245\346\234\254\350\252\236\343\201\256\343\203\206\343\202\255\343\202\271\343\203\210 and \355\225\234\352\265\255\354\226\264 appear.\nCombining: cafe\314\201 and wide \357\274\241\357\274\242\357\274\243 end.\n' >"$art"

t_start 100 30 -- "$art"
title=$(t_format '#{pane_title}')
t_ready
t_wait "^[[2J" "ESC [ 2 J as a placeholder"
t_has "^[]0;pwned^G" "OSC title sequence as placeholders"
t_has "^G rings" "BEL as a placeholder"
t_has "<U+009B>" "C1 CSI as a placeholder"
t_has "<U+202E>" "bidi override as a placeholder"
t_has "Article" "the screen was not cleared by the article"
t_eq "$(t_format '#{pane_title}')" "$title" "pane title unchanged"
t_eq "$(t_format '#{window_name}')" "cd" "window name unchanged"
t_checks=$((t_checks + 1))
tm capture-pane -p -e -t "s$t_n" | grep -q "$(printf '\007')" &&
    t_fail "a BEL reached the terminal"

t_has "“Curly quotes” and CJK 日本語のテキスト and 한국어" "wide text"
t_has "$(printf 'cafe\314\201 and wide ＡＢＣ end.')" \
    "combining and fullwidth characters"
# Wide characters take two columns: the separator stays in its column.
t_checks=$((t_checks + 1))
t_screen | grep "日本語" | grep -q "│" ||
    t_fail "separator lost on the line with wide characters"

# Narrow: the CJK line wraps between two characters (text width 38).
t_resize 40 24
t_ready
t_keys Tab G
t_wait "“Curly quotes” and CJK 日本語のテキス" "CJK row at 40 columns"
t_wait "ト and 한국어 appear." "the next row at 40 columns"
t_quit

# A rule stopped by PCRE2's match limit: the review screen says so as
# "claimdesk import" does, and still shows the claims the others found.
cp "$top_srcdir/data/claim-rules" "$T/slow.rules"
echo 'rule slow hedge 10 (a+)+$' >>"$T/slow.rules"
{
	printf 'Backtracking\n\nThe city spent 4 million on roads in 2023, '
	printf 'officials said.\n\n'
	head -c 50000 /dev/zero | tr '\0' a
	printf '!\n'
} >"$T/aaa.txt"
t_start 120 40 -- --rules "$T/slow.rules" "$T/aaa.txt"
t_ready
t_wait "warning: rule slow stopped: match limit exceeded" \
    "the extraction warning on the screen"
t_has "The city spent 4 million" "the other rules' claim is there"
t_quit "slow rule"

# A note of 1 MB (from a script, or an older claimdesk) in the inline
# editor: each key costs what the line shows, not the note's length, and a
# signal ends the screen while it is open.
"${PYTHON3_BIN:-python3}" -c '
import sys
words = ["evidence", "https://example.org/p", "figure", "ledger", "\u00e9t\u00e9"]
out, n = [], 0
while n < 1000000:
    w = words[len(out) % len(words)]
    out.append(w)
    n += len(w) + 1
open(sys.argv[1], "w").write(" ".join(out))
' "$T/note.txt"
"$CLAIMDESK" --db "$DB" mark "$T/aaa.txt" 1 verified >/dev/null
t_sql "UPDATE verdict SET note = CAST(readfile('$T/note.txt') AS TEXT)
    WHERE claim_id = (SELECT claim_id FROM history ORDER BY id DESC LIMIT 1)"
t_start 120 40 -- --rules "$T/slow.rules" "$T/aaa.txt"
t_ready
t_keys g a
t_wait "note:" "the inline editor on a 1 MB note"
t_type "ZQX"
t_wait "ZQX" "keys typed at its end show"
t_keys Home
t_type "WVY"
t_wait "WVYevidence https://example.org/p" "and at its start"
t_keys End Left Left
t_type "K"
t_wait "ZKQX" "and inside it"
kill -s TERM "$(t_pid)"
t_wait "[exit 143]" "SIGTERM with the editor open ends it"
t_restored "after SIGTERM in the editor"

t_done
