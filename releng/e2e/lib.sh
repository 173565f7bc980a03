# Waiting on observable facts, never on fixed times. Sourced by the end-to-end scripts.

# A step that fails outside a check (set -e) still says where, so that no end-to-end run fails silently.
# (errtrace: also a step inside a function; the exit status is kept, the line and command said)
set -o errtrace
trap 'echo "$(basename "$0"): stopped by a failing step at line $LINENO: $BASH_COMMAND" >&2' ERR

# wait_for SECONDS WHAT COMMAND...: runs COMMAND every 0.1 s until it succeeds; fails naming WHAT
# when SECONDS pass first. The deadline is generous on purpose: it only bounds a hang.
wait_for() {
    local seconds="$1" what="$2"; shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "waited ${seconds} s: $what" >&2
            return 1
        fi
        sleep 0.1
    done
}

# not COMMAND...: succeeds when the command fails (to wait for something to go away)
not() { ! "$@"; }

# running PID: the process exists and has not exited (an exited child stays a zombie until it is waited for)
running() { [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status"; }

# The workbench has started on a corpus: the title names it ("<corpus> — Parley"); the workbench renderer
# may add a trailing space.
workbench_ready() { xdotool search --name "(^| — )$1 — Parley ?\$" >/dev/null; }
# The editor of a document is active (its text read and pre-tagged): "[*]<document> — <corpus> — Parley".
editor_active() { xdotool search --name "^\\*?$1 — .*Parley ?\$" >/dev/null; }
# The editor of a document is active and holds no unsaved edits.
editor_clean() { xdotool search --name "^$1 — .*Parley ?\$" >/dev/null; }
# A top-level window with exactly this title exists (a dialog).
window_titled() { xdotool search --name "^$1 ?\$" >/dev/null; }
# Gives the workbench's main window the keyboard focus (through the window manager) and waits until it has it.
activate_workbench() {
    local w
    w="$(xdotool search --name ' — Parley ?$' | head -n 1)" && [ -n "$w" ] && xdotool windowactivate --sync "$w"
}
# The activation is retried until it succeeds (it fails while the window manager is still mapping a window).
focus_workbench() { wait_for 30 "the workbench window to take the keyboard focus" activate_workbench; }

# The titles of the visible windows, for a failure's message ("seeds — Parley|Unsaved annotations|").
window_titles() { xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' '|'; }

# count_status FILE STATUS: how many annotations of FILE have this review status (0 if there is no file)
count_status() {
    if [ -f "$1" ]; then { grep -o "status=\"$2\"" "$1" || true; } | wc -l; else echo 0; fi
}

# A window manager on the virtual display, as on a desktop: it gives new windows and dialogs the keyboard
# focus. Stopped when the calling script exits (call it before setting the script's own EXIT trap).
start_window_manager() {
    command -v openbox >/dev/null || { echo "openbox is missing: apt-get install -y openbox" >&2; return 1; }
    openbox --sm-disable >/dev/null 2>&1 &
    WINDOW_MANAGER_PID=$!
}
stop_window_manager() { [ -n "${WINDOW_MANAGER_PID:-}" ] && kill "$WINDOW_MANAGER_PID" 2>/dev/null; true; }
