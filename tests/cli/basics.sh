# basics.sh: help, version, usage errors and extract on the real binary.
. "${top_srcdir:-.}/tests/cli/lib.sh"

run_ --version
expect_rc 0 "--version"
expect_out '^claimdesk [0-9]+\.[0-9]+' "--version prints the version"

run_ --help
expect_rc 0 "--help"
for cmd in review extract import list mark export stats; do
	expect_out "claimdesk $cmd" "--help lists $cmd"
done
for opt in --db --rules --reviewer --org --max-size; do
	expect_out -- "$opt" "--help lists $opt"
done

run_ list --bogus
expect_rc 2 "unknown option"
expect_err '^claimdesk: list: unknown option --bogus' "unknown option message"
expect_err_lines 1 "unknown option: one line"

run_ extract --format xml "$SAMPLE"
expect_rc 2 "unknown extract format"

run_ extract
expect_rc 2 "extract without a file"

run_ extract "$T/missing.txt"
expect_rc 1 "missing file"
expect_err "^claimdesk: $T/missing.txt: No such file or directory" \
    "missing file message"
expect_err_lines 1 "missing file: one line"

run_ "$T/missing.txt"
expect_rc 1 "review of a missing file"
expect_err_lines 1 "review of a missing file: one line"

run_ extract --all --format json "$SAMPLE"
expect_rc 0 "extract json"
check_ "extract json parses and spans match the text" "$PYTHON3" -c '
import json, sys
doc = json.load(open(sys.argv[1]))
raw = open(sys.argv[2], "rb").read()
sents = doc["sentences"]
assert len(sents) > 20, len(sents)
for s in sents:
    piece = raw[s["start"]:s["end"]].decode()
    assert " ".join(piece.split()) == s["text"], (piece, s["text"])
    assert set(s) >= {"index", "start", "end", "text", "claim", "score", "kinds", "source",
                      "source_role", "source_kind"}
' "$T/out" "$SAMPLE"

run_ extract --format tsv "$SAMPLE"
expect_rc 0 "extract tsv"
expect_out '^index	start	end	claim	score	kinds	source	source_role	source_kind	text$' "tsv header"

# A closed pipe is not an error worth a message.
"$CLAIMDESK" extract --all --format tsv "$SAMPLE" 2>"$T/err" | head -n 1 >/dev/null
check_ "closed pipe: no message" test ! -s "$T/err"

done_
