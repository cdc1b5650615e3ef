# completion.sh: the bash and zsh completions (completion/claimdesk and
# completion/_claimdesk) on the real binary: commands, options of each
# command, formats, statuses and the ids of a database's articles.
. "${top_srcdir:-.}/tests/cli/lib.sh"

for sh in bash zsh; do
	command -v "$sh" >/dev/null 2>&1 ||
	    fail_ "$sh is needed for the completion tests (sh autogen.sh --deps)"
done
PATH="$top_builddir/src:$PATH"
export PATH
DB="$T/c.db"
"$CLAIMDESK" --db "$DB" import "$SAMPLE" >/dev/null 2>&1 ||
    fail_ "import failed"
printf 'Second\n\nThe council said 40 percent of roads were repaired.\n' \
    >"$T/second.txt"
"$CLAIMDESK" --db "$DB" import "$T/second.txt" >/dev/null 2>&1 ||
    fail_ "import failed"

# bash: COMPREPLY for the words given (the last one is being completed),
# sorted, on one line.
b() {
	bash -c '
	. "$1"; shift
	COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
	_claimdesk
	[ ${#COMPREPLY[@]} -gt 0 ] &&
	    printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "
	' sh "$top_srcdir/completion/claimdesk" "$@"
}
# zsh: what _claimdesk adds, through stand-ins for compadd and _files
# (file names are left out), the words it would show for the last one (zsh
# filters them by prefix).
z() {
	zsh -f -c '
	compadd() {
		local a
		for a in "$@"; do
			case $a in
			(-a) ;; (--) ;;
			(vals) print -rl -- $vals ;;
			(*) print -r -- $a ;;
			esac
		done
	}
	_files() { print -r -- "<files>" }
	fpath=("$1" $fpath); shift
	autoload -Uz _claimdesk
	words=("$@"); CURRENT=$#
	_claimdesk | grep -e "^$words[CURRENT]" | sort | tr "\n" " "
	' sh "$top_srcdir/completion" "$@"
}
# same WHAT GOT WANT
same() {
	check_ "$1: \"$2\" is \"$3\"" test "$2" = "$3"
}

for sh in b z; do
	same "$sh: commands" "$($sh claimdesk ex)" "export extract "
	same "$sh: commands" "$($sh claimdesk l)" "learn list "
	same "$sh: an option of export" "$($sh claimdesk export --st)" \
	    "--status "
	same "$sh: an option every command takes" "$($sh claimdesk mark --revi)" \
	    "--reviewer "
	same "$sh: review's own option" "$($sh claimdesk review --no)" \
	    "--no-advance "
	same "$sh: not another command's option" "$($sh claimdesk list --pub)" ""
	same "$sh: export formats" "$($sh claimdesk export --format '')" \
	    "claimreview csv html json md "
	same "$sh: seen formats" "$($sh claimdesk seen --format '')" "json tsv "
	same "$sh: statuses" "$($sh claimdesk export --status '')" \
	    "disputed unreviewed unsourced verified "
	same "$sh: article ids of the database given" \
	    "$($sh claimdesk --db "$DB" mark '')" "1 2 "
	same "$sh: article ids, --db=" \
	    "$($sh claimdesk "--db=$DB" export --article '')" "1 2 "
	same "$sh: verdicts after ARTICLE CLAIM" \
	    "$($sh claimdesk --db "$DB" mark 1 3 '')" \
	    "clear disputed unsourced verified "
	same "$sh: nothing after the verdict" \
	    "$($sh claimdesk --db "$DB" mark 1 3 verified '')" ""
	same "$sh: an option value skipped when counting" \
	    "$($sh claimdesk --db "$DB" mark --note x '')" "1 2 "
done

done_
