#!/usr/bin/env bash
# Shared helpers for scripts/serve, scripts/test and scripts/bench.
# Every ensure_* installs what is missing and returns at once when it is there,
# so a second run is fast and a fresh machine still works.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
TRUNK_VERSION="0.21.14"

say() { printf '\n== %s\n' "$*"; }

ensure_rust_target() {
  if ! command -v cargo >/dev/null; then
    echo "cargo not found: install Rust (rustup) first" >&2; exit 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# The release wasm links a std compiled for it (-Zbuild-std), with panics that
# trap at once instead of formatting a message nobody sees: 21 KB gzip less
# (230.6 -> 209.9 KB measured). Building std needs its source.
ensure_rust_src() {
  if [ ! -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
    say "adding rust-src (the release wasm builds its own std)"
    rustup component add rust-src
  fi
}

# Only the release wasm (scripts/build-wasm) gets these, so host tests and the
# browser tier build as usual. -Zbuild-std and -Cpanic=immediate-abort are
# unstable: RUSTC_BOOTSTRAP lets the stable toolchain accept them for this one
# build. --emit-relocs keeps what wasm-split needs to cut the module apart, and
# upright_split turns the screens into split points (src/ui/screens.rs).
# Cargo joins these rustflags to the ones in .cargo/config.toml.
RELEASE_ENV=(
  RUSTC_BOOTSTRAP=1
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Clink-args=--emit-relocs --cfg upright_split"
)

# wasm-split-cli cuts the release wasm at those split points (scripts/build-wasm).
WASM_SPLIT_VERSION="0.2.4"
WASM_SPLIT="$ROOT/.tools/wasm-split-$WASM_SPLIT_VERSION/bin/wasm-split-cli"

ensure_wasm_split() {
  if [ ! -x "$WASM_SPLIT" ]; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION into .tools (about two minutes once)"
    cargo install --locked wasm_split_cli_support --features build-binary \
      --version "$WASM_SPLIT_VERSION" --root "$ROOT/.tools/wasm-split-$WASM_SPLIT_VERSION"
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
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] || [ ! -d "$ROOT/node_modules/esbuild" ] \
     || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm dev dependencies (wasm-opt from binaryen, esbuild, playwright-core)"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
  fi
}

ensure_build_tools() {
  ensure_rust_target
  ensure_rust_src
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_split
  ensure_node_deps
}

# The release build in dist/, always offline so a tool mismatch fails loudly.
build_release() {
  say "building the release into dist/"
  (cd "$ROOT" && trunk build --release --offline)
}
