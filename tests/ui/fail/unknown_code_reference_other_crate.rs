// The code-reference macro of a catalog included by another crate (`hygiene`):
// an unknown code is the same error, naming the catalog and the nearest codes.
use hygiene::catalogs::{acme_status, AcmeStatus};

fn main() {
    let ok: AcmeStatus = acme_status!(4026);
    let _ = ok;
    let _ = acme_status!(4027);
}
