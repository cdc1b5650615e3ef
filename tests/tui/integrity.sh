#!/bin/sh
# integrity.sh: what the screen shows is what is saved: a paste is text,
# never keys; two reviewers see each other's verdicts and never write over
# them; undo works across sessions and never undoes another's change; the
# dropped claims have a filter; a stale verdict shows as such.
. "$(dirname "$0")/lib.sh"

# --- A paste is text (bracketed paste) ---------------------------------------

t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
# Outside an editor a paste is refused whole: its keys do nothing.
tm set-buffer -b p1 "vvdfx"
tm paste-buffer -p -b p1 -t "s$t_n"
t_wait "a paste is text, not keys" "a paste outside an editor"
t_wait "#1 unreviewed" "no key of the paste ran"
t_has "filter: all" "the filter unchanged"
t_eq "$(t_sql "SELECT count(*) FROM history")" 0 "nothing saved by the paste"
# In the note editor: text, its line breaks kept.
t_keys a
t_wait "editing the note" "a opens the editor"
tm set-buffer -b p2 "$(printf 'first line\nv\nd third line')"
tm paste-buffer -p -b p2 -t "s$t_n"
t_wait "note: first line↵v↵d third line" "the paste is in the editor"
t_keys Enter
t_wait "claim 1: note saved"
t_eq "$(t_sql "SELECT note FROM verdict")" "$(printf 'first line\nv\nd third line')" \
    "the note keeps its line breaks"
t_eq "$(t_sql "SELECT status FROM verdict")" unreviewed "no verdict from the paste"
t_wait "#1 unreviewed · " "still unreviewed"
t_has "· note by tester" "a note alone is named as the note's, not a review"
# A paste too long for the editor is refused whole, never cut.
t_keys a
t_wait "editing the note"
head -c 100000 /dev/zero | tr '\0' x >"$T/big"
tm load-buffer -b p3 "$T/big"
tm paste-buffer -p -b p3 -t "s$t_n"
t_wait "refused whole" "a long paste refused"
t_keys Escape
t_wait "note not changed"
t_eq "$(t_sql "SELECT length(note) FROM verdict")" 25 "the note as it was"
t_quit "paste"

# --- Undo across sessions, the dropped filter --------------------------------

t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
t_keys g v
t_wait "claim 1: verified, saved"
t_keys j x
t_wait "claim 2 dropped from the panel, saved"
t_quit "before reopening"
t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
t_keys f f f f f f
t_wait "filter: dropped (1 claim)" "the dropped filter lists it"
# Claim 2's first words, whatever the shipped model makes the claims.
two=$(t_sql "SELECT substr(text, 1, 20) FROM claim WHERE number = 2")
t_wait_re "│· +2 +$two" "the dropped claim in its list"
t_keys f
t_wait "filter: all"
t_keys U
t_wait "undone: claim 2 is back in the panel, saved" "undo after reopening"
t_keys U
t_wait "undone: claim 1 is unreviewed again, saved" "and the change before it"
t_keys U
t_wait "undone: claim 1 has no note again, saved" "and the note: none before"
t_wait_re "#1 unreviewed · no source ─" "no verdict, no note: nobody's claim"
t_keys U
t_wait "nothing of yours to undo" "down to the first change"
t_quit "undo"

# --- Two reviewers on one article --------------------------------------------

# s_a and s_b: alice's and bob's screens side by side on the database.
for who in alice bob; do
	tm new-session -d -s "$who" -x 120 -y 40 "env TERM=$T_TERM LC_ALL=C.UTF-8 HOME='$HOME' '$CLAIMDESK' --db '$DB' --reviewer $who review --no-advance 1; sleep 3600" \; set-option -g status off
done
screen_of() {
	tm capture-pane -p -t "$1"
}
# wait_in SESSION TEXT WHAT
wait_in() {
	t_checks=$((t_checks + 1))
	_end=$(($(date +%s) + T_TIMEOUT))
	while [ "$(date +%s)" -le "$_end" ]; do
		screen_of "$1" | grep -Fq -- "$2" && return 0
		sleep 0.1
	done
	t_fail "$3: no \"$2\" on $1's screen"
	screen_of "$1" >&2
	return 1
}
pid_of() {
	tm display-message -p -t "$1" '#{pane_pid}' | xargs pgrep -P
}
wait_in alice "reviewed" "alice's screen"
wait_in bob "reviewed" "bob's screen"
tm send-keys -t alice g v
wait_in alice "claim 1: verified, saved" "alice marks"
start=$(date +%s)
wait_in bob "alice: claim 1 verified" "bob is told within a second"
t_eq "$(($(date +%s) - start <= 2))" 1 "in about a second"
wait_in bob "│✓V  1 " "bob's screen shows alice's verdict"

