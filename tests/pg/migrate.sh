#!/bin/sh
# migrate.sh: "claimdesk migrate" round trip SQLite -> PostgreSQL -> SQLite
# on a desk with revisions, stale verdicts, notes, drops, manual claims and
# sources set by hand: the same reports, the same history (its head), the
# same counts; a database that is not empty is refused untouched.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
CLAIMDESK="$top_builddir/src/claimdesk"
SAMPLE="$top_srcdir/data/samples/nk-russia-pact.txt"
T=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-migrate.XXXXXX")
. "$top_srcdir/tests/pg/server.sh"
trap 'pg_stop; rm -rf "$T"' EXIT
export HOME="$T" LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1764158400
unset CLAIMDESK_DB
export CLAIMDESK_REVIEWER=claimdesk
pg_start || exit 99

checks=0 failures=0
fail_() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }
ok_() { checks=$((checks + 1)); "$@" || fail_ "$*"; }

A="$T/a.db" B="$T/b.db"
cp "$SAMPLE" "$T/story.txt"
printf 'Budget\n\nThe council spent 4 million on roads in 2024.\n\nIt said 12 bridges were repaired.\n' >"$T/budget.txt"
cd "$T" || exit 99
c() { "$CLAIMDESK" --db "$A" "$@" >/dev/null || fail_ "claimdesk $*"; }
c import story.txt budget.txt
c mark 1 1 verified --note "Checked with the ministry"
c mark 1 2 disputed
c mark 1 3 unsourced --note "No source given
on two lines"
c mark 2 1 verified
c mark 1 2 verified
c mark 1 7 verified --note "Figure from the ministry"
# A changed figure: its verdict becomes stale; a new revision.
sed 's/3,000/4,000/' story.txt >story2.txt && mv story2.txt story.txt
c import story.txt
c mark 1 4 clear

URL=$(pg_newdb desk)
ok_ "$CLAIMDESK" migrate --from "$A" --to "$URL" >"$T/m1.out" 2>&1
cat "$T/m1.out"
ok_ grep -q "^history  *[1-9]" "$T/m1.out"
ok_ "$CLAIMDESK" migrate --from "$URL" --to "$B" >"$T/m2.out" 2>&1
for db in "$A" "$URL" "$B"; do
	n=$(printf '%s' "$db" | cksum | cut -d' ' -f1)
	"$CLAIMDESK" --db "$db" export --format json -o "$T/$n.json" ||
	    fail_ "export json from $db"
	"$CLAIMDESK" --db "$db" export --format md -o "$T/$n.md" ||
	    fail_ "export md from $db"
	"$CLAIMDESK" --db "$db" check >"$T/$n.check" 2>&1 ||
	    fail_ "check $db: $(cat "$T/$n.check")"
	"$CLAIMDESK" --db "$db" stats >"$T/$n.stats" 2>&1
	"$CLAIMDESK" --db "$db" list >"$T/$n.list" 2>&1
	set -- "$@" "$n"
done
a=$(printf '%s' "$A" | cksum | cut -d' ' -f1)
for db in "$URL" "$B"; do
	n=$(printf '%s' "$db" | cksum | cut -d' ' -f1)
	for f in json md check stats list; do
		ok_ cmp "$T/$a.$f" "$T/$n.$f"
	done
done
ok_ grep -q "^stale  *1" "$T/$a.check"
ok_ grep -q "^head  *[0-9a-f]\{64\}" "$T/$a.check"
# The tables' counts, as migrate printed them, are those of both copies.
sed -n '/^[a-z_]* *[0-9]*$/p' "$T/m1.out" >"$T/m1.counts"
sed -n '/^[a-z_]* *[0-9]*$/p' "$T/m2.out" >"$T/m2.counts"
ok_ cmp "$T/m1.counts" "$T/m2.counts"
ok_ [ "$(grep -c '' "$T/m1.counts")" -eq 11 ]
# A copy goes only into an empty database; the one refused is unchanged.
if "$CLAIMDESK" migrate --from "$A" --to "$URL" >"$T/m3.out" 2>"$T/m3.err"; then
	fail_ "a second copy into the same database was made"
fi
ok_ grep -q "not empty" "$T/m3.err"
ok_ [ "$(grep -c '' "$T/m3.err")" -eq 1 ]
"$CLAIMDESK" --db "$URL" check >"$T/again.check" 2>&1
ok_ cmp "$T/$a.check" "$T/again.check"
# After a copy, ids go on from the copied ones.
ok_ "$CLAIMDESK" --db "$URL" mark 1 5 verified
ok_ "$CLAIMDESK" --db "$URL" import "$T/budget.txt"
printf 'New\n\nA third article says 7 things.\n' >"$T/new.txt"
ok_ "$CLAIMDESK" --db "$URL" import "$T/new.txt"
echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
