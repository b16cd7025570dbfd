//! The playground's sizes worker: answers a
//! [`SizesRequest`](dx_compiler_web::protocol::SizesRequest) with gzip -9 and brotli -q 11 sizes
//! ([`dx_compiler_web::measure`], the same measurement as `dx build`) and the module printed as
//! text for the Wasm tab. A worker of its own so the compressors' ~360 KB (brotli) and the
//! printer stay out of the compiler's download; the page loads it after the first preview.

#[cfg(target_arch = "wasm32")]
mod worker {
    use dx_compiler_web::protocol::SizesRequest;
    use serde::Serialize;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// Inside a dedicated worker: answer every message, after announcing `{ ready: true }`.
    #[wasm_bindgen(start)]
    pub fn start() {
        let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
            return;
        };
        let reply_to = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Ok(request) = serde_wasm_bindgen::from_value::<SizesRequest>(e.data()) else {
                return;
            };
            let response = dx_compiler_web::measure(&request);
            if let Ok(message) =
                response.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            {
                let _ = reply_to.post_message(&message);
            }
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let ready = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
        let _ = scope.post_message(&ready);
    }
}
