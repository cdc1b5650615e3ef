# replay.sh: every fuzz target replays its corpus (make check runs this).
# Each directory tests/fuzz/corpus/NAME belongs to the target fuzz_NAME.
set -u
: "${top_srcdir:=.}" "${top_builddir:=.}"
failed=0
count=0
out="${TMPDIR:-/tmp}/replay.$$"
for corpus in "$top_srcdir"/tests/fuzz/corpus/*/; do
	corpus=${corpus%/}
	target=${corpus##*/}
	bin="$top_builddir/tests/fuzz/fuzz_$target"
	count=$((count + 1))
	if ! "$bin" -runs=0 "$corpus" >"$out" 2>&1; then
		echo "FAIL: fuzz_$target on $corpus:"
		cat "$out"
		failed=$((failed + 1))
	else
		echo "ok fuzz_$target: $(tail -n 1 "$out")"
	fi
done
rm -f "$out"
[ "$count" -ge 7 ] || { echo "FAIL: only $count corpora found"; failed=1; }
[ "$failed" -eq 0 ]
