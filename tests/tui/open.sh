#!/bin/sh
# open.sh: the sample opens side by side, claims focused on the first
# unreviewed claim; the help lists the keys; q gives the terminal back.
. "$(dirname "$0")/lib.sh"

t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
t_has "nk-russia-pact.txt" "title on the status line"
t_wait_re "filter: all · 0/[0-9]+ reviewed · 0 disputed · A:stay · ✓ saved" "status line"
t_has "▶ Claims" "the claims pane has the focus"
t_has "#1 unreviewed" "the first unreviewed claim is selected"
t_eq "$(t_line 1 | grep -c 'Article.*│.*Claims')" 1 "panes side by side at 120 columns"
t_has "Thousands of North Korean soldiers sent to die" "article text"
t_has "no source" "claims without a source say so"
t_wait_re "│·  +1 +Thousands" "claim row: mark, number, text"
# The selected claim is in reverse video in both panes.
t_checks=$((t_checks + 1))
tm capture-pane -p -e -t "s$t_n" | sed -n 2p | grep -q '7m' ||
    t_fail "selected claim not in reverse video"

# Help: every group of the key table; any key closes it.
t_keys '?'
t_wait "any key closes" "help opens"
t_has "j k Down Up" "help: moves"
t_has "v d u" "help: marks"
t_has "/ n N" "help: search"
t_has "p y" "help: earlier verdicts"
t_keys z
t_wait_gone "any key closes" "any key closes the help"
t_ready
t_quit

# With claim 1 reviewed, the selection starts on the next unreviewed one.
"$CLAIMDESK" --db "$DB" mark "$SAMPLE" 1 verified >/dev/null 2>&1 ||
    t_fail "claimdesk mark failed"
t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
t_wait "#2 unreviewed" "first unreviewed claim selected"
t_wait_re "1/[0-9]+ reviewed · 0 disputed" "progress counts the verdict"
t_wait_re "│✓V +1 " "verified mark on claim 1"
t_quit

# No ARTICLE: the picker lists the articles; Enter opens one, q quits.
other="$T/other.txt"
printf 'Second article\n\nThe ministry said 40 percent of the budget went to roads.\n' >"$other"
"$CLAIMDESK" --db "$DB" import "$other" >/dev/null 2>&1 ||
    t_fail "claimdesk import failed"
t_start 100 30 -- review --no-advance
t_wait "pick an article" "the picker"
t_has "2 articles" "both articles listed"
t_has "Second article" "the second article's title"
t_wait_re "1/[0-9]+ reviewed · 0 disputed" "progress of the first article"
t_keys '?'
t_wait "any key closes" "help in the picker"
t_has "open the selected article" "picker keys in its help"
t_has "next / previous article" "j and k move between articles"
t_lacks "previous claim" "nothing of the review screen's claims"
t_keys Escape
t_wait_gone "any key closes"
t_keys j Enter
t_ready
t_wait "Second article" "Enter opens the selected article"
t_wait "The ministry said 40 percent" "its text"
t_keys v
t_wait "claim 1: verified, saved" "a verdict in the picked article"
# q goes back to the list, which shows the new progress; q there quits.
t_keys q
t_wait "pick an article" "q: back to the list"
t_wait_re "Second article.* 1/1 reviewed" "the list shows the verdict just given"
t_wait_re "^ *2 Second article" "the article opened is still selected"
t_keys j
# / filters by title, case aside; Esc shows all again.
t_keys /
t_type "SECOND"
# The list follows the filter as it is typed, before Enter.
t_wait "1 of 2 articles · /SECOND" "the filter in the status line as it is typed"
t_lacks "nk-russia-pact" "filtered out as the filter is typed"
t_keys Enter
t_wait "1 of 2 articles · /SECOND" "the filter in the status line"
t_lacks "nk-russia-pact" "the other article is filtered out"
# Esc while typing clears the filter.
t_keys /
t_type "Z"
t_wait "No title holds the filter" "a filter nothing passes, as it is typed"
t_keys Escape
t_wait "2 articles" "Esc while typing: all of the list again"
t_keys /
t_type "SECOND"
t_keys Enter
t_wait "1 of 2 articles · /SECOND" "the filter set again"
t_keys /
t_type "X"
t_keys Enter
t_wait "No title holds the filter" "a filter nothing passes"
t_keys Escape
t_wait "2 articles" "Esc: all of the list again"
t_wait "nk-russia-pact" "the other article is back"
t_quit "q in the picker"

# Two articles of one title: their files tell them apart; an article with
# a title of its own shows none.
mkdir -p "$T/east"
printf 'Second article\n\nThe port handled 12 million tonnes in 2024.\n' \
    >"$T/east/port.txt"
"$CLAIMDESK" --db "$DB" import "$T/east/port.txt" >/dev/null 2>&1 ||
    t_fail "claimdesk import failed"
t_start 100 30 -- review --no-advance
t_wait "3 articles" "the picker"
# The folders both paths share are left out: where they part shows.
t_wait_re "^ +2 Second article · …/other\.txt " "the first of two titles: its file"
t_wait_re "^ +3 Second article · …/east/port\.txt " "the second: its file"
t_lacks "nk-russia-pact.txt ·" "a title of its own: no file"
t_quit "q in the picker"
# So does "list" on a terminal.
t_start 120 10 -- list
t_wait_re "^ +2  Second article \(…/other\.txt\) " "list: the first twin's file"
t_wait_re "^ +3  Second article \(…/east/…\) " "list: the second's folder, where they part"
t_lacks "nk-russia-pact.txt)" "list: a title of its own, no file"
t_wait "[exit 0]" "list ends"
# Titles too long for the terminal are narrowed, their files kept.
mkdir -p "$T/west"
long="Unemployment falls to 3.7 percent as hiring surges across the whole country"
printf '%s\n\nThe rate fell to 3.7 percent in May.\n' "$long" >"$T/east/jobs.txt"
printf '%s\n\nThe rate fell to 3.7 percent in May, officials said.\n' "$long" \
    >"$T/west/jobs.txt"
"$CLAIMDESK" --db "$DB" import "$T/east/jobs.txt" "$T/west/jobs.txt" >/dev/null 2>&1 ||
    t_fail "claimdesk import failed"
t_start 120 10 -- list
t_wait_re "^ +4  Unemployment .*… \(…/east/…\) " \
    "list: a long title narrowed, its file kept"
t_wait_re "^ +5  Unemployment .*… \(…/west/…\) " \
    "list: the other's"
t_wait "[exit 0]" "list ends"

# A database that cannot be written opens read-only, with a banner, and
# refuses changes. Root writes anything: then claimdesk runs without the
# capability to override file permissions.
ro="$T/ro"
mkdir -p "$ro/home"
cp "$DB" "$ro/db"
chmod 444 "$ro/db"
[ "$(id -u)" -eq 0 ] &&
    T_PREFIX="setpriv --bounding-set=-dac_override,-dac_read_search"
saved_db=$DB saved_home=$HOME
DB="$ro/db" HOME="$ro/home"
t_start 100 30 -- review --no-advance 1
t_wait "READ-ONLY" "read-only banner"
t_wait "read-only database: you can read and search" "read-only message"
t_has "filter: all" "the review screen is up"
t_keys v
t_wait "read-only database: nothing was changed" "v refused"
t_keys a
t_wait "read-only database: nothing was changed" "a refused"
t_keys / ; t_type "Tuva"; t_keys Enter
t_wait "/Tuva" "search works read-only"
t_quit "read-only"
DB=$saved_db HOME=$saved_home T_PREFIX=""

t_done
