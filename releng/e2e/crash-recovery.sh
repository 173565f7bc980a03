#!/usr/bin/env bash
# Crash test: edits the real workbench by key, kills it with kill -9 at a random moment, restarts it
# and recovers. After every round: every XMI of the project parses, and no decision made more than
# 2 s before the kill is missing. Rounds: PARLEY_CRASH_ROUNDS (default 3; the test profile runs 100,
# on a document with enough suggestions for ~3 decisions a round, e.g. seeds/001_5b8844df6737e40a.txt).
# Usage: crash-recovery.sh <product dir> <java> <seed document>; needs DISPLAY (run it under xvfb-run).
set -euo pipefail
product="$1"; java="$2"; seed="$3"
rounds="${PARLEY_CRASH_ROUNDS:-3}"
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
corpus="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$corpus"' EXIT
cp "$seed" "$corpus/"
name="$(basename "$seed" .txt)"
RANDOM=4242

fail() { echo "crash-recovery: round $round: $*"; echo "crash-recovery: 0 passed, 1 failed"; exit 1; }
decisions() {  # decisions in the newest state of the document: the journal if any, else the saved XMI
    local f="$corpus/.parley/journal/$name.xmi"
    [ -f "$f" ] || f="$corpus/.parley/cas/$name.xmi"
    [ -f "$f" ] || { echo 0; return; }
    grep -o 'status="ACCEPTED"\|status="REJECTED"' "$f" | wc -l
}

void=0     # rounds whose keys reached no editor (it was not ready yet): nothing to check but the files
for round in $(seq 1 "$rounds"); do
    before=$(decisions)
    "$java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dparley.corpus="$corpus" -jar "$launcher" \
        -data "$corpus/.instance-$round" -clearPersistedState >"$corpus/.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do xdotool search --name '^Parley$' >/dev/null 2>&1 && break; sleep 0.25; done
    sleep 1.5
    xdotool key Return       # open the document
    sleep 3.5
    xdotool key Return       # answers "Recover unsaved edits?" with Yes (no-op when there is no question)
    sleep 1
    xdotool key n
    sleep 0.3
    edits=$((1 + RANDOM % 4))
    for _ in $(seq 1 "$edits"); do
        if [ $((RANDOM % 2)) -eq 0 ]; then xdotool key a; else xdotool key r; fi
        sleep 0.2
    done
    [ $((RANDOM % 3)) -eq 0 ] && xdotool key ctrl+s
    sleep 2.2
    kept=$(decisions)        # what is on disk 2 s after the last edit: all of it must survive the kill
    if [ "$kept" -lt $((before + edits)) ]; then
        sleep 2
        [ "$(decisions)" -gt "$kept" ] && fail "edits reached the journal more than 2 s after they were made"
        void=$((void + 1))
    fi
    # a few more edits that may or may not make it: the kill comes 0-1 s after them
    for _ in $(seq 1 $((RANDOM % 3))); do xdotool key a; sleep 0.1; done
    sleep "0.$((RANDOM % 10))"
    kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    for f in $(find "$corpus/.parley" -name '*.xmi'); do
        python3 -c "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])" "$f" 2>/dev/null || fail "corrupted file $f"
    done
    have=$(decisions)
    [ "$have" -ge "$kept" ] || fail "$have decisions on disk after the kill, $kept were there 2 s after the last edit"
    cmp -s "$seed" "$corpus/$(basename "$seed")" || fail "the source text was modified"
    echo "crash-recovery: round $round: $before -> $kept decisions 2 s after $edits edits -> $have after kill -9"
done
echo "crash-recovery: $rounds rounds of editing, kill -9 and recovery ($void rounds whose keys came too early); no file corrupted, no edit older than 2 s lost"
echo "crash-recovery: $rounds passed, 0 failed"
