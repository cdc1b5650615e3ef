# replay.sh: every fuzz target replays its corpus (make check runs this).
set -u
: "${top_srcdir:=.}" "${top_builddir:=.}"
failed=0
for target in article segment rules extract json; do
	bin="$top_builddir/tests/fuzz/fuzz_$target"
	corpus="$top_srcdir/tests/fuzz/corpus/$target"
	if ! "$bin" -runs=0 "$corpus" >"${TMPDIR:-/tmp}/replay.$$" 2>&1; then
		echo "FAIL: fuzz_$target on $corpus:"
		cat "${TMPDIR:-/tmp}/replay.$$"
		failed=$((failed + 1))
	else
		echo "ok fuzz_$target: $(tail -n 1 "${TMPDIR:-/tmp}/replay.$$")"
	fi
done
rm -f "${TMPDIR:-/tmp}/replay.$$"
[ "$failed" -eq 0 ]
