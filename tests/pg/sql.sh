#!/bin/sh
# sql.sh: "sqlite3 DB SQL" for command tests run on PostgreSQL: DB a
# server's URL is asked with psql in sqlite3's list output ("a|b"); an
# SQLite file still goes to sqlite3.
case "$1" in
postgresql://*)
	db=$1
	shift
	if [ $# -gt 0 ]; then
		exec "$PG_BINDIR/psql" -X -q -At -F '|' -v ON_ERROR_STOP=1 \
		    "$db" -c "$*"
	fi
	exec "$PG_BINDIR/psql" -X -q -At -F '|' -v ON_ERROR_STOP=1 "$db" ;;
*)
	exec "${SQLITE3_REAL:-sqlite3}" "$@" ;;
esac
