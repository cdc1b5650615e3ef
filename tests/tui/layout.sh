#!/bin/sh
# layout.sh: layout by width: in the claims list the source takes the
# columns it needs (up to a quarter of the row) and the claim's text the
# rest, so a cut text runs up to its source; the keys line keeps "? help"
# and "q quit" at any width.
. "$(dirname "$0")/lib.sh"

for size in "80 24" "120 40" "100 30"; do
	set -- $size
	rm -f "$DB"
	t_start "$1" "$2" -- --model none "$SAMPLE"
	t_ready
	t_wait "KCNA" "$1x$2: a short source"
	# A cut claim ends one or two columns before its source: never the
	# wide gap a fixed source column left ("…    no source").
	t_screen | grep -E '…   +[^ ]' >"$T/gaps"
	t_eq "$(cat "$T/gaps")" "" "$1x$2: no columns left between a cut text and its source"
	# The row of a short source shows more of its claim than a fixed
	# quarter of the row would.
	row=$(t_screen | grep -E '[0-9]+ +KCNA, North Korea' | head -n 1)
	case "$row" in
	*"KCNA, North Korea’s official"*) ;;
	*) t_fail "$1x$2: the claim with source KCNA shows little text: $row" ;;
	esac
	t_wait "? help  q quit" "$1x$2: the keys line keeps ? help and q quit"
	t_quit
done

# Side by side, the rows below the claims show the claim's text whole,
# when there are rows enough for it: none cut short, none left blank.
for size in "100 11" "100 14"; do
	set -- $size
	rm -f "$DB"
	t_start "$1" "$2" -- --model none "$SAMPLE"
	t_ready
	t_wait "#1 unreviewed" "$1x$2: claim 1 selected"
	# The row under the info heading: the claim's text, or the note.
	under=$(t_screen | sed -n '/─ #1 unreviewed/{n;p;}' | sed 's/.*│//')
	case "$2:$under" in
	11:"no note"*|14:"Thousands of North Korean"*) ;;
	*) t_fail "$1x$2: under the claim's heading: \"$under\"" ;;
	esac
	t_quit
done

t_done
