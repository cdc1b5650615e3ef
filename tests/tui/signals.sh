#!/bin/sh
# signals.sh: SIGTERM, SIGHUP and ^C end the screen cleanly, give the
# terminal back and exit by that signal (status 128 + N in the shell);
# NO_COLOR and plain terminals work.
. "$(dirname "$0")/lib.sh"

for sig in TERM:143 HUP:129; do
	status=${sig#*:}
	sig=${sig%:*}
	t_start 100 30 -- "$SAMPLE"
	t_ready
	t_keys g v
	t_wait "claim 1:" "a change before SIG$sig"
	kill -s "$sig" "$(t_pid)"
	t_wait "[exit $status]" "SIG$sig ends it, by SIG$sig"
	t_restored "after SIG$sig"
done
t_eq "$(t_sql "SELECT count(*) FROM verdict WHERE status = 'verified'")" 0 \
    "v twice: cleared again, nothing lost"

t_start 100 30 -- "$SAMPLE"
t_ready
t_keys C-c
t_wait "[exit 130]" "^C ends it, by SIGINT"
t_restored "after ^C"

# The article picker too.
t_start 100 30 -- review
t_wait "pick an article" "the picker"
kill -s TERM "$(t_pid)"
t_wait "[exit 143]" "SIGTERM ends the picker, by SIGTERM"
t_restored "after SIGTERM in the picker"

# No colour: marks and attributes still tell the verdicts apart.
for term in vt100 screen xterm-256color; do
	T_TERM=$term
	t_start 80 24 NO_COLOR=1 -- "$SAMPLE"
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
