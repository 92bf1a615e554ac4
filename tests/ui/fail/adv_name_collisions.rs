// Names colliding after case conversion (given and derived from keys).
error_runtime::include_catalog!("../../../../tests/ui/catalogs/adv_name_collisions.toml");

fn main() {
    let _ = (CollidingName::FooBar, CollidingName::HTTPError, colliding_name!(5), colliding_name!(8));
}