# Bob acts on a screen that does not know yet: his change is refused, never
# written over alice's. (His screen is stopped while alice changes claim 2;
# his key waits in the terminal.)
tm send-keys -t bob g j
wait_in bob "#2 unreviewed" "bob on claim 2"
bpid=$(pid_of bob)
kill -STOP "$bpid"
tm send-keys -t alice j u
wait_in alice "claim 2: unsourced, saved" "alice marks claim 2"
tm send-keys -t bob d
kill -CONT "$bpid"
wait_in bob "not saved: claim 2 was changed by alice" "bob's change refused, naming alice"
wait_in bob "│?U  2 " "bob's screen shows what is saved"
# What his screen shows is what is saved: the refusal is told, but
# nothing waits unsaved, and the mark says so.
wait_in bob "✓ saved" "the mark after a refused change: saved"
t_eq "$(t_sql "SELECT v.status FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.number = 2")" \
    unsourced "alice's verdict kept"
# Now that bob sees it, his change goes through; alice is told.
tm send-keys -t bob d
wait_in bob "claim 2: disputed, saved" "bob's change on what he sees"
wait_in alice "bob: claim 2 disputed" "alice is told"
# Alice's undo never undoes bob's change: she is told her last change is
# his now, nothing undone; U again passes over it to her own before it.
tm send-keys -t alice U
wait_in alice "claim 2, your last change, is bob's now: U again undoes your change before it (claim 1)" \
    "alice's undo: told first, and what U again does"
t_eq "$(t_sql "SELECT v.status FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.number = 1")" \
    verified "nothing undone yet"
tm send-keys -t alice U
wait_in alice "undone: claim 1 is unreviewed again (claim 2 passed over: bob changed it since), saved" "U again passes over bob's change"
t_eq "$(t_sql "SELECT v.status FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.number = 2")" \
    disputed "bob's verdict kept"
# Nothing of hers left but what bob changed: said, as no failure.
tm send-keys -t alice U
wait_in alice "U: claim 2 was changed by bob at" "nothing left to undo: said"
wait_in alice "✓ saved" "and not as a change not saved"
# Bob is told of alice's undo before carol's change comes (else one
# notice tells of both: "other reviewers").
wait_in bob "alice: claim 1 unreviewed again (a change undone)" "bob is told of alice's undo, as one"
# Bob undoes his change on claim 2: alice's verdict is back, and so is
# her change to undo, as though bob had never changed it.
tm send-keys -t bob U
wait_in bob "undone: claim 2 is unsourced again, saved" "bob undoes his change on claim 2"
wait_in alice "bob: claim 2 unsourced again (a change undone)" "alice is told"
tm send-keys -t alice U
wait_in alice "undone: claim 2 is unreviewed again, saved" "alice's change is hers to undo again"
t_eq "$(t_sql "SELECT v.status FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.number = 2")" \
    unreviewed "claim 2 as before alice marked it"
wait_in bob "alice: claim 2 unreviewed again (a change undone)" "bob is told of it"
# A drop undone is told as the claim back, not "back ... again".
tm send-keys -t bob x
wait_in bob "claim 2 dropped from the panel, saved" "bob drops claim 2"
wait_in alice "bob: claim 2 dropped" "alice is told of the drop"
tm send-keys -t bob U
wait_in alice "bob: claim 2 back in the panel (a change undone)" "alice is told it is back"
# Bob writes a note while carol gives claim 1 a verdict and a note: his
# is refused, never written over hers, and what he wrote is still in his
# editor; saved once he sees hers. The verdict stays carol's: she gave it.
note1() {
	t_sql "SELECT v.note || '/' || v.reviewer FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.number = 1"
}
tm send-keys -t bob g a
wait_in bob "editing the note" "bob edits claim 1's note"
tm send-keys -t bob -l "bob's evidence"
wait_in bob "note: bob's evidence" "bob's text in the editor"
"$CLAIMDESK" --db "$DB" --reviewer carol mark 1 1 verified --note "carol's evidence" >/dev/null
wait_in bob "carol: claim 1 verified, note changed" "bob is told of her verdict and her note"
# The notice keeps the editor's keys beside it, and stays while he types.
t_checks=$((t_checks + 1))
screen_of bob | grep -Eq "carol: claim 1 verified, note changed +Enter saves  Esc cancels" ||
    t_fail "the notice hides the editor's keys"
