#!/bin/sh
# resize.sh: reflow on resize; "too small" below 40x10 (never a crash);
# stacked panes below 100 columns.
. "$(dirname "$0")/lib.sh"

t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
t_eq "$(t_line 1 | grep -c 'Article.*│.*Claims')" 1 "side by side at 120x40"

t_resize 30 8
t_wait "terminal too small" "30x8"
t_keys j k v Tab
t_wait "terminal too small" "keys while too small"
t_resize 39 24
t_wait "terminal too small" "39 columns"
t_resize 80 9
t_wait "terminal too small" "9 lines"

t_resize 80 24
t_wait_gone "terminal too small" "back to 80x24"
t_ready
t_eq "$(t_line 1 | grep -c 'Claims')" 0 "stacked at 80x24: article alone on top"
t_wait_re "^▶ Claims" "stacked at 80x24: claims below"
t_has "Thousands of North Korean soldiers sent to die" "article text visible"
t_wait_re "filter: all · 0/[0-9]+ reviewed" "status line at 80x24"
t_eq "$(t_screen | wc -l | tr -d ' ')" 24 "24 lines"

# The smallest size that works still shows both panes and the status.
t_resize 40 10
t_wait_gone "terminal too small" "40x10"
t_wait_re "[0-9]+/[0-9]+ reviewed" "status at 40x10"
t_wait "Claims" "claims pane at 40x10"
t_keys j v
t_wait "claim 2: verified" "keys work at 40x10"

t_resize 120 40
t_wait_re "Article.*│.*Claims" "side by side again"
t_wait "#2 verified" "selection kept across resizes"

# The last claim chosen in a small window, the window made large again:
# the list shows from its first claim, no empty rows under the last.
t_resize 40 10
t_wait_gone "Article.*│.*Claims" "small again"
t_keys G
t_resize 120 40
t_wait_re "Article.*│.*Claims" "large again"
t_wait_re "│·   1 +Thousands of North Korean" "the first claim in view"

# The keys line drops hints by priority as the screen narrows, never
# "? help" or "q quit"; at 120 columns it has room for the rest.
t_keys ^L
t_wait_re "0 clear +a note +E editor +Enter show .*n/N next .* \? help +q quit$" \
    "120 columns: every hint"
for w in 80 60 45; do
	t_resize "$w" 24
	t_wait_re "^v/d/u mark .*\? help +q quit *$" "$w columns: ? help and q quit kept"
	t_eq "$(t_line 24 | grep -c 'Enter show')" 0 "$w columns: the least used dropped"
done
# On a narrow screen the status line keeps whether the change was saved,
# the filter and A: left out first.
t_resize 60 15
t_keys g u
t_wait "claim 1: unsourced, saved" "marked at 60x15"
t_wait_re "2/[0-9]+ reviewed · 0 disputed · A:stay · ✓" "saved shown at 60 columns"
t_lacks "filter: all" "the filter left out"
# But a filter that hides claims stays: the reviewer must know.
t_keys f
t_wait "filter: unreviewed (" "f at 60x15"
t_keys j
t_wait_gone "filter: unreviewed (" "the message gone at the next key"
t_wait "filter: unreviewed · " "a filter that hides claims kept at 60 columns"
# Narrower still, it goes before the saved mark is cut.
t_resize 45 15
t_wait_re "reviewed · ✓ saved *$" "45 columns: the saved mark whole"
t_lacks "filter: unreviewed · " "45 columns: the filter left out"
t_resize 60 15
t_keys f f f f f f
t_wait "filter: all (" "all again"
t_resize 120 40
t_quit

# A window made taller: the article is not left scrolled to its end with
# blank rows below while its start is out of view.
t_start 120 35 -- --no-advance "$SAMPLE"
t_ready
t_keys G
t_wait_re "Article +[1-9][0-9]*% " "the last claim: the view scrolled"
t_resize 200 60
t_wait_re "Article +0% " "taller: the whole article in view from its start"
t_has "Thousands of North Korean soldiers sent to die" "its first sentence shown"
t_quit

t_done
