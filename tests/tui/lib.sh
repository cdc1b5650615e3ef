# lib.sh: what every screen test shares: the binary in a private tmux server
# (fixed TERM, locale and size, a temporary HOME and database), keys sent to
# it, and waits that poll the captured screen (never a fixed long sleep).
# Source it, drive the screen, end with t_done.
set -u

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
CLAIMDESK="$top_builddir/src/claimdesk"
SAMPLE="$top_srcdir/data/samples/nk-russia-pact.txt"
SQLITE3="${SQLITE3_BIN:-sqlite3}"
TMUX_BIN="${TMUX_BIN:-}"
: "${T_TERM:=xterm-256color}"
: "${T_TIMEOUT:=15}"		# seconds a wait may take before it fails
T_PREFIX=""			# a command t_start runs claimdesk under

if [ -z "$TMUX_BIN" ] || ! [ -x "$TMUX_BIN" ]; then
	echo "FAIL: tmux is needed for the screen tests (apt-get install tmux)" >&2
	exit 1
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-tui.XXXXXX")
T_SOCK="cdtest$$"
HOME="$T/home"
mkdir -p "$HOME"
DB="$T/claimdesk.db"
LC_ALL=C.UTF-8
SOURCE_DATE_EPOCH=1764158400
TMUX_TMPDIR="$T"	# the private server's socket goes with the rest
export HOME LC_ALL SOURCE_DATE_EPOCH TMUX_TMPDIR
unset XDG_DATA_HOME XDG_CONFIG_HOME CLAIMDESK_DB CLAIMDESK_ORG NO_COLOR \
    VISUAL EDITOR TMUX

t_failures=0
t_checks=0
t_n=0			# sessions started; the current one is "s$t_n"

tm() {
	"$TMUX_BIN" -L "$T_SOCK" -f /dev/null "$@"
}

t_cleanup() {
	tm kill-server 2>/dev/null
	rm -rf "$T"
}
trap t_cleanup EXIT
trap 'exit 1' INT TERM HUP

# The screen as text, one line per row.
t_screen() {
	tm capture-pane -p -t "s$t_n" 2>/dev/null
}

t_fail() {
	t_failures=$((t_failures + 1))
	printf 'FAIL: %s\n--- screen ---\n' "$*" >&2
	t_screen >&2
	printf -- '--------------\n' >&2
}

