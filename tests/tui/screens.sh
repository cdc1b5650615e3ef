#!/bin/sh
# screens.sh: the main layouts compared whole with golden captures (review at
# 120x40 and 80x24, the help, the picker, the earlier verdicts), and the keys
# that move by pages, arrows, ^L and a resize with an overlay open.
# CLAIMDESK_UPDATE_GOLDEN=1 make check TESTS=tests/tui/screens.sh rewrites
# the golden files in tests/tui/golden/.
. "$(dirname "$0")/lib.sh"

cdesk() {
	"$CLAIMDESK" --db "$DB" --reviewer tester "$@"
}

# Two articles, one claim seen before: the earlier verdict is on the first.
printf '%s\n' "Harbour town budget" "" \
    "The harbour council spent 4.2 million euros on the sea wall, the audit found." "" \
    "The mayor said that 3,100 residents signed the petition against the new car park." \
    >"$T/harbour.txt"
printf '%s\n' "Car park row" "" \
    "According to the mayor, the petition against the new car park was signed by 3,100 residents." \
    >"$T/carpark.txt"
cdesk import "$SAMPLE" "$T/harbour.txt" >/dev/null || t_fail "import"
cdesk mark "$T/harbour.txt" 2 disputed --note "Records show 2,870." \
    >/dev/null || t_fail "mark"
cdesk import "$T/carpark.txt" >/dev/null || t_fail "import the new one"

# The review screen, side by side.
t_start 120 40 -- "$SAMPLE"
t_ready
t_golden review-120x40

# Pages and arrows in the claims pane, then in the article.
# PgDn goes to the last claim: the shipped model decides how many there are.
n=$(cdesk extract --format tsv "$SAMPLE" | tail -n +2 | grep -c '')
t_keys NPage
t_wait "#$n unreviewed" "PgDn: the last claim ($n claims, 36 rows)"
t_keys PPage
t_wait "#1 unreviewed" "PgUp: the first claim"
t_keys Down Down
t_wait "#3 unreviewed" "Down twice"
t_keys Up
t_wait "#2 unreviewed" "Up"
t_keys Tab
t_wait "▶ Article" "article pane"
t_keys NPage
t_wait_re "^▶ Article +[1-9][0-9]?% │" "PgDn scrolls the article"
t_lacks "Thousands of North Korean soldiers sent to die" "the first line scrolled away"
t_keys PPage
t_wait "Thousands of North Korean soldiers sent to die" "PgUp back to the top"
t_keys Tab g
t_wait "#1 unreviewed" "back in the claims pane"
t_keys C-l
t_golden review-120x40

# The help over it, and a resize with the help open.
t_keys '?'
t_wait "keys: any key closes this"
t_golden help-120x40
t_resize 80 24
t_wait "any other key closes" "help still open after a resize"
t_golden help-80x24
# At 80x24 the help is taller than the screen: its long lines wrap, the
# moves scroll it to the last key, and any other key closes it.
t_has "unsourced (again: clears;" "help: a long line wraps"
t_has "more below" "help: says there is more"
t_lacks "quit, or back to the list" "help: the last key is below"
t_keys G
t_wait "quit, or back to the list" "help: G scrolls to the last key"
t_lacks "more below" "help: nothing more below the last key"
t_keys k
t_wait "more below" "help: k scrolls back a row"
t_keys g
t_wait "next / previous claim" "help: g scrolls back to the top"
t_keys q
t_wait_gone "any other key closes" "any other key closes the help"
# Wide and short, the help takes two columns and fits: a move closes it
# as any key does.
t_resize 200 24
t_keys '?'
t_wait "keys: any key closes this" "200x24: the help in two columns"
t_has "quit, or back to the list" "200x24: all of it shows"
t_keys j
t_wait_gone "keys: any key closes this" "200x24: j closes a help that fits"
t_resize 80 24

# The stacked layout.
t_ready
t_golden review-80x24
t_quit "review"

# The earlier verdicts on the claim seen before, and a resize with them open.
t_start 120 40 -- "$T/carpark.txt"
t_ready
t_keys p
t_wait "earlier verdicts on claim 1"
t_golden earlier-120x40
t_resize 100 30
t_wait "earlier verdicts on claim 1" "list still open after a resize"
t_golden earlier-100x30
t_keys Escape
t_wait_gone "earlier verdicts on claim" "Esc closes it"
t_quit "earlier"

# The picker.
t_start 120 40 -- review
t_wait "pick an article"
t_golden picker-120x40
t_keys Down Down
t_keys Enter
t_ready
t_wait "Car park row" "Enter opens the picked article"
t_keys q
t_wait "pick an article" "q: back to the list"
t_golden picker-120x40
t_quit "picker"

# The picker at 80x24, its filter being typed: the list follows it.
t_start 80 24 -- review
t_wait "pick an article"
t_keys /
t_type "car"
t_wait "1 of 3 articles" "the filter as it is typed"
t_golden picker-filter-80x24
t_keys Enter
t_wait "1 of 3 articles · /car" "Enter keeps the filter"
t_wait "j/k move" "Enter ends the typing"
t_quit "picker filtered"

t_done
