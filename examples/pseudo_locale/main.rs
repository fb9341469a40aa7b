//! Writes the pseudo-locale (`locales/en-XA/`) from the English message
//! files: `cargo run --example pseudo_locale` after changing English words.
//! A host test fails while the two differ.

include!("transform.rs");

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    for file in upright::i18n::FILES {
        let english = std::fs::read_to_string(format!("{root}/en/{file}.ftl")).expect("English file");
        std::fs::write(format!("{root}/en-XA/{file}.ftl"), pseudo_locale(&english)).expect("pseudo-locale file written");
    }
}
