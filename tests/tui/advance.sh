#!/bin/sh
# advance.sh: mark-and-advance. A verdict goes on to the next unreviewed
# claim (on by default; A toggles it, --no-advance starts with it off), the
# status line shows the mode, and the whole sample is reviewed with one key
# a claim.
. "$(dirname "$0")/lib.sh"

# The claims as the rules' own weights number them (--model none), so that
# a new model does not move the claims these keys reach.
for size in "80 24" "120 40"; do
	set -- $size
	rm -f "$DB"
	t_start "$1" "$2" -- --model none "$SAMPLE"
	t_ready
	t_wait "A:next" "$1x$2: the status line shows the mode"
	t_wait "#1 unreviewed" "$1x$2: the first claim is selected"
	t_keys v
	t_wait "claim 1: verified, saved; now claim 2 (next unreviewed)" \
	    "$1x$2: v saves, and says where it went"
	t_wait "#2 unreviewed" "$1x$2: v went on to claim 2"
	# The note editor says whose note it edits.
	t_keys a
	t_wait "editing the note of claim 2:" "$1x$2: a edits claim 2's note"
	t_keys Escape
	t_keys d
	t_wait "#3 unreviewed" "$1x$2: d went on to claim 3"
	# Back over reviewed claims: the next one without a verdict, not the
	# next one in the list.
	t_keys g u
	t_wait "claim 1: unsourced, saved" "$1x$2: u on claim 1"
	t_wait "#3 unreviewed" "$1x$2: u skipped claim 2, which has one"
	# From the last claim it goes round to the first without one.
	t_keys G v
	t_wait_re "claim [0-9]+: verified, saved" "$1x$2: v on the last claim"
	t_wait "#3 unreviewed" "$1x$2: round from the last claim"
	# A turns it off: the selection stays.
	t_keys A
	t_wait "after a verdict: stay on the claim" "$1x$2: A says so"
	t_wait "A:stay" "$1x$2: the status line shows it off"
	t_keys v
	t_wait "claim 3: verified, saved" "$1x$2: v with advance off"
	t_wait "#3 verified" "$1x$2: the selection stayed on claim 3"
	t_keys A
	t_wait "after a verdict: the next unreviewed claim" "$1x$2: A again"
	t_wait "A:next" "$1x$2: on again"
	t_quit
done

# --no-advance starts with it off.
rm -f "$DB"
t_start 120 40 -- --model none --no-advance "$SAMPLE"
t_ready
t_wait "A:stay" "--no-advance: off from the start"
t_keys v
t_wait "claim 1: verified, saved" "--no-advance: v saves"
t_wait "#1 verified" "--no-advance: the selection stays"
t_quit

# A stale verdict is next too, and said to be one.
rm -f "$DB"
"$CLAIMDESK" --db "$DB" --model none import "$SAMPLE" >/dev/null
"$CLAIMDESK" --db "$DB" mark 1 2 disputed >/dev/null
t_sql "UPDATE verdict SET stale_text = 'an older text' WHERE claim_id = (SELECT id FROM claim WHERE number = 2)"
t_start 120 40 -- --model none 1
t_ready
t_wait "#1 unreviewed" "stale next: claim 1 selected"
t_keys v
t_wait "claim 1: verified, saved; now claim 2 (next stale: its verdict to confirm)" \
    "stale next: said to be stale, not unreviewed"
t_quit

# The whole sample, one key a claim: after the last one it says every
# claim has a verdict, and the database holds one for each.
rm -f "$DB"
t_start 120 40 -- --model none "$SAMPLE"
t_ready
t_wait_re "0/([0-9]+) reviewed" "the count of claims"
n=$(t_screen | sed -n 's/.* 0\/\([0-9][0-9]*\) reviewed.*/\1/p' | head -n 1)
i=0
while [ "$i" -lt "$n" ]; do
	t_keys v
	i=$((i + 1))
	t_wait "$i/$n reviewed" "claim $i of $n marked with one key"
done
t_wait "every claim in the list has a verdict" "the last verdict says so"
t_eq "$(t_sql "SELECT count(*) FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE v.status = 'verified' AND NOT c.dismissed")" \
    "$n" "$n verdicts saved with $n keys"
t_quit
t_done
