#!/usr/bin/env bash
# Install the Debian 12 (bookworm) packages needed to build, run and test Kinerja.
# Idempotent: when every package is already installed, apt is not touched at all.
set -euo pipefail

PACKAGES=(
    # Toolchain (CMake presets use the default "Unix Makefiles" generator)
    build-essential
    cmake
    git
    # Qt 6.4
    qt6-base-dev
    libqt6opengl6-dev        # Qt6Charts' CMake config needs it
    qt6-charts-dev
    qt6-svg-dev
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools           # lupdate / lrelease
    qt6-translations-l10n    # Qt's own translations (dialog buttons etc.)
    libqt6gui6               # holds the xcb and offscreen platform plugins on bookworm
    libqt6sql6-sqlite        # QSQLITE driver (run-time plugin)
    libqt6sql6-psql          # QPSQL driver: the office server (run-time plugin)
    libqt6svg6               # SVG icon plugin (run-time)
    qtkeychain-qt6-dev       # server passwords in the desktop's secret store (QtKeychain)
    # Other libraries
    libxlsxwriter-dev
    libminizip-dev
    libsqlite3-dev           # the audit functions registered on every file connection
    # Headless runs and test tooling
    xvfb
    xauth
    poppler-utils            # pdftotext / pdfinfo for PDF checks
    fonts-dejavu-core
    python3-openpyxl         # independent .xlsx checker (use /usr/bin/python3)
    locales                  # the suite also runs under id_ID.UTF-8, the users' locale
    postgresql               # the tests' throwaway server cluster (scripts/test-server.sh)
    sqlite3                  # the shell the audit tests tamper with a file through
    # Linters (scripts/lint.sh)
    clang-format
    clang-tidy               # also holds run-clang-tidy
)
# Extra packages a caller needs beyond these (scripts/fuzz.sh passes clang).
PACKAGES+=("$@")

log() { printf 'install-deps: %s\n' "$*"; }

missing=()
for pkg in "${PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "installed" ]]; then
        missing+=("$pkg")
    fi
done

# The users' locale: scripts/test.sh runs every test under it too.
ensure_locale() {
    if locale -a 2>/dev/null | grep -qix 'id_ID.utf-\?8'; then
        return 0
    fi
    log "generating the id_ID.UTF-8 locale ..."
    if [[ -f /etc/locale.gen ]] && grep -q '^# *id_ID.UTF-8 UTF-8' /etc/locale.gen; then
        "${SUDO[@]}" sed -i 's/^# *id_ID.UTF-8 UTF-8/id_ID.UTF-8 UTF-8/' /etc/locale.gen
    elif ! grep -q '^id_ID.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
        echo 'id_ID.UTF-8 UTF-8' | "${SUDO[@]}" tee -a /etc/locale.gen >/dev/null
    fi
    "${SUDO[@]}" locale-gen >/dev/null
    if ! locale -a 2>/dev/null | grep -qix 'id_ID.utf-\?8'; then
        log "ERROR: the id_ID.UTF-8 locale could not be generated." >&2
        exit 1
    fi
}

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    elif [[ ${#missing[@]} -gt 0 ]] || ! locale -a 2>/dev/null | grep -qix 'id_ID.utf-\?8'; then
        log "ERROR: not running as root and sudo is not available." >&2
        log "Install these packages as root: ${missing[*]:-(none)}; generate the id_ID.UTF-8 locale." >&2
        exit 1
    fi
fi

if [[ ${#missing[@]} -eq 0 ]]; then
    log "all ${#PACKAGES[@]} required packages are already installed."
    ensure_locale
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    log "ERROR: apt-get not found. This script supports Debian 12 (bookworm) only." >&2
    log "Missing packages: ${missing[*]}" >&2
    exit 1
fi

log "missing ${#missing[@]} package(s): ${missing[*]}"
log "running apt-get update ..."
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
log "installing ..."
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
ensure_locale
log "done."
