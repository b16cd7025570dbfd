//! The compiler in its Web Worker, seen from the page.
//!
//! One request is in flight at a time. Edits made meanwhile replace the queued request, so an
//! older source is never compiled after a newer one was asked for, and an answer to a request
//! that was superseded is dropped. A compile that hangs (longer than [`DEADLINE_MS`]) is
//! cancelled by terminating the worker; a fresh one takes the newest request.

use std::cell::RefCell;
use std::rc::Rc;

use dx_compiler_web::protocol::{Request, Response, SizesRequest, SizesResponse};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

/// The worker script trunk writes for `compiler-wasm/web` (see `index.html`).
pub const WORKER_URL: &str = "./dx-compiler-web_loader.js";
/// A compile taking longer than this is treated as hung.
const DEADLINE_MS: i32 = 10_000;

type Deliver = Rc<dyn Fn(Response)>;

/// Handle to the worker; cheap to clone.
#[derive(Clone)]
pub struct Compiler(Rc<RefCell<State>>);

struct State {
    worker: Option<Worker>,
    ready: bool,
    in_flight: Option<u32>,
    queued: Option<Request>,
    next_id: u32,
    deliver: Deliver,
    on_status: Rc<dyn Fn(&str)>,
    deadline: Option<i32>,
    _on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
    _on_error: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

impl Compiler {
    /// Starts the worker. `deliver` gets every answer that is still current; `on_status` gets
    /// one-line news (worker failed, compile cancelled).
    pub fn start(deliver: impl Fn(Response) + 'static, on_status: impl Fn(&str) + 'static) -> Self {
        let compiler = Compiler(Rc::new(RefCell::new(State {
            worker: None,
            ready: false,
            in_flight: None,
            queued: None,
            next_id: 1,
            deliver: Rc::new(deliver),
            on_status: Rc::new(on_status),
            deadline: None,
            _on_message: None,
            _on_error: None,
        })));
        compiler.spawn();
        compiler
    }

    fn spawn(&self) {
        let worker = match Worker::new(WORKER_URL) {
            Ok(w) => w,
            Err(e) => {
                let on_status = self.0.borrow().on_status.clone();
                on_status(&format!("cannot start the compiler worker: {e:?}"));
                return;
            }
        };
        let this = self.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            this.on_message(e.data());
        });
        let this = self.clone();
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let message = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "the compiler worker failed to load".to_owned());
            let on_status = this.0.borrow().on_status.clone();
            on_status(&message);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut s = self.0.borrow_mut();
        s.worker = Some(worker);
        s.ready = false;
        s.in_flight = None;
        s._on_message = Some(on_message);
        s._on_error = Some(on_error);
    }

    /// Asks for a compile of `files` with `entry`; replaces any request not yet sent.
    pub fn compile(&self, files: &[(String, String)], entry: &str) {
        let request = {
            let mut s = self.0.borrow_mut();
            let id = s.next_id;
            s.next_id += 1;
            Request {
                id,
                files: files.iter().cloned().collect(),
                entry: entry.to_owned(),
            }
        };
        self.0.borrow_mut().queued = Some(request);
        self.pump();
    }

    fn pump(&self) {
        let mut s = self.0.borrow_mut();
        if !s.ready || s.in_flight.is_some() {
            return;
        }
        let Some(request) = s.queued.take() else {
            return;
        };
        let Some(worker) = s.worker.clone() else {
            return;
        };
        let message = match request.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
            Ok(m) => m,
            Err(_) => return,
        };
        s.in_flight = Some(request.id);
        let _ = worker.post_message(&message);
        if let Some(handle) = s.deadline.take() {
            web_sys::window().unwrap().clear_timeout_with_handle(handle);
        }
        let this = self.clone();
        let id = request.id;
        // Keep the request so a restarted worker can take it if this one hangs.
        s.queued = None;
        drop(s);
        let retry = request;
        let timeout = Closure::once_into_js(move || this.hung(id, retry));
        let handle = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                timeout.unchecked_ref(),
                DEADLINE_MS,
            )
            .ok();
        self.0.borrow_mut().deadline = handle;
    }

    fn hung(&self, id: u32, request: Request) {
        let on_status = {
            let mut s = self.0.borrow_mut();
            if s.in_flight != Some(id) {
                return;
            }
            if let Some(worker) = s.worker.take() {
                worker.terminate();
            }
            if s.queued.is_none() {
                s.queued = Some(request);
            }
            s.on_status.clone()
        };
        on_status("the compile took too long and was cancelled; restarting the compiler");
        self.spawn();
    }

    fn on_message(&self, data: JsValue) {
        if js_sys::Reflect::get(&data, &"ready".into())
            .map(|v| v.is_truthy())
            .unwrap_or(false)
        {
            self.0.borrow_mut().ready = true;
            self.pump();
            return;
        }
        let response: Response = match serde_wasm_bindgen::from_value(data) {
            Ok(r) => r,
            Err(e) => {
                let on_status = self.0.borrow().on_status.clone();
                on_status(&format!("unreadable answer from the compiler: {e}"));
                return;
            }
        };
        let deliver = {
            let mut s = self.0.borrow_mut();
            if s.in_flight != Some(response.id) {
                return;
            }
            s.in_flight = None;
            if let Some(handle) = s.deadline.take() {
                web_sys::window().unwrap().clear_timeout_with_handle(handle);
            }
            // A newer request is waiting: this answer is already out of date.
            (s.queued.is_none()).then(|| s.deliver.clone())
        };
        match deliver {
            Some(deliver) => deliver(response),
            None => self.pump(),
        }
    }
}

