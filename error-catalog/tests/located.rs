//! `Loaded::diagnostics` is `Loaded::errors` as data: for every bad catalog
//! of the compile-fail suite, each rendered error is its diagnostic printed.

use error_catalog::load::load;
use std::path::Path;

#[test]
fn diagnostics_render_to_the_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui/catalogs");
    let mut with_errors = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/ui/catalogs") {
        let path = entry.expect("entry").path();
        let loaded = load(&path, &path.to_string_lossy());
        let rendered: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(rendered, loaded.errors, "{}", path.display());
        with_errors += usize::from(!loaded.errors.is_empty());
    }
    assert!(with_errors >= 25, "only {with_errors} bad catalogs");
}
