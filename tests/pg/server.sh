# server.sh: a private PostgreSQL server for the tests, started in a
# temporary directory and reached on a Unix socket there only; never a
# system cluster. Source it after setting T (a directory the test removes
# at its end); pg_start starts it, pg_stop stops it, pg_newdb NAME makes a
# database and prints its URL. As root, the server runs as nobody (initdb
# and postgres refuse root), as CI does.

: "${PG_BINDIR:=}"
if [ -z "$PG_BINDIR" ]; then
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r) \
	    /usr/bin /usr/local/bin; do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
			PG_BINDIR=$d
			break
		fi
	done
fi

# pg_as CMD...: runs CMD as the server's owner.
pg_as() {
	if [ "$(id -u)" -eq 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	else
		"$@"
	fi
}

# pg_start: initdb and start; sets PG_DIR (the socket's directory) and
# PG_ADMIN (a URL of the database "postgres" as the owner, "claimdesk").
pg_start() {
	if [ -z "$PG_BINDIR" ] || [ ! -x "$PG_BINDIR/initdb" ]; then
		echo "PostgreSQL not found (apt-get install postgresql)" >&2
		return 1
	fi
	PG_DIR="$T/pg"
	PG_OWN_DIR=
	mkdir -p "$PG_DIR"
	if [ "$(id -u)" -eq 0 ]; then
		chmod 0711 "$T"
		chown 65534:65534 "$PG_DIR"
	fi
	# A socket's path has at most 107 bytes, and the server's owner must
	# reach its directory: else a directory of its own under /tmp.
	if [ ${#PG_DIR} -gt 80 ] || ! pg_as test -w "$PG_DIR"; then
		PG_DIR=$(mktemp -d /tmp/claimdesk-pg.XXXXXX) || return 1
		PG_OWN_DIR=$PG_DIR
		[ "$(id -u)" -ne 0 ] || chown 65534:65534 "$PG_DIR"
	fi
	pg_as "$PG_BINDIR/initdb" -D "$PG_DIR/data" -U claimdesk -A trust \
	    -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 || {
		cat "$PG_DIR/initdb.log" >&2
		return 1
	}
	pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" \
	    -o "-k $PG_DIR -c listen_addresses= -c fsync=off" -w start \
	    >/dev/null 2>&1 || {
		cat "$PG_DIR/server.log" >&2
		return 1
	}
	PG_ADMIN="postgresql:///postgres?host=$PG_DIR&user=claimdesk"
	export PG_DIR PG_ADMIN
}

# pg_restart: stops the server at once (sessions cut off) and starts it.
pg_restart() {
	pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w restart \
	    -o "-k $PG_DIR -c listen_addresses= -c fsync=off" \
	    >/dev/null 2>&1
}

# pg_crash: stops the server as a crash does (no shutdown checkpoint) and
# starts it again.
pg_crash() {
	pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop \
	    >/dev/null 2>&1 &&
	pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" \
	    -o "-k $PG_DIR -c listen_addresses= -c fsync=off" -w start \
	    >/dev/null 2>&1
}

pg_stop() {
	[ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] &&
	    pg_as "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop \
	    >/dev/null 2>&1
	[ -z "${PG_OWN_DIR:-}" ] || rm -rf "$PG_OWN_DIR"
	return 0
}

# pg_sql SQL [USER]: runs SQL on the database "postgres" (or the URL in
# PG_DB when set) with psql.
pg_sql() {
	"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -At \
	    "${PG_DB:-$PG_ADMIN}" -c "$1"
}

# pg_newdb NAME [OWNER]: a new database; prints its URL (as OWNER, else the
# server's owner).
pg_newdb() {
	pg_sql "CREATE DATABASE $1${2:+ OWNER $2}" >/dev/null &&
	    printf 'postgresql:///%s?host=%s&user=%s\n' "$1" "$PG_DIR" \
	    "${2:-claimdesk}"
}
