//! The examples menu: every component in `examples/`, embedded at build time (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// The example the playground opens with.
pub const DEFAULT: &str = "counter.tsx";

/// The source of example `name`.
pub fn source(name: &str) -> Option<&'static str> {
    EXAMPLES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_example_exists_and_every_example_is_a_component_file() {
        assert!(source(DEFAULT).is_some());
        for (name, text) in EXAMPLES {
            assert!(name.ends_with(".tsx") || name.ends_with(".dx"), "{name}");
            assert!(text.contains("export default"), "{name}");
        }
    }
}
