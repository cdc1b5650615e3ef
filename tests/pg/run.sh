#!/bin/sh
# run.sh: the store and command tests again on PostgreSQL: a private server
# started here (server.sh), test_store's tests of the store's logic, and
# the command scripts that do not look inside an SQLite file, each on a
# fresh database of that server. Fails when one of them fails.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
T=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-pg.XXXXXX")
. "$top_srcdir/tests/pg/server.sh"
trap 'pg_stop; rm -rf "$T"' EXIT
pg_start || exit 99
export PG_BINDIR PG_DIR
CLAIMDESK_TEST_PG=$PG_ADMIN
export CLAIMDESK_TEST_PG

failed=0
"$top_builddir/tests/unit/test_store" >"$T/unit.log" 2>&1 || {
	cat "$T/unit.log"
	echo "FAIL: test_store on PostgreSQL"
	failed=1
}
grep -E '^(ok|not ok) |checks' "$T/unit.log" | sed 's/^/test_store: /'
for t in ${CLAIMDESK_PG_TESTS:-basics sources integrity seen learn export html}; do
	if sh "$top_srcdir/tests/cli/$t.sh" >"$T/$t.log" 2>&1; then
		echo "ok $t.sh on PostgreSQL"
	else
		cat "$T/$t.log"
		echo "FAIL: $t.sh on PostgreSQL"
		failed=1
	fi
done
exit $failed
