#!/usr/bin/env bash
# Build Kinerja (release preset), create a demo database on first run, and start the app.
# Extra arguments are passed to the kinerja executable.
#
# Environment:
#   KINERJA_DEMO_DB    demo database path
#                      (default: $HOME/.local/share/Kinerja/kinerja-demo.sqlite)
#   KINERJA_HEADLESS=1 without a display, run the app under xvfb-run instead of exiting
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf 'run: %s\n' "$*"; }

log "checking system packages ..."
scripts/install-deps.sh

log "configuring and building (release preset) ..."
cmake --preset release
cmake --build --preset release -j"$(nproc)"

GUI="$ROOT/build/release/ui/kinerja"
CLI="$ROOT/build/release/app/cli/kinerja-cli"
for exe in "$GUI" "$CLI"; do
    if [[ ! -x "$exe" ]]; then
        log "ERROR: expected executable not found after the build: $exe" >&2
        exit 1
    fi
done

DB="${KINERJA_DEMO_DB:-$HOME/.local/share/Kinerja/kinerja-demo.sqlite}"
if [[ -e "$DB" ]]; then
    log "using existing demo database: $DB"
else
    log "creating demo database (2000 employees, 2 years of appraisals, seed 42): $DB"
    mkdir -p "$(dirname "$DB")"
    "$CLI" demo --db "$DB" --employees 2000 --seed 42 --years 2
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    log "note: no graphical display found (DISPLAY and WAYLAND_DISPLAY are unset)."
    if [[ "${KINERJA_HEADLESS:-0}" == "1" ]]; then
        if ! command -v xvfb-run >/dev/null 2>&1; then
            log "ERROR: xvfb-run is not installed (package xvfb)." >&2
            exit 1
        fi
        log "KINERJA_HEADLESS=1: starting Kinerja under xvfb-run (nothing will be visible)."
        exec xvfb-run -a "$GUI" --db "$DB" "$@"
    fi
    log "Kinerja is a desktop application and needs a display to show its window." >&2
    log "The build and the demo database are ready; run this script from a desktop session," >&2
    log "or set KINERJA_HEADLESS=1 to start it under a virtual X server (xvfb-run)." >&2
    log "Headless tools: $CLI --db \"$DB\" ..." >&2
    exit 2
fi

log "starting Kinerja ..."
exec "$GUI" --db "$DB" "$@"