tm send-keys -t bob -l "!"
wait_in bob "note: bob's evidence!" "bob types on"
t_checks=$((t_checks + 1))
screen_of bob | grep -Fq "carol: claim 1 verified, note changed" ||
    t_fail "the notice went at the next key typed"
tm send-keys -t bob BSpace
_end=$(($(date +%s) + T_TIMEOUT))
while screen_of bob | grep -Fq "bob's evidence!" &&
    [ "$(date +%s)" -le "$_end" ]; do
	sleep 0.1
done
t_checks=$((t_checks + 1))
screen_of bob | grep -Fq "bob's evidence!" && t_fail "bob takes it back"
tm send-keys -t bob Enter
# Who wrote the note he would write over, and what it says.
wait_in bob "not saved: carol wrote claim 1's note: \"carol's evidence\" (Enter saves yours over it)" \
    "bob's note refused, naming carol, showing hers"
wait_in bob "your note, not saved: bob's evidence" "his text kept in the editor"
t_eq "$(note1)" "carol's evidence/carol" "carol's note kept"
tm send-keys -t bob Enter
wait_in bob "claim 1: note saved" "saved against what he sees now"
t_eq "$(note1)" "bob's evidence/carol" "bob's note, the verdict still carol's"
# The article imported again while bob writes: his note waits in the
# editor, on claim 1 as it is now, and is saved there.
sed 's/global repercussions/worldwide repercussions/' "$SAMPLE" >"$T/pact-edit.txt"
tm send-keys -t bob g a C-u
wait_in bob "editing the note" "bob edits claim 1's note again"
tm send-keys -t bob -l "bob's second note"
wait_in bob "note: bob's second note" "bob's text in the editor"
"$CLAIMDESK" --db "$DB" --reviewer carol import --as 1 "$T/pact-edit.txt" >/dev/null
t_eq "$(t_sql "SELECT max(number) FROM revision")" 2 "imported again"
sleep 1.5
tm send-keys -t bob Enter
wait_in bob "your note, not saved: bob's second note" "his text kept, on the new revision"
tm send-keys -t bob Enter
wait_in bob "claim 1: note saved" "saved on the claim as it is now"
t_eq "$(t_sql "SELECT v.note FROM verdict v JOIN claim c ON c.id = v.claim_id JOIN current_revision r ON r.id = c.revision_id WHERE c.number = 1")" \
    "bob's second note" "on the new revision's claim 1"
# What could not be saved, let go with Esc: nothing is unsaved any more,
# and the mark says so.
tm send-keys -t bob g a C-u
wait_in bob "editing the note" "bob edits claim 1's note a third time"
tm send-keys -t bob -l "bob's third note"
wait_in bob "note: bob's third note" "bob's text in the editor"
"$CLAIMDESK" --db "$DB" --reviewer carol mark 1 1 disputed --note "carol's second look" >/dev/null
wait_in bob "carol: claim 1 disputed, note changed" "bob is told of carol's verdict and note"
tm send-keys -t bob Enter
wait_in bob "your note, not saved: bob's third note" "his text kept again"
wait_in bob "NOT SAVED" "the mark: not saved"
tm send-keys -t bob Escape
wait_in bob "note not changed: what you wrote is let go" "Esc lets it go"
t_checks=$((t_checks + 1))
screen_of bob | grep -Fq "NOT SAVED" &&
    t_fail "the mark still says NOT SAVED once nothing is unsaved"