/// The sizes worker (`playground-web/sizes/`), started on first use. Only the answer to the
/// newest request is delivered.
#[derive(Clone)]
pub struct SizesWorker(Rc<RefCell<SizesState>>);

struct SizesState {
    worker: Worker,
    ready: bool,
    queued: Option<SizesRequest>,
    latest: u32,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

/// The worker script trunk writes for `playground-web/sizes`.
pub const SIZES_WORKER_URL: &str = "./dx-playground-sizes_loader.js";

impl SizesWorker {
    /// Starts the worker; `deliver` gets each current answer.
    pub fn start(deliver: impl Fn(SizesResponse) + 'static) -> Option<Self> {
        let worker = Worker::new(SIZES_WORKER_URL).ok()?;
        let this: Rc<RefCell<Option<SizesWorker>>> = Rc::new(RefCell::new(None));
        let weak = this.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(me) = weak.borrow().clone() else {
                return;
            };
            let data = e.data();
            if js_sys::Reflect::get(&data, &"ready".into()).is_ok_and(|v| v.is_truthy()) {
                me.0.borrow_mut().ready = true;
                me.pump();
                return;
            }
            if let Ok(response) = serde_wasm_bindgen::from_value::<SizesResponse>(data) {
                if response.id == me.0.borrow().latest {
                    deliver(response);
                }
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let sizes = SizesWorker(Rc::new(RefCell::new(SizesState {
            worker,
            ready: false,
            queued: None,
            latest: 0,
            _on_message: on_message,
        })));
        *this.borrow_mut() = Some(sizes.clone());
        Some(sizes)
    }

    /// Measures `request.files`; supersedes any earlier request.
    pub fn measure(&self, request: SizesRequest) {
        {
            let mut s = self.0.borrow_mut();
            s.latest = request.id;
            s.queued = Some(request);
        }
        self.pump();
    }

    fn pump(&self) {
        let mut s = self.0.borrow_mut();
        if !s.ready {
            return;
        }
        if let Some(request) = s.queued.take() {
            if let Ok(message) =
                request.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            {
                let _ = s.worker.post_message(&message);
            }
        }
    }
}
