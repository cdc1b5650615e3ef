#!/bin/sh
# keys.sh: search, filter, a manual claim, drop, undo, the inline editor and
# $EDITOR, each on the real screen and in the database.
. "$(dirname "$0")/lib.sh"

# A scripted editor: it adds a line to the note file it is given.
editor="$T/editor.sh"
printf '#!/bin/sh\nprintf "From the editor: “ok” 日本\\n" >>"$1"\n' >"$editor"
chmod +x "$editor"

# The claims are numbered as the rules' own weights make them (--model
# none), so that a new model does not move the claims these keys reach.
t_start 120 40 "EDITOR=$editor" -- --model none "$SAMPLE"
t_ready

# Search: the claim holding the match is selected; n goes round.
t_keys /
t_type Tuva
t_keys Enter
t_wait "/Tuva" "search message"
t_wait "#4 unreviewed" "the claim with the match is selected"
t_has "Tuva People’s Republic" "the match is in view"
t_keys n
t_wait "/Tuva  (from the top)" "n goes round"
t_keys N
t_wait "/Tuva  (from the end)" "N goes round"
t_keys / ; t_type zzqq; t_keys Enter
t_wait "not found: zzqq" "no match"

# Filter: all -> unreviewed -> verified -> disputed -> unsourced -> all.
t_keys g v
t_wait "claim 1: verified"
t_keys f
t_wait "filter: unreviewed" "f: unreviewed"
t_wait "Claims · unreviewed" "pane header shows the filter"
t_lacks "│✓V  1 " "a verified claim is not in the unreviewed list"
t_keys f
t_wait_re "filter: verified \(1 claim\)" "f: verified"
t_keys f f
t_wait "filter: unsourced (0 claims)" "f: unsourced"
t_has "no claims match the filter" "empty list says so"
t_keys f
t_wait "filter: stale (0 claims)" "f: stale"
t_keys f
t_wait "filter: dropped (0 claims)" "f: dropped"
t_keys f
t_wait "filter: all" "f: all again"

# Drop a claim and bring it back.
t_keys g j
t_wait "#2 unreviewed"
t_keys x
t_wait "claim 2 dropped from the panel, saved" "x"
t_wait_re "[0-9]+/([0-9]+) reviewed" "progress after the drop"
t_eq "$(t_sql "SELECT dismissed FROM claim ORDER BY start LIMIT 1 OFFSET 1")" 1 \
    "dropped claim kept in the database"
t_keys U
t_wait "undone: claim 2 is back in the panel, saved" "U after x"
t_eq "$(t_sql "SELECT dismissed FROM claim ORDER BY start LIMIT 1 OFFSET 1")" 0 \
    "undone in the database"

# A manual claim from the sentence at the article cursor.
t_keys m
t_wait "m works in the article pane" "m needs the article pane"
t_keys Tab G
t_wait "▶ Article" "article pane focused"
t_keys m
t_wait_re "claim [0-9]+ added, saved" "m makes a claim"
t_eq "$(t_sql "SELECT count(*) FROM claim WHERE origin = 'manual'")" 1 \
    "manual claim stored"
t_keys m
t_wait_re "that sentence is claim [0-9]+ already" "m twice"
t_keys U
t_wait_re "undone: claim [0-9]+ \(made by hand\) is dropped again" "U after m"
t_eq "$(t_sql "SELECT dismissed FROM claim WHERE origin = 'manual'")" 1 \
    "manual claim undone"

# The inline editor: by character, wide characters, Home/End, Esc.
t_keys Tab g a
t_wait "editing the note" "a opens the editor"
t_type "日本 note"
t_keys Home
t_type ">"
t_keys End BSpace BSpace Left Left DC
t_type "X"
t_wait "note: >日本 Xo" "editing by character"
t_keys Escape
t_wait "note not changed" "Esc cancels"
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE note <> ''")" 0 \
    "nothing saved on Esc"

# $EDITOR: the terminal is handed over and taken back; the note saved.
t_keys E
t_wait "claim 1: note saved" "E saves the editor's note"
t_wait "note: From the editor: “ok” 日本" "note shown"
t_ready
t_eq "$(t_sql "SELECT note FROM verdict WHERE note <> ''")" \
    "From the editor: “ok” 日本" "editor's note stored"
t_keys U
t_wait "claim 1 has no note again" "U after E: no note before it"

t_keys p
t_wait_re "claim [0-9]+: no earlier verdicts" "p without matches"
t_keys '~'
t_wait "unknown key" "unknown keys are said so"
t_quit

# Mouse, as xterm reports it (SGR): a click in the claims pane selects that
# row's claim; a click in the article selects the claim under it; the wheel
# scrolls the article.
t_start 120 40 -- --model none "$SAMPLE"
t_ready
t_type "$(printf '\033[<0;90;6M\033[<0;90;6m')"
t_wait "#5 unreviewed" "click in the claims pane"
t_type "$(printf '\033[<0;10;2M\033[<0;10;2m')"
t_wait "#1 " "click in the article"
t_wait "▶ Article" "the click focuses the article"
t_type "$(printf '\033[<65;10;10M')"
t_wait_re "Article +[1-9][0-9]?%" "the wheel scrolls the article"
t_quit

t_done