wait_in bob "✓ saved" "the mark: saved"
# A verdict alone, given while he writes, leaves his note as it was: the
# note is saved on the claim as his screen shows it, the verdict carol's.
tm send-keys -t bob g a C-u
wait_in bob "editing the note" "bob edits claim 1's note a fourth time"
tm send-keys -t bob -l "bob's fourth note"
wait_in bob "note: bob's fourth note" "bob's text in the editor"
"$CLAIMDESK" --db "$DB" --reviewer carol mark 1 1 unsourced >/dev/null
wait_in bob "carol: claim 1 unsourced" "bob is told of carol's verdict"
tm send-keys -t bob Enter
wait_in bob "claim 1: note saved" "his note saved over a verdict alone"
t_eq "$(t_sql "SELECT v.status || '/' || v.note || '/' || v.reviewer FROM verdict v JOIN claim c ON c.id = v.claim_id JOIN current_revision r ON r.id = c.revision_id WHERE c.number = 1")" \
    "unsourced/bob's fourth note/carol" "bob's note, the verdict carol's"
# But a note by another meanwhile is never written over, whatever comes
# after it: here a verdict alone on the claim, then a change elsewhere.
tm send-keys -t bob g a C-u
wait_in bob "editing the note" "bob edits claim 1's note a fifth time"
tm send-keys -t bob -l "bob's fifth note"
wait_in bob "note: bob's fifth note" "bob's text in the editor"
"$CLAIMDESK" --db "$DB" --reviewer carol mark 1 1 unsourced --note "carol's third look" >/dev/null
wait_in bob "carol: claim 1 note changed" "bob is told of carol's note"
"$CLAIMDESK" --db "$DB" --reviewer dave mark 1 1 verified >/dev/null
wait_in bob "dave: claim 1 verified" "bob is told of dave's verdict"
"$CLAIMDESK" --db "$DB" --reviewer dave mark 1 5 verified >/dev/null
wait_in bob "dave: claim 5 verified" "and of a change elsewhere"
tm send-keys -t bob Enter
wait_in bob "your note, not saved: bob's fifth note" "bob's note refused over carol's"
t_eq "$(t_sql "SELECT v.note FROM verdict v JOIN claim c ON c.id = v.claim_id JOIN current_revision r ON r.id = c.revision_id WHERE c.number = 1")" \
    "carol's third look" "carol's note kept"
tm send-keys -t bob Escape
wait_in bob "note not changed: what you wrote is let go" "Esc lets it go"
# A source another sets is told as one, not as a bare name.
tm send-keys -t alice g s C-u
wait_in alice "editing the source" "alice edits claim 1's source"
tm send-keys -t alice -l "Harbour Authority"
tm send-keys -t alice Enter
wait_in alice "claim 1: source set, saved" "alice sets the source"
wait_in bob "alice: claim 1 source set to Harbour Authority" \
    "bob is told of the source"
"$CLAIMDESK" --db "$DB" --reviewer carol import --as 1 "$SAMPLE" >/dev/null
tm send-keys -t alice q
tm send-keys -t bob q
tm kill-session -t alice
tm kill-session -t bob

# --- A source set by hand ----------------------------------------------------

t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
t_keys g s
t_wait "editing the source of claim 1: Enter saves" "s opens the source editor"
t_keys C-u
t_type "Ministry of Defence"
t_keys Enter
t_wait "claim 1: source set, saved" "s sets the source"
t_wait_re "#1 [a-z]+ · Ministry of Defence" "the claim's line shows it"
t_eq "$(t_sql "SELECT source || '/' || source_edited FROM claim WHERE number = 1
    AND revision_id = (SELECT max(id) FROM revision WHERE article_id = 1)")" \
    "Ministry of Defence/1" "saved as set by hand"
t_keys s C-u Enter
t_wait "claim 1: no source, saved" "an empty source is none"
t_wait_re "#1 [a-z]+ · no source" "the line says so"
t_keys U
t_wait "undone: claim 1 has its old source again, saved" "U undoes it"
t_wait_re "#1 [a-z]+ · Ministry of Defence" "the source is back"
t_keys s Escape
t_wait "source not changed" "Esc leaves it"
# "Name (role)": the role kept apart, and shown in the editor again.
t_keys s C-u
t_type "Bellingcat (open-source investigators)"
t_keys Enter
t_wait "claim 1: source set, saved" "a source with its role"
t_eq "$(t_sql "SELECT source || '/' || source_role FROM claim WHERE number = 1
    AND revision_id = (SELECT max(id) FROM revision WHERE article_id = 1)")" \
    "Bellingcat/open-source investigators" "the role apart from the name"
t_keys s
t_wait "source: Bellingcat (open-source investigators)" \
    "the editor opens on the name and its role"
