//! The browser entry points: the wasm-bindgen API and the Web Worker loop.
//!
//! Loaded in a dedicated worker (trunk writes `dx-compiler-web_loader.js` for it), the module
//! answers every request message with a response message and announces itself with
//! `{ ready: true }` once it can take requests. See [`crate::protocol`] for the messages.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, WorkerGlobalScope};

use crate::protocol::{Request, Response};

/// Compiles one request (`{ id, files: { path: source }, entry }`) and returns the response
/// object (`{ id, ok, templates, wasm, diagnostics, stats, … }`).
#[wasm_bindgen]
pub fn compile(request: JsValue) -> Result<JsValue, JsError> {
    let request: Request = serde_wasm_bindgen::from_value(request)?;
    Ok(to_js(&crate::compile_request(&request, &now))?)
}

fn to_js(response: &Response) -> Result<JsValue, serde_wasm_bindgen::Error> {
    // Plain objects (not `Map`s), byte vectors as `Uint8Array`s.
    response.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

fn now() -> f64 {
    js_sys::global()
        .unchecked_into::<WorkerGlobalScope>()
        .performance()
        .map_or(0.0, |p| p.now())
}

/// Runs when the module is instantiated: inside a dedicated worker, starts answering messages.
#[wasm_bindgen(start)]
pub fn start() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let reply = match serde_wasm_bindgen::from_value::<Request>(e.data()) {
            Ok(request) => to_js(&crate::compile_request(&request, &now)).map_err(JsValue::from),
            Err(error) => Err(JsValue::from_str(&format!("bad request: {error}"))),
        };
        let message = reply.unwrap_or_else(|error| {
            let o = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&o, &"error".into(), &error);
            o.into()
        });
        let _ = reply_to.post_message(&message);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}
