#!/usr/bin/env bash
# Shared helpers for scripts/serve, scripts/test and scripts/bench.
# Every ensure_* installs what is missing and returns at once when it is there,
# so a second run is fast and a fresh machine still works.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
TRUNK_VERSION="0.21.14"

say() { printf '\n== %s\n' "$*"; }

# rust-toolchain.toml pins the toolchain, its wasm target and components; rustup
# installs whichever of them is missing (and nothing when all are there).
ensure_rust_target() {
  if ! command -v rustup >/dev/null; then
    echo "rustup not found: install Rust (rustup) first" >&2; exit 1
  fi
  if ! (cd "$ROOT" && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown); then
    say "installing the pinned toolchain and its wasm target (rust-toolchain.toml)"
    (cd "$ROOT" && rustup toolchain install)
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (takes several minutes once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

# trunk refuses to download tools when run --offline, so the CLI must match
# the wasm-bindgen version Cargo.lock pins, exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  local want; want="$(wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$" \
     || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $want"
    # Not --locked: the registry lacks one of its locked dependencies.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_deps() {
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] \
     || [ ! -d "$ROOT/node_modules/selenium-webdriver" ] \
     || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm dev dependencies (wasm-opt from binaryen, playwright-core, axe-core, selenium-webdriver, pngjs)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

# Installs Debian packages by name (apt-get update first, so a fresh machine finds them).
apt_install() {
  say "installing Debian's $*"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
}

# pdftotext and pdfinfo read the doctor's report's PDF in tests/e2e/report.test.mjs.
ensure_poppler() {
  if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
    apt_install poppler-utils
  fi
}

# The cross-engine tier's browsers and drivers (tests/engines): WebKitGTK's WebKitWebDriver and
# MiniBrowser (webkit2gtk-driver) under Xvfb, Firefox ESR with geckodriver, and Chromium with
# chromedriver (ensure_chromium). Debian's packages and crates.io only: no browser downloads.
ensure_engines() {
  ensure_chromium
  local missing=()
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v firefox-esr >/dev/null || command -v firefox >/dev/null || missing+=(firefox-esr)
  if [ "${#missing[@]}" -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver (compiles for about 10 minutes once)"
    cargo install --locked geckodriver
  fi
}

# Every crate Cargo.lock names, for every target (trunk runs offline, and the wasm-only crates are
# not fetched by a host build); returns at once when they are all in cargo's cache.
ensure_crates() {
  (cd "$ROOT" && cargo fetch --locked --quiet)
}

ensure_build_tools() {
  ensure_rust_target
  ensure_crates
  ensure_trunk
  ensure_wasm_bindgen
  ensure_node_deps
}

# The release build in dist/, always offline so a tool mismatch fails loudly.
build_release() {
  say "building the release into dist/"
  (cd "$ROOT" && trunk build --release --offline)
}
