//! The JS host provides every function the emitted wasm can import (a missing one is a
//! LinkError at start-up, found here instead of in a user's browser).

use dx_compiler::emit::imports;

#[test]
fn host_provides_every_dx_import() {
    let host = dx_runtime::host_js();
    let dx_object = host
        .split("dx: {")
        .nth(1)
        .expect("host has a `dx` import object");
    // The `dx` object closes at its own indentation (4 spaces); nested functions close deeper.
    let dx_object = &dx_object[..dx_object.find("\n    },").expect("object ends")];
    for import in imports::all() {
        let (module, name, _, _) = imports::describe(import);
        if module == "dx" {
            let provided = dx_object.lines().any(|l| {
                let l = l.trim();
                l.starts_with(&format!("{name}:")) || l == format!("{name},")
            });
            assert!(provided, "host.js does not provide dx.{name}");
        } else {
            assert_eq!(module, "wasm:js-string");
            assert!(
                host.contains(&format!("{name}: (")),
                "host.js has no fallback for wasm:js-string {name}"
            );
        }
    }
}
