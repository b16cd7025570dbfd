//! The live preview: each successful compile loads a fresh sandboxed iframe (a new opaque
//! origin, no state left from the previous run), hands it the bytes by `postMessage`, and
//! relays what the app reports: ready, console output, runtime errors.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{HtmlIFrameElement, MessageEvent};

use crate::preview_page;

/// What the running app reported.
pub enum Report {
    /// The app mounted; `ms` = compile + instantiate + first batch inside the frame.
    Ready { ms: f64 },
    /// A `console.*` call.
    Console { level: String, text: String },
    /// An uncaught error, with where it happened.
    Error { message: String, location: String },
}

/// The preview frame and the run it shows.
#[derive(Clone)]
pub struct Preview(Rc<RefCell<State>>);

struct State {
    frame: HtmlIFrameElement,
    token: u32,
    bytes: Option<(Vec<u8>, Vec<u8>, Vec<String>)>,
    on_report: Rc<dyn Fn(Report)>,
}

impl Preview {
    /// Takes over `frame` and listens for its messages.
    pub fn new(frame: HtmlIFrameElement, on_report: impl Fn(Report) + 'static) -> Self {
        let preview = Preview(Rc::new(RefCell::new(State {
            frame,
            token: 0,
            bytes: None,
            on_report: Rc::new(on_report),
        })));
        let this = preview.clone();
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            this.on_message(&e);
        });
        web_sys::window()
            .unwrap()
            .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())
            .unwrap();
        listener.forget();
        preview
    }

    /// Runs an app with the JS host that came with it: a fresh frame document, then the bytes
    /// once it has loaded.
    /// `names` are app.wasm's function names by index, to name the function of a trap.
    pub fn run(&self, host_js: &str, templates: Vec<u8>, wasm: Vec<u8>, names: Vec<String>) {
        let mut s = self.0.borrow_mut();
        s.token += 1;
        s.bytes = Some((templates, wasm, names));
        let page = preview_page::document(host_js, s.token);
        s.frame.set_srcdoc(&page);
    }

    fn on_message(&self, e: &MessageEvent) {
        let data = e.data();
        let get =
            |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or(JsValue::UNDEFINED);
        let s = self.0.borrow();
        // Only our frame, and only its current run.
        let from_frame = match (e.source(), s.frame.content_window()) {
            (Some(source), Some(window)) => js_sys::Object::is(&source, &window),
            _ => false,
        };
        if !from_frame || get("dxPreview").as_f64() != Some(s.token as f64) {
            return;
        }
        let text = |key: &str| get(key).as_string().unwrap_or_default();
        let report = match text("kind").as_str() {
            "loaded" => {
                drop(s);
                self.send_bytes();
                return;
            }
            "ready" => Report::Ready {
                ms: get("ms").as_f64().unwrap_or(0.0),
            },
            "console" => Report::Console {
                level: text("level"),
                text: text("text"),
            },
            "error" => Report::Error {
                message: text("message"),
                location: text("location"),
            },
            _ => return,
        };
        let on_report = s.on_report.clone();
        drop(s);
        on_report(report);
    }

    fn send_bytes(&self) {
        let s = self.0.borrow();
        let (Some((templates, wasm, names)), Some(window)) = (&s.bytes, s.frame.content_window())
        else {
            return;
        };
        let message = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&message, &k.into(), v);
        let _ = set("dxRun", &JsValue::from(s.token));
        let _ = set(
            "templates",
            &js_sys::Uint8Array::from(&templates[..]).into(),
        );
        let _ = set("wasm", &js_sys::Uint8Array::from(&wasm[..]).into());
        let list = js_sys::Array::new();
        for name in names {
            list.push(&JsValue::from_str(name));
        }
        let _ = set("names", &list.into());
        // The frame's origin is opaque: "*" is the only target origin that reaches it.
        let _ = window.post_message(&message, "*");
    }
}
