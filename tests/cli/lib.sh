# lib.sh: what every command test shares: a private HOME and database, the
# binary under test, and a few checks. Source it, call checks, end with done_.
set -u

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
CLAIMDESK="$top_builddir/src/claimdesk"
SAMPLE="$top_srcdir/data/samples/nk-russia-pact.txt"
SQLITE3="${SQLITE3_BIN:-sqlite3}"
PYTHON3="${PYTHON3_BIN:-python3}"

T=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
HOME="$T/home"
mkdir -p "$HOME"
CLAIMDESK_DB="$T/claimdesk.db"
CLAIMDESK_REVIEWER=tester
SOURCE_DATE_EPOCH=1764158400	# 2025-11-26T12:00:00Z: reproducible times
LC_ALL=C.UTF-8
TMUX_TMPDIR="$T"	# tmux servers of a test keep their sockets here
export HOME CLAIMDESK_DB CLAIMDESK_REVIEWER SOURCE_DATE_EPOCH LC_ALL \
    TMUX_TMPDIR
# Run by tests/pg/run.sh: the database is a fresh one on its server.
if [ -n "${CLAIMDESK_TEST_PG:-}" ]; then
	PG_DB_NAME="t$(basename "$0" .sh | tr -c 'a-z0-9\n' _)_$$"
	"$PG_BINDIR/psql" -X -q -At "$CLAIMDESK_TEST_PG" \
	    -c "CREATE DATABASE $PG_DB_NAME" >/dev/null || exit 99
	CLAIMDESK_DB="postgresql:///$PG_DB_NAME?host=$PG_DIR&user=claimdesk"
	CLAIMDESK_REVIEWER=claimdesk
	SQLITE3_REAL=$SQLITE3
	SQLITE3="$top_srcdir/tests/pg/sql.sh"
	export SQLITE3_REAL
fi
unset XDG_DATA_HOME XDG_CONFIG_HOME CLAIMDESK_ORG NO_COLOR VISUAL EDITOR

failures=0
checks=0

fail_() {
	failures=$((failures + 1))
	printf 'FAIL: %s\n' "$*" >&2
}

# run_ ARGS...: runs claimdesk; $out, $err and $rc hold what it did.
run_() {
	"$CLAIMDESK" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	out=$(cat "$T/out")
	err=$(cat "$T/err")
}

# expect_rc N WHAT: the last run_ exited with N.
expect_rc() {
	checks=$((checks + 1))
	[ "$rc" -eq "$1" ] || fail_ "$2: exit $rc, expected $1 (stderr: $err)"
}

# expect_out PATTERN WHAT / expect_err PATTERN WHAT: grep -E on the output.
expect_out() {
	checks=$((checks + 1))
	printf '%s\n' "$out" | grep -Eq -- "$1" ||
	    fail_ "$2: stdout lacks /$1/: $(printf '%s' "$out" | head -c 400)"
}
expect_err() {
	checks=$((checks + 1))
	printf '%s\n' "$err" | grep -Eq -- "$1" ||
	    fail_ "$2: stderr lacks /$1/: $err"
}
expect_no_out() {
	checks=$((checks + 1))
	printf '%s\n' "$out" | grep -Eq -- "$1" &&
	    fail_ "$2: stdout has /$1/"
	return 0
}

# expect_lines N WHAT: stderr is exactly N lines.
expect_err_lines() {
	checks=$((checks + 1))
	n=$(printf '%s' "$err" | grep -c '')
	[ "$n" -eq "$1" ] || fail_ "$2: $n stderr lines, expected $1: $err"
}

# check_ CONDITION-COMMAND... WHAT-is-last: runs a command as a check.
check_() {
	what=$1
	shift
	checks=$((checks + 1))
	"$@" || fail_ "$what"
}

done_() {
	echo "$checks checks, $failures failed"
	[ "$failures" -eq 0 ]
}