t_keys Enter
t_wait "source unchanged" "Enter on it changes nothing"
# A bracket left open, or a role with no name: not saved, the text kept in
# the editor to be put right.
t_keys s C-u
t_type "Jane Roe (MP"
t_keys Enter
t_wait "not saved: a '(' that no ')' closes: write Name (role)" "an open bracket refused"
t_wait "your source, not saved: Jane Roe (MP" "the text kept in the editor"
t_keys C-u
t_type "(MP)"
t_keys Enter
t_wait "not saved: a role with no name before it" "a role alone refused"
t_keys Escape
t_wait "source not changed: what you wrote is let go" "Esc lets it go"
t_eq "$(t_sql "SELECT source || '/' || source_role FROM claim WHERE number = 1
    AND revision_id = (SELECT max(id) FROM revision WHERE article_id = 1)")" \
    "Bellingcat/open-source investigators" "the source saved before kept"
# A sentence made a claim gets the source its words give, as an import
# would give it.
t_keys Tab
t_wait "▶ Article" "the article pane"
t_keys /
t_type "This case once again"
t_keys Enter
t_keys m
t_wait_re "claim [0-9]+ added, saved" "m on a quotation with its speaker"
t_eq "$(t_sql "SELECT source || '/' || source_kind || '/' || source_edited
    FROM claim WHERE origin = 'manual' AND dismissed = 0")" \
    "Zelenskijin/person/0" "it has its speaker as its source"
t_keys U
t_wait_re "undone: claim [0-9]+ \(made by hand\) is dropped again"
t_quit "source"

# --- A stale verdict shows as such --------------------------------------------

sed 's/More than 3,000 men/More than 4,000 men/' "$SAMPLE" >"$T/pact.txt"
cp "$SAMPLE" "$T/pact0.txt"
"$CLAIMDESK" --db "$DB.2" import "$T/pact0.txt" >/dev/null
n=$("$SQLITE3" "$DB.2" "SELECT number FROM claim WHERE text LIKE 'More than 3,000%'")
"$CLAIMDESK" --db "$DB.2" mark 1 "$n" verified >/dev/null
"$CLAIMDESK" --db "$DB.2" import --as 1 "$T/pact.txt" >/dev/null
DB="$DB.2"
t_start 120 40 -- review
t_wait "pick an article"
t_wait_re "1/[0-9]+ reviewed · 0 disputed · 1 stale" "the picker counts it"
t_quit "picker"
t_start 120 40 -- review --no-advance 1
t_ready
t_wait "1 stale" "the status line counts it"
t_wait_re "│!V +$n +More than 4,000" "its mark"
t_keys f f f f f
t_wait "filter: stale (1 claim)" "the stale filter"
t_wait "text changed since (stale)" "the detail line says so"
t_wait 'changed: "3,000" → "4,000" · given on: More than' \
    "what changed, and the text it was given on"
t_keys i
t_wait 'Changed since the verdict: "3,000" → "4,000"' \
    "the detail pane says what changed"
t_wait 'Stale: the verdict was given on "More than 3,000 men were killed' \
    "and the whole text it was given on"
t_keys Escape
t_wait_gone "Changed since the verdict:" "the detail pane closed"
t_keys v
t_wait "claim $n: verified on its text as it is now, saved" "v confirms it"
t_wait_gone "1 stale" "no longer stale"
t_keys U
t_wait "undone: claim $n is verified again, stale (its text changed since), saved" \
    "U takes the confirmation back and says the verdict is stale"
t_wait "1 stale" "stale again"
t_keys 0
t_wait "claim $n: unreviewed, saved" "0 on a stale verdict clears it, confirming nothing"
t_keys U
t_wait "1 stale" "undone: stale again"
t_keys v
t_wait_gone "1 stale" "confirmed again"
t_quit "stale"

# Several changes: as many as fit the line under the claims, then how
# many more; the detail pane lists them all.
DB="$T/changes.db"
printf 'Bridge repairs\n\nThe bridge will close for 14 weeks, the council said.\n' >"$T/changes.txt"
"$CLAIMDESK" --db "$DB" import "$T/changes.txt" >/dev/null
"$CLAIMDESK" --db "$DB" --reviewer tester mark 1 1 verified >/dev/null
printf 'Bridge repairs\n\nThe bridge will close for 16 weeks from March, the county council said.\n' >"$T/changes.txt"
t_start 120 40 -- --no-advance "$T/changes.txt"
t_wait 'changed: "14" → "16"; added "from March"; 1 more' \
    "the changes that fit, then how many more"
