#!/bin/sh
# signals.sh: SIGTERM, SIGHUP and ^C end the screen cleanly, give the
# terminal back and exit by that signal (status 128 + N in the shell);
# NO_COLOR and plain terminals work.
. "$(dirname "$0")/lib.sh"

for sig in TERM:143 HUP:129; do
	status=${sig#*:}
	sig=${sig%:*}
	t_start 100 30 -- --no-advance "$SAMPLE"
	t_ready
	t_keys g v
	t_wait "claim 1:" "a change before SIG$sig"
	kill -s "$sig" "$(t_pid)"
	t_wait "[exit $status]" "SIG$sig ends it, by SIG$sig"
	t_restored "after SIG$sig"
done
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE status = 'verified'")" 0 \
    "v twice: cleared again, nothing lost"

t_start 100 30 -- --no-advance "$SAMPLE"
t_ready
t_keys C-c
t_wait "[exit 130]" "^C ends it, by SIGINT"
t_restored "after ^C"

# The article picker too.
t_start 100 30 -- review --no-advance
t_wait "pick an article" "the picker"
kill -s TERM "$(t_pid)"
t_wait "[exit 143]" "SIGTERM ends the picker, by SIGTERM"
t_restored "after SIGTERM in the picker"

# A signal while the screen is kept from its loop: here a change waiting
# for the lock another process holds, which it would wait for up to 10 s.
# The screen ends at once all the same (within 100 ms; 5 s is the bound
# a loaded machine is given here), gives the terminal back, and the change
# it never showed as saved is not written.
t_start 100 30 -- --no-advance "$SAMPLE"
t_ready
mkfifo "$T/lock.fifo"
"$SQLITE3" "$DB" <"$T/lock.fifo" >"$T/lock.out" 2>&1 &
locker=$!
exec 3>"$T/lock.fifo"
printf "BEGIN IMMEDIATE;\nSELECT 'holding';\n" >&3
i=0
while ! grep -q '^holding$' "$T/lock.out" && [ $i -lt 500 ]; do
	sleep 0.02
	i=$((i + 1))
done
t_keys g v
sleep 0.5
start=$(date +%s)
kill -s TERM "$(t_pid)"
t_wait "[exit 143]" "SIGTERM during a wait for a lock ends it, by SIGTERM"
t_checks=$((t_checks + 1))
[ $(($(date +%s) - start)) -lt 5 ] ||
    t_fail "SIGTERM waited for the lock ($(($(date +%s) - start)) s)"
t_restored "after SIGTERM during a wait for a lock"
printf 'ROLLBACK;\n' >&3
exec 3>&-
wait $locker
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE status = 'verified'")" 0 \
    "the change never shown as saved is not written"

# No colour: marks and attributes still tell the verdicts apart.
for term in vt100 screen xterm-256color; do
	T_TERM=$term
	t_start 80 24 NO_COLOR=1 -- --no-advance "$SAMPLE"
	t_ready
	t_keys g d
	t_wait "claim 1: disputed" "$term: d"
	t_wait_re "^✗D +1 " "$term: disputed mark"
	t_checks=$((t_checks + 1))
	tm capture-pane -p -e -t "s$t_n" | grep -Eq '\[[0-9;]*3[0-7]m' &&
	    t_fail "$term: colour under NO_COLOR"
	t_keys d
	t_wait "claim 1: unreviewed" "$term: d again"
	t_quit "$term"
done

t_done
