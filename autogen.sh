#!/bin/sh
# autogen.sh: make ./configure; with --deps, first install what the build needs.
set -e
cd "$(dirname "$0")"

deps() {
	pkgs="gcc make autoconf automake pkg-config libncurses-dev libsqlite3-dev
	    libpcre2-dev liblinear-dev pcre2-utils tmux sqlite3 mandoc python3
	    cppcheck libxml2-dev libjson-c-dev libcurl4-openssl-dev nettle-dev zsh
	    libpq-dev postgresql"
	missing=""
	for p in $pkgs; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
		    grep -q "install ok installed" || missing="$missing $p"
	done
	[ -n "$missing" ] || return 0
	if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
	echo "autogen.sh: installing$missing" >&2
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >&2
}

case "${1:-}" in
--deps)	deps ;;
"")	;;
*)	echo "usage: sh autogen.sh [--deps]" >&2; exit 2 ;;
esac
mkdir -p m4
autoreconf -fi
