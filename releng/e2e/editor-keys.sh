#!/usr/bin/env bash
# End-to-end test of the editor's key bindings: the real workbench, keys typed through the X
# server (xdotool), the bindings of Application.e4xmi, and the saved project XMI checked on disk.
# Every step waits for an observable fact (window title, journal, saved file) with a deadline.
# Usage: editor-keys.sh <product dir> <java> <seed document>; needs DISPLAY (./parley test runs it on a virtual display of its own).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/lib.sh"
product="$1"; java="$2"; seed="$3"
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
corpus="$(mktemp -d)"
pid=""
start_window_manager
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; stop_window_manager; rm -rf "$corpus"' EXIT
cp "$seed" "$corpus/"
doc="$(basename "$seed")"
name="${doc%.txt}"
journal="$corpus/.parley/journal/$name.xmi"
xmi="$corpus/.parley/cas/$name.xmi"

"$java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dparley.corpus="$corpus" -jar "$launcher" \
    -data "$corpus/.instance" -clearPersistedState >"$corpus/.log" 2>&1 &
pid=$!

fail() { echo "editor-keys: $*; windows: $(window_titles)"; { grep -v SessionManager "$corpus/.log" || true; } | tail -20; echo "editor-keys: 0 passed, 1 failed"; exit 1; }
journal_has() { [ "$(count_status "$journal" ACCEPTED)" -eq "$1" ] && [ "$(count_status "$journal" REJECTED)" -eq "$2" ]; }
saved_has() { [ ! -f "$journal" ] && [ "$(count_status "$xmi" ACCEPTED)" -eq "$1" ] && [ "$(count_status "$xmi" REJECTED)" -eq "$2" ]; }

wait_for 120 "the workbench on $(basename "$corpus")" workbench_ready "$(basename "$corpus")" || fail "the workbench did not start on the corpus"
focus_workbench
xdotool key Return                                   # open the selected document of the Corpus part
wait_for 120 "the editor of $doc" editor_active "$doc" || fail "no editor of $doc became active"
focus_workbench
xdotool key n a r                                    # first suggestion, accept (moves on), reject
wait_for 60 "1 accepted and 1 rejected in the journal" journal_has 1 1 || fail "N A R did not reach the recovery journal as 1 ACCEPTED, 1 REJECTED"
editor_clean "$doc" && fail "the window title does not mark the unsaved edits"
xdotool key ctrl+q                                   # quit with unsaved edits: it must ask
wait_for 30 "the save question" window_titled 'Unsaved annotations' || fail "Ctrl+Q with unsaved edits did not ask"
xdotool key Escape                                   # Cancel
wait_for 30 "the save question to close" not window_titled 'Unsaved annotations' || fail "Escape did not cancel the question"
running "$pid" || fail "Cancel in the save question quit the workbench"
journal_has 1 1 || fail "Cancel in the save question lost the journal"
# Right after a dialog closes, SWT may still be handing the focus back to the editor and a key typed then reaches no
# part; saving twice is harmless, so Ctrl+S is typed again (at most three times) while the saved file is not there.
saves=0
until [ "$saves" -ge 3 ] || saved_has 1 1; do
    focus_workbench
    xdotool key ctrl+s
    saves=$((saves + 1))
    wait_for 20 "the saved XMI" saved_has 1 1 || true
done
saved_has 1 1 || fail "Ctrl+S (typed $saves times) wrote no $xmi with 1 ACCEPTED and 1 REJECTED (or kept the journal)"
[ "$saves" -gt 1 ] && echo "editor-keys: Ctrl+S was typed $saves times before the save (the first reached no part)"
wait_for 30 "the title without *" editor_clean "$doc" || fail "the window title still marks unsaved edits after Ctrl+S"
cmp -s "$seed" "$corpus/$doc" || fail "the source text was modified"
xdotool key ctrl+q                                   # nothing unsaved: quits at once
wait_for 60 "the workbench to quit" not running "$pid" || fail "Ctrl+Q with nothing unsaved did not quit"
pid=""
echo "editor-keys: N, A, R through the real key bindings; Ctrl+Q asked, Cancel kept the edits; Ctrl+S saved 1 ACCEPTED, 1 REJECTED; Ctrl+Q quit"
echo "editor-keys: 1 passed, 0 failed"