t_keys i
t_wait 'Changed since the verdict: "14" → "16"; added "from March"; added "county"' \
    "the detail pane lists every change"
t_keys Escape
t_wait_gone "Changed since the verdict:" "the detail pane closed"
t_quit "several changes"

# Opening a changed file says what its verdicts did: stale, then restored
# when the text they were given on is back.
db_kept=$DB
DB="$T/moved.db"
printf 'Bridge repairs\n\nThe bridge will close for 14 weeks, the council said.\n\nRepairs will cost 3 million pounds, officials said.\n' >"$T/bridge.txt"
"$CLAIMDESK" --db "$DB" import "$T/bridge.txt" >/dev/null
"$CLAIMDESK" --db "$DB" --reviewer tester mark 1 1 verified >/dev/null
sed 's/14 weeks/16 weeks/' "$T/bridge.txt" >"$T/bridge.new" && mv "$T/bridge.new" "$T/bridge.txt"
t_start 120 40 -- --no-advance "$T/bridge.txt"
t_wait "revision 2: 1 now stale (f: stale), 1 verdict carried over" \
    "a changed file: its verdict stale"
t_wait "#1 verified" "a changed file: its stale claim selected first"
# The verdict was given on revision 1: undo does not reach it, and says so.
t_keys U
t_wait "nothing of yours to undo in revision 2 (undo stops where it was imported)" \
    "U after an import says why nothing is undone"
t_quit "changed file"
sed 's/16 weeks/14 weeks/' "$T/bridge.txt" >"$T/bridge.new" && mv "$T/bridge.new" "$T/bridge.txt"
t_start 120 40 -- --no-advance "$T/bridge.txt"
t_wait "revision 3: 1 no longer stale, 1 verdict carried over" \
    "its text back: no longer stale"
t_lacks "1 stale" "and not counted stale"
t_quit "text back"
# A copy of an earlier revision opens the article as it is now, with its
# text now: "16 weeks" was revision 2, the article says 14 again.
sed 's/14 weeks/16 weeks/' "$T/bridge.txt" >"$T/bridge-old.txt"
t_start 120 40 -- --no-advance "$T/bridge-old.txt"
t_wait "the same text as revision 2 of article 1" "an earlier revision's copy: said"
t_wait "close for 14 weeks" "the article's text as it is now"
t_lacks "16 weeks" "not the copy's text"
t_quit "earlier revision's copy"
t_eq "$("$CLAIMDESK" --db "$DB" list | grep -c '^ *[0-9]')" 1 "no new article"
# Imported again elsewhere with the claim's sentence gone: the verdict has
# no place in the new revision, and the screen says so.
t_start 120 40 -- --no-advance 1
t_ready
printf 'Bridge repairs\n\nTraffic will use the old road until March.\n' \
    >"$T/bridge-gone.txt"
"$CLAIMDESK" --db "$DB" import --as 1 "$T/bridge-gone.txt" >/dev/null
t_wait "1 verdict with no place in it (orphans: see claimdesk export)" \
    "an import elsewhere leaves a verdict no place: said"
t_wait "· 1 orphan ·" "the status line counts it"
t_quit "orphaned"
# Opened again, the status line still counts it.
t_start 120 40 -- --no-advance 1
t_ready
t_wait "· 1 orphan ·" "opened again: the orphan counted"
t_quit "orphan counted"

# An import elsewhere leaves out the claim selected: the selection moves to
# the claim nearest its place, and the next verdict key saves nothing on a
# claim the reviewer did not choose; the key again does.
DB="$T/selection.db"
printf '%s\n' "Port report" "" "The port moved 3 million tonnes in 2024." "" \
    "It hired 40 staff in 2023." "" "Ships waited 9 days in May." >"$T/port.txt"
"$CLAIMDESK" --db "$DB" import "$T/port.txt" >/dev/null
t_start 120 40 -- --no-advance "$T/port.txt"
t_ready
t_keys j
t_wait "#2 unreviewed" "claim 2 selected"
sed 's/40 staff/45 staff/' "$T/port.txt" >"$T/port.new" && mv "$T/port.new" "$T/port.txt"
"$CLAIMDESK" --db "$DB" import "$T/port.txt" >/dev/null
t_wait "the article was imported again: revision 2 shows now" "the new revision shown"
t_wait "#4 unreviewed" "the edited claim, a new one, selected in its place"
t_keys v
t_wait "nothing saved: claim 2 changed meanwhile, claim 4 is selected now (the key again works on it)" \
    "the key after the move saves nothing"
