#!/bin/sh
# review.sh: marks and a note made on screen are saved, survive a restart,
# and are what list and export report.
. "$(dirname "$0")/lib.sh"

PYTHON3="${PYTHON3_BIN:-python3}"

t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
t_keys v
t_wait "claim 1: verified, saved"
t_keys j d
t_wait "claim 2: disputed, saved"
t_keys j u
t_wait "claim 3: unsourced, saved"
t_keys j a
t_wait "editing the note" "inline editor open"
t_wait "· ✓ saved" "nothing typed yet: all is saved"
t_type "Checked “twice”: 日本語 ok"
t_wait "note: Checked “twice”: 日本語 ok" "typed text shows"
t_wait "· ✎ not saved yet" "the status does not call a draft saved"
t_lacks "✓ saved" "no saved mark over a draft"
t_keys Enter
t_wait "claim 4: note saved"
t_wait "· ✓ saved" "saved once Enter saved it"
t_wait_re "3/[0-9]+ reviewed · 1 disputed · A:stay · ✓ saved" "progress"
t_wait_re "│✓V +1 " "verified mark"
t_wait_re "│✗D +2 " "disputed mark"
t_wait_re "│\?U +3 " "unsourced mark"
t_wait_re "│· +4 ✎ " "note marker"
t_quit

# Reopen: exactly the same state, the selection on the first unreviewed.
t_start 120 40 -- --no-advance "$SAMPLE"
t_ready
t_wait_re "3/[0-9]+ reviewed · 1 disputed" "progress after reopening"
t_wait_re "│✓V +1 " "verified after reopening"
t_wait_re "│✗D +2 " "disputed after reopening"
t_wait_re "│\?U +3 " "unsourced after reopening"
t_wait "#4 unreviewed" "selection on the first unreviewed"
t_wait "note: Checked “twice”: 日本語 ok" "note after reopening"

# The same key again clears; U brings the verdict back.
t_keys g v
t_wait "claim 1: unreviewed, saved"
t_wait_re "2/[0-9]+ reviewed" "cleared"
t_keys U
t_wait "undone: claim 1 is verified again, saved"
t_keys 0
t_wait "claim 1: unreviewed, saved" "0 clears"
t_keys U
t_wait "claim 1 is verified again"
t_quit

# A change the database refuses (locked by another writer): the message,
# "NOT SAVED", the old state kept; then it works again.
# lock NAME / unlock: another writer holds the database, then lets go.
lock() {
	mkfifo "$T/$1"
	"$SQLITE3" "$DB" <"$T/$1" >/dev/null 2>&1 &
	exec 3>"$T/$1"
	echo "BEGIN EXCLUSIVE; UPDATE article SET id = id;" >&3
}
unlock() {
	echo "ROLLBACK;" >&3
	exec 3>&-
	wait
}
lock lock
t_start 120 40 -- review --no-advance 1
t_ready
t_keys v
T_TIMEOUT=40 t_wait "not saved: " "the store's message"
t_wait "NOT SAVED" "the saved indicator says so"
t_wait "#4 unreviewed" "the old state is kept"
unlock
t_keys v
t_wait "claim 4: verified, saved" "saved once the lock is gone"
t_wait "✓ saved" "indicator back to saved"
t_keys v
t_wait "claim 4: unreviewed, saved"
t_quit

# What the commands see.
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE status <> 'unreviewed'")" 3 \
    "three verdicts in the database"
got=$("$CLAIMDESK" --db "$DB" export --format json | "$PYTHON3" -c '
import json, sys
a = json.load(sys.stdin)["articles"][0]
for c in a["claims"][:4]:
    print(c["claim"], c["status"], c["note"], c["reviewer"], c["note_by"])
')
want="1 verified  tester None
2 disputed  tester None
3 unsourced  tester None
4 unreviewed Checked “twice”: 日本語 ok None tester"
t_eq "$got" "$want" "export --format json"
t_eq "$(t_sql "SELECT count(*) FROM history WHERE origin LIKE 'undo of change %'")" 2 \
    "undo is in the history"

# A note that cannot be saved (the database locked) stays in the editor,
# to be saved with Enter again: nothing typed is lost.
lock lock2
t_start 120 40 -- review --no-advance 1
t_ready
t_keys a
t_wait "editing the note" "the editor on claim 4"
t_keys C-u
t_type "kept while locked"
t_keys Enter
T_TIMEOUT=40 t_wait "not saved: " "the store's message"
t_wait "your note, not saved: kept while locked" "the note waits in the editor"
t_wait "NOT SAVED" "the indicator says so"
unlock
t_keys Enter
t_wait "claim 4: note saved" "saved with Enter once the lock is gone"
t_eq "$(t_sql "SELECT v.note FROM verdict v JOIN claim c ON c.id = v.claim_id
    WHERE c.number = 4 AND c.revision_id = (SELECT max(id) FROM revision
    WHERE article_id = 1)")" "kept while locked" "the note in the database"
t_quit

t_done
