#!/usr/bin/env bash
# End-to-end test of the editor's key bindings: the real workbench, keys typed through the X
# server (xdotool), the bindings of Application.e4xmi, and the saved project XMI checked on disk.
# Usage: editor-keys.sh <product dir> <java> <seed document>; needs DISPLAY (run it under xvfb-run).
set -euo pipefail
product="$1"; java="$2"; seed="$3"
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
corpus="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$corpus"' EXIT
cp "$seed" "$corpus/"
name="$(basename "$seed" .txt)"

"$java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dparley.corpus="$corpus" -jar "$launcher" \
    -data "$corpus/.instance" -clearPersistedState >"$corpus/.log" 2>&1 &
pid=$!

fail() { echo "editor-keys: $*"; cat "$corpus/.log" | grep -v SessionManager | tail -20; echo "editor-keys: 0 passed, 1 failed"; exit 1; }
for _ in $(seq 1 120); do
    xdotool search --name '^Parley$' >/dev/null 2>&1 && break
    sleep 0.5
done
xdotool search --name '^Parley$' >/dev/null 2>&1 || fail "the workbench window did not appear"
sleep 2
xdotool key Return          # open the selected document of the Corpus part
sleep 4                     # the editor pre-tags the document on first open
xdotool key n               # first suggestion
sleep 0.5
xdotool key a               # accept, moves to the next suggestion
sleep 0.5
xdotool key r               # reject it
sleep 0.5
xdotool key ctrl+s
xmi="$corpus/.parley/cas/$name.xmi"
for _ in $(seq 1 20); do [ -f "$xmi" ] && break; sleep 0.5; done
[ -f "$xmi" ] || fail "Ctrl+S wrote no $xmi"
accepted=$(grep -o 'status="ACCEPTED"' "$xmi" | wc -l)
rejected=$(grep -o 'status="REJECTED"' "$xmi" | wc -l)
[ "$accepted" -eq 1 ] || fail "expected 1 ACCEPTED annotation after N A R Ctrl+S, found $accepted"
[ "$rejected" -eq 1 ] || fail "expected 1 REJECTED annotation after N A R Ctrl+S, found $rejected"
cmp -s "$seed" "$corpus/$(basename "$seed")" || fail "the source text was modified"
echo "editor-keys: N, A, R and Ctrl+S through the real key bindings: 1 ACCEPTED, 1 REJECTED saved"
echo "editor-keys: 1 passed, 0 failed"