t_eq "$(t_sql "SELECT count(*) FROM history WHERE field = 'status'")" 0 \
    "no verdict saved"
t_keys v
t_wait "claim 4: verified, saved" "the key again marks the claim selected"
# Its text changed by an import, the claim selected keeps its verdict,
# stale: a key confirms it only once the new text is on the screen.
sed 's/45 staff/47 staff/' "$T/port.txt" >"$T/port.new" && mv "$T/port.new" "$T/port.txt"
"$CLAIMDESK" --db "$DB" import "$T/port.txt" >/dev/null
t_wait "the article was imported again: revision 3 shows now" "revision 3 shown"
t_wait "#4 verified" "the claim still selected"
t_keys v
t_wait "nothing saved: claim 4 changed meanwhile, its text is new (the key again works on it)" \
    "a stale verdict is not confirmed unseen"
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE stale_text IS NOT NULL")" 1 \
    "still stale"
t_keys v
t_wait "claim 4: verified on its text as it is now, saved" "the key again confirms it"
t_quit "selection moved"
# Dropping a claim that carries another reviewer's verdict takes x twice.
"$CLAIMDESK" --db "$DB" --reviewer alice mark 1 1 disputed >/dev/null
t_start 120 40 -- --no-advance "$T/port.txt"
t_ready
t_keys g
t_wait "#1 disputed" "claim 1 selected"
t_keys x
t_wait "claim 1 has alice's verdict (disputed): x again drops it, with the verdict" \
    "x on alice's verdict asks first"
t_eq "$(t_sql "SELECT dismissed FROM claim c JOIN current_revision r ON r.id = c.revision_id WHERE c.number = 1")" 0 \
    "not dropped yet"
t_keys j k
t_wait "#1 disputed" "back on claim 1"
t_keys x
t_wait "claim 1 has alice's verdict (disputed): x again drops it, with the verdict" \
    "another key between: it asks again"
t_eq "$(t_sql "SELECT dismissed FROM claim c JOIN current_revision r ON r.id = c.revision_id WHERE c.number = 1")" 0 \
    "still not dropped"
t_keys x
t_wait "claim 1 dropped from the panel, saved" "x again drops it"
t_quit "drop another's verdict"

# One's own note, carried on by another's import while one edits it: the
# refusal says what changed, not that one wrote the note oneself.
DB="$T/own-note.db"
printf '%s\n' "Fares" "" "Bus fares rose 8% in 2024, the operator said." "" \
    "The mayor met 40 drivers on Monday, officials said." >"$T/fares.txt"
"$CLAIMDESK" --db "$DB" import "$T/fares.txt" >/dev/null
"$CLAIMDESK" --db "$DB" --reviewer tester mark "$T/fares.txt" 1 clear \
    --note "Fare data" >/dev/null
t_start 120 40 -- --no-advance "$T/fares.txt"
t_ready
t_keys g a
t_wait "editing the note of claim 1" "the note in the editor"
t_type " more"
sed 's/8%/9%/' "$T/fares.txt" >"$T/fares.new" && mv "$T/fares.new" "$T/fares.txt"
"$CLAIMDESK" --db "$DB" --reviewer bob import "$T/fares.txt" >/dev/null
t_wait "1 stale" "the import seen while the editor is open"
t_keys Enter
t_wait "not saved: the article changed while you wrote" "the refusal says what changed"
t_lacks "tester wrote claim 1's note" "not that the reviewer wrote it"
t_keys Enter
t_wait "claim 1: note saved" "Enter again saves it"
t_quit "own note carried on"
DB=$db_kept

# What the screens wrote (pastes, undo across sessions, two reviewers, a
# conflict refused, a stale verdict confirmed) checks whole.
for db in "$T/claimdesk.db" "$DB"; do
	"$CLAIMDESK" --db "$db" check >"$T/check.out" 2>&1
	t_eq "$?" 0 "check after the screens: $(tr '\n' ' ' <"$T/check.out")"
done

t_done
