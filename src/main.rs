//! Entry point: mounts the Upright app in the browser. Nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    upright::ui::mount();
}

/// On the host there is nothing to run: the app only exists in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Upright runs in the browser: use scripts/serve");
}
