#!/bin/sh
# same.sh: one desk's work done twice, on an SQLite file and on a
# PostgreSQL database (a private server, server.sh), each on its own: the
# same claims linked to earlier verdicts (imported and given here), the
# same claims found by "seen" in the same order, the same stale
# verdicts and claim numbers after an edit, the same reports.
set -u
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
CLAIMDESK="$top_builddir/src/claimdesk"
SAMPLE="$top_srcdir/data/samples/nk-russia-pact.txt"
T=$(mktemp -d "${TMPDIR:-/tmp}/claimdesk-same.XXXXXX")
. "$top_srcdir/tests/pg/server.sh"
trap 'pg_stop; [ -n "${KEEP:-}" ] || rm -rf "$T"' EXIT
export HOME="$T" LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1764158400
unset CLAIMDESK_DB
# The login on the server; the same name on SQLite.
export CLAIMDESK_REVIEWER=claimdesk
pg_start || exit 99
export PG_BINDIR

checks=0 failures=0
fail_() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }
ok_() { checks=$((checks + 1)); "$@" || fail_ "$*"; }

SQLITE3="${SQLITE3_BIN:-sqlite3}"
cd "$T" || exit 99
printf 'id\tclaim\tverdict\trating\turl\tdate\torg\n' >archive.tsv
printf 'k-1\tThe harbour of Kelso handled 120 ships in 2023.\tfalse\tFalse\thttps://desk.example/1\t2024-05-26\tDesk\n' >>archive.tsv
printf 'k-2\tBus fares in Kelso rose by 15 percent in 2024.\ttrue\tTrue\thttps://desk.example/2\t2024-06-01\tDesk\n' >>archive.tsv
printf 'k-3\tThe new bridge over the Tweed cost 40 million pounds.\t\tHalf true\thttps://desk.example/3\t2024-07-01\tDesk\n' >>archive.tsv
printf 'k-4\tNorth Korea sent at least one million artillery shells to Russia.\ttrue\tTrue\thttps://desk.example/4\t2024-08-01\tDesk\n' >>archive.tsv
printf 'Roundup\n\nThe Kelso harbour handled 120 ships in 2023, the port said.\n\nFares on Kelso buses went up 15 percent in 2024.\n\nThe Tweed bridge cost 45 million pounds, the council said.\n\nAt least 1.5 million artillery shells have been sent from North Korea to Russia, officials said.\n' >roundup.txt

# work DB OUT: the same commands on DB; what they print into OUT.*.
work() {
	db=$1 out=$2
	cp "$SAMPLE" story.txt
	{
		"$CLAIMDESK" --db "$db" import-verdicts archive.tsv
		"$CLAIMDESK" --db "$db" import story.txt
		"$CLAIMDESK" --db "$db" mark 1 1 verified --note "Checked"
		"$CLAIMDESK" --db "$db" mark 1 7 disputed
		"$CLAIMDESK" --db "$db" mark 1 12 verified
		"$CLAIMDESK" --db "$db" import roundup.txt
		# A changed figure: a stale verdict, claims anchored again.
		sed 's/3,000/4,000/' story.txt >story2.txt && mv story2.txt story.txt
		"$CLAIMDESK" --db "$db" import story.txt
		for q in "Kelso harbour ships 2023" \
		    "Did bus fares rise 15 percent in Kelso in 2024?" \
		    "More than 3,000 men were killed or wounded in Kursk" \
		    "artillery shells from North Korea to Russia" \
		    "Nothing at all alike here"; do
			"$CLAIMDESK" --db "$db" seen --top 5 --format tsv "$q"
		done
	} >"$out.log" 2>&1
	"$CLAIMDESK" --db "$db" export --format json -o "$out.json"
	"$CLAIMDESK" --db "$db" check >"$out.check" 2>&1
	"$CLAIMDESK" --db "$db" list >"$out.list" 2>&1
	"$CLAIMDESK" --db "$db" stats >"$out.stats" 2>&1
}

URL=$(pg_newdb desk)
work "$T/desk.db" "$T/lite"
work "$URL" "$T/pg"
cat "$T/pg.log"
for f in json check list stats; do
	ok_ cmp "$T/lite.$f" "$T/pg.$f"
done
# seen: the same earlier verdicts in the same order, confident or not
# alike. The similarities may differ in their last digits: one of the
# reranker's features is a candidate's full-text score relative to the
# best one's, FTS5's bm25() on SQLite, ts_rank() on PostgreSQL.
cut -f1,3- "$T/lite.log" >"$T/lite.seen"
cut -f1,3- "$T/pg.log" >"$T/pg.seen"
ok_ cmp "$T/lite.seen" "$T/pg.seen"
# The best candidate, its full-text score its own, scores the same.
ok_ [ "$(grep -c '^k-4	0.979	1	' "$T/lite.log")" -eq 1 ]
ok_ [ "$(grep -c '^k-4	0.979	1	' "$T/pg.log")" -eq 1 ]
# The runs were not empty: links made, a stale verdict, matches found.
ok_ grep -q "^k-1	" "$T/pg.log"
ok_ grep -q "^k-2	" "$T/pg.log"
ok_ grep -q "^stale  *[1-9]" "$T/pg.check"
"$top_srcdir/tests/pg/sql.sh" "$URL" "SELECT count(*) FROM imported_match" \
    >"$T/pg.im"
"$SQLITE3" "$T/desk.db" "SELECT count(*) FROM imported_match" >"$T/lite.im"
ok_ cmp "$T/lite.im" "$T/pg.im"
ok_ [ "$(cat "$T/pg.im")" -ge 1 ]
for q in "SELECT claim_id, earlier_id FROM claim_match ORDER BY 1, 2" \
    "SELECT claim_id, imported_id FROM imported_match ORDER BY 1, 2" \
    "SELECT id, number, orphan, prev_id FROM claim ORDER BY id"; do
	"$top_srcdir/tests/pg/sql.sh" "$URL" "$q" >"$T/pg.q"
	"$SQLITE3" "$T/desk.db" "$q" >"$T/lite.q"
	ok_ cmp "$T/lite.q" "$T/pg.q"
done
echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