# t_quote ARG: ARG quoted for sh.
t_quote() {
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# t_start COLS LINES [ENV=VALUE...] -- ARGS...: runs claimdesk ARGS in a new
# detached session (window "cd") with TERM=$T_TERM and the environment
# given, then ends the previous session (the server stays up: a server
# that is going away must not take the new session with it). When claimdesk
# ends the pane shows "[exit N]" and stty's view of the terminal goes to
# $T/stty.
t_start() {
	_w=$1 _h=$2
	shift 2
	{
		# ^C reaches the shell too: it must outlive claimdesk.
		printf "trap 'true' INT\n"
		# The pid of claimdesk (the shell that execs it) to $T/pid.
		printf 'sh -c '"'"'echo $$ >"$1"; shift; exec "$@"'"'"' sh %s' \
		    "$(t_quote "$T/pid")"
		printf ' %s env TERM=%s LC_ALL=C.UTF-8 HOME=%s' "${T_PREFIX:-}" \
		    "$T_TERM" "$(t_quote "$HOME")"
		while [ $# -gt 0 ] && [ "$1" != -- ]; do
			printf ' %s' "$(t_quote "$1")"
			shift
		done
		[ $# -gt 0 ] && shift
		printf ' %s --db %s --reviewer tester' "$(t_quote "$CLAIMDESK")" \
		    "$(t_quote "$DB")"
		for _a in "$@"; do
			printf ' %s' "$(t_quote "$_a")"
		done
		printf '\necho "[exit $?]"\nstty -a >%s 2>&1\nexec sleep 3600\n' \
		    "$(t_quote "$T/stty")"
	} >"$T/run.sh"
	rm -f "$T/stty" "$T/pid"
	t_n=$((t_n + 1))
	tm new-session -d -s "s$t_n" -x "$_w" -y "$_h" -n cd \
	    "sh $(t_quote "$T/run.sh")" \; set-option -g status off
	[ "$t_n" -gt 1 ] && tm kill-session -t "s$((t_n - 1))" 2>/dev/null
	t_resize "$_w" "$_h"
}

# t_resize COLS LINES: the terminal changes size.
t_resize() {
	tm resize-window -t "s$t_n" -x "$1" -y "$2" >/dev/null 2>&1
}

# t_pid: the process id of claimdesk in the current session.
t_pid() {
	cat "$T/pid"
}

# t_format FORMAT: a tmux format on the current pane ("#{pane_title}").
t_format() {
	tm display-message -p -t "s$t_n" "$1"
}

# t_keys KEY...: tmux send-keys to the program.
t_keys() {
	tm send-keys -t "s$t_n" "$@"
}

# t_type TEXT: types TEXT literally.
t_type() {
	tm send-keys -t "s$t_n" -l "$1"
}

# t_wait TEXT [WHAT]: polls the screen until it shows TEXT (fixed string).
t_wait() {
	t_checks=$((t_checks + 1))
	_end=$(($(date +%s) + T_TIMEOUT))
	while [ "$(date +%s)" -le "$_end" ]; do
		t_screen | grep -Fq -- "$1" && return 0
		sleep 0.1
	done
	t_fail "${2:-screen}: no \"$1\" after ${T_TIMEOUT}s"
	return 1
}

# t_wait_re REGEX [WHAT]: the same with an extended regular expression.
t_wait_re() {
	t_checks=$((t_checks + 1))
	_end=$(($(date +%s) + T_TIMEOUT))
	while [ "$(date +%s)" -le "$_end" ]; do
		t_screen | grep -Eq -- "$1" && return 0
		sleep 0.1
	done
	t_fail "${2:-screen}: no /$1/ after ${T_TIMEOUT}s"
	return 1
}

# t_wait_gone TEXT [WHAT]: polls until the screen no longer shows TEXT.
t_wait_gone() {
	t_checks=$((t_checks + 1))
	_end=$(($(date +%s) + T_TIMEOUT))
	while [ "$(date +%s)" -le "$_end" ]; do
		t_screen | grep -Fq -- "$1" || return 0
		sleep 0.1
	done
	t_fail "${2:-screen}: still \"$1\" after ${T_TIMEOUT}s"
	return 1
}

# t_has TEXT WHAT / t_lacks TEXT WHAT: the screen now (no wait).
t_has() {
	t_checks=$((t_checks + 1))
	t_screen | grep -Fq -- "$1" || t_fail "$2: no \"$1\""
}
t_lacks() {
	t_checks=$((t_checks + 1))
	t_screen | grep -Fq -- "$1" && t_fail "$2: unexpected \"$1\""
	return 0
}

# t_line N: row N of the screen (from 1).
t_line() {
	t_screen | sed -n "${1}p"
}

# t_ready: the review screen is up (its status line is drawn).
t_ready() {
	t_wait_re '[0-9]+/[0-9]+ reviewed' "review screen up"
}

# t_quit: q, then the program has ended and given the terminal back: the
# alternate screen left, the tty in canonical mode with echo.
t_quit() {
	t_keys q
	t_exited "${1:-after q}"
}

# t_exited WHAT: the program ended with status 0 and restored the terminal.
t_exited() {
	t_wait "[exit 0]" "$1: exit status" || return 1
	t_restored "$1"
}

t_restored() {
	t_lacks "Sanitizer" "$1: sanitizer report"
	t_checks=$((t_checks + 1))
	_end=$(($(date +%s) + T_TIMEOUT))
	while [ ! -s "$T/stty" ] && [ "$(date +%s)" -le "$_end" ]; do
		sleep 0.1
	done
	if ! grep -Eq '(^| )icanon( |$)' "$T/stty" ||
	    ! grep -Eq '(^| )echo( |$)' "$T/stty"; then
		t_fail "$1: terminal modes not restored: $(cat "$T/stty")"
	fi
	t_checks=$((t_checks + 1))
	[ "$(t_format '#{alternate_on}')" = 0 ] ||
	    t_fail "$1: still on the alternate screen"
	t_checks=$((t_checks + 1))
	[ "$(t_format '#{cursor_flag}')" = 1 ] ||
	    t_fail "$1: cursor left hidden"
}

# t_sql SQL: runs SQL on the test database.
t_sql() {
	"$SQLITE3" "$DB" "$1"
}

# t_eq GOT WANT WHAT.
t_eq() {
	t_checks=$((t_checks + 1))
	[ "$1" = "$2" ] || t_fail "$3: got \"$1\", want \"$2\""
}

# t_golden NAME: the whole screen, byte for byte, is tests/tui/golden/NAME
# (polled until it is, as the screen may still be drawing). With
# CLAIMDESK_UPDATE_GOLDEN=1 the golden file is written from the screen
# instead: look at the diff before committing it.
T_GOLDEN="$top_srcdir/tests/tui/golden"
t_golden() {
	t_checks=$((t_checks + 1))
	if [ "${CLAIMDESK_UPDATE_GOLDEN:-0}" = 1 ]; then
		sleep 0.5
		t_screen >"$T_GOLDEN/$1"
		return 0
	fi
	_end=$(($(date +%s) + T_TIMEOUT))
	while [ "$(date +%s)" -le "$_end" ]; do
		t_screen >"$T/golden.now"
		cmp -s "$T/golden.now" "$T_GOLDEN/$1" && return 0
		sleep 0.1
	done
	t_failures=$((t_failures + 1))
	printf 'FAIL: screen differs from golden %s:\n' "$1" >&2
	diff -u "$T_GOLDEN/$1" "$T/golden.now" >&2
	return 1
}

t_done() {
	echo "$t_checks checks, $t_failures failed"
	[ "$t_failures" -eq 0 ]
}
