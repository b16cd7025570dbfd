//! The page: layout (Leptos), and the glue between editor, compiler worker and preview.

use std::cell::RefCell;
use std::time::Duration;

use dx_compiler_web::protocol::{DiagnosticInfo, NamedBytes, Response, SizeRow, SizesRequest};
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::compiler::{Compiler, SizesWorker};
use crate::editor::{self, Editor};
use crate::examples;
use crate::preview::{Preview, Report};
use crate::share::{self, Shared};

/// Edits closer together than this make one compile.
const DEBOUNCE: Duration = Duration::from_millis(120);

/// The output panels under the preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Console,
    Problems,
    Templates,
    Wasm,
    Sizes,
    Build,
}

impl Tab {
    const ALL: [Tab; 6] = [
        Tab::Console,
        Tab::Problems,
        Tab::Templates,
        Tab::Wasm,
        Tab::Sizes,
        Tab::Build,
    ];

    fn label(self) -> &'static str {
        match self {
            Tab::Console => "Console",
            Tab::Problems => "Problems",
            Tab::Templates => "Templates",
            Tab::Wasm => "Wasm",
            Tab::Sizes => "Sizes",
            Tab::Build => "Build",
        }
    }

    fn id(self) -> &'static str {
        match self {
            Tab::Console => "tab-console",
            Tab::Problems => "tab-problems",
            Tab::Templates => "tab-templates",
            Tab::Wasm => "tab-wasm",
            Tab::Sizes => "tab-sizes",
            Tab::Build => "tab-build",
        }
    }
}

/// One line of the console panel.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    level: String,
    text: String,
}

/// The page's reactive state. Signals only, so it is `Copy` and every closure can hold it.
#[derive(Clone, Copy)]
struct Pg {
    /// Every file, in tab order.
    files: RwSignal<Vec<(String, String)>>,
    /// The entry file's path.
    entry: RwSignal<String>,
    /// The file shown in the editor.
    active: RwSignal<String>,
    /// The newest compile's answer.
    latest: RwSignal<Option<Response>>,
    /// The newest successful compile (what the preview runs).
    output: RwSignal<Option<Response>>,
    /// Compressed sizes of `output`, once the sizes worker has measured them.
    sizes: RwSignal<Option<Vec<SizeRow>>>,
    /// `output`'s wasm as text, once the sizes worker has printed it.
    wasm_text: RwSignal<Option<String>>,
    console: RwSignal<Vec<Line>>,
    tab: RwSignal<Tab>,
    status: RwSignal<String>,
    keymap: RwSignal<String>,
    example: RwSignal<String>,
    share_link: RwSignal<Option<String>>,
    /// `?embed`: output first, nothing loads until clicked, code behind a toggle.
    embed: bool,
    /// The compiler has been started (always, except in embed mode before the click).
    started: RwSignal<bool>,
    /// The code is visible (always, except in embed mode until toggled).
    editing: RwSignal<bool>,
}

/// What is not reactive: JS objects, which live on this thread only.
#[derive(Default)]
struct Runtime {
    editor: Option<Editor>,
    compiler: Option<Compiler>,
    preview: Option<Preview>,
    sizes: Option<SizesWorker>,
    debounce: Option<leptos::leptos_dom::helpers::TimeoutHandle>,
    first_preview_ms: Option<f64>,
    compile_ms: Vec<f64>,
}

thread_local! {
    static RT: RefCell<Runtime> = RefCell::new(Runtime::default());
}

fn with_rt<R>(f: impl FnOnce(&mut Runtime) -> R) -> R {
    RT.with(|rt| f(&mut rt.borrow_mut()))
}

/// The editor, cloned out of [`RT`]: its calls may call back into [`on_edit`], which needs `RT`.
fn editor_handle() -> Option<Editor> {
    with_rt(|rt| rt.editor.clone())
}

/// Mounts the playground into `<body>`.
pub fn start() {
    let window = web_sys::window().unwrap();
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let embed = search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == "embed" || p.starts_with("embed="));
    let (shared, problem) = match share::decode(&location.hash().unwrap_or_default()) {
        Ok(Some(shared)) => (shared, None),
        Ok(None) => (example_files(examples::DEFAULT), None),
        Err(e) => (example_files(examples::DEFAULT), Some(e)),
    };
    let keymap = local_storage_get("dx-keymap").unwrap_or_else(|| "default".to_owned());
    let pg = Pg {
        files: RwSignal::new(shared.files.clone()),
        entry: RwSignal::new(shared.entry.clone()),
        active: RwSignal::new(shared.entry.clone()),
        latest: RwSignal::new(None),
        output: RwSignal::new(None),
        sizes: RwSignal::new(None),
        wasm_text: RwSignal::new(None),
        console: RwSignal::new(Vec::new()),
        tab: RwSignal::new(Tab::Console),
        status: RwSignal::new(problem.unwrap_or_else(|| {
            if embed {
                "click Run to load the compiler".to_owned()
            } else {
                "loading the compiler…".to_owned()
            }
        })),
        keymap: RwSignal::new(keymap),
        example: RwSignal::new(
            examples::matching(&shared.entry, &shared.files)
                .map_or(String::new(), |e| e.name.to_owned()),
        ),
        share_link: RwSignal::new(None),
        embed,
        started: RwSignal::new(!embed),
        editing: RwSignal::new(!embed),
    };
    leptos::mount::mount_to_body(move || view! { <Playground pg=pg/> });
    init(pg, &shared);
    expose_test_hooks(pg);
}

/// The files of the example `name` (all of an app's files, the entry first).
fn example_files(name: &str) -> Shared {
    let example = examples::get(name).unwrap_or(&examples::EXAMPLES[0]);
    Shared {
        entry: example.entry.to_owned(),
        files: example
            .files
            .iter()
            .map(|(path, text)| ((*path).to_owned(), (*text).to_owned()))
            .collect(),
    }
}

/// Wires the editor, the preview and (unless embedded) the compiler to the mounted page.
fn init(pg: Pg, shared: &Shared) {
    let document = web_sys::window().unwrap().document().unwrap();
    let on_change = Closure::<dyn Fn(String, String)>::new(move |path: String, text: String| {
        on_edit(pg, path, text);
    });
    let editor = editor::create(
        &document.get_element_by_id("editor").unwrap(),
        on_change.as_ref().unchecked_ref(),
    );
    on_change.forget();
    editor.replace_all(&files_to_js(&shared.files));
    let active_text = file_text(pg, &shared.entry);
    editor.open(&shared.entry, &active_text);
    editor.set_keymap(&pg.keymap.get_untracked());
    let frame = document
        .get_element_by_id("preview")
        .unwrap()
        .unchecked_into::<web_sys::HtmlIFrameElement>();
    let preview = Preview::new(frame, move |report| on_report(pg, report));
    with_rt(|rt| {
        rt.editor = Some(editor);
        rt.preview = Some(preview);
    });
    if !pg.embed {
        start_compiler(pg);
    }
}

fn start_compiler(pg: Pg) {
    pg.started.set(true);
    pg.status.set("loading the compiler…".to_owned());
    let compiler = Compiler::start(
        move |response| on_response(pg, response),
        move |news: &str| pg.status.set(news.to_owned()),
    );
    with_rt(|rt| rt.compiler = Some(compiler));
    compile_now(pg);
}

fn compile_now(pg: Pg) {
    let files = pg.files.get_untracked();
    let entry = pg.entry.get_untracked();
    if let Some(compiler) = with_rt(|rt| rt.compiler.clone()) {
        compiler.compile(&files, &entry);
    }
}

fn schedule_compile(pg: Pg) {
    if let Some(handle) = with_rt(|rt| rt.debounce.take()) {
        handle.clear();
    }
    let handle =
        leptos::leptos_dom::helpers::set_timeout_with_handle(move || compile_now(pg), DEBOUNCE)
            .ok();
    with_rt(|rt| rt.debounce = handle);
}

fn on_edit(pg: Pg, path: String, text: String) {
    pg.files.update(|files| {
        if let Some(file) = files.iter_mut().find(|(p, _)| *p == path) {
            file.1 = text;
        }
    });
    pg.share_link.set(None);
    pg.example.set(String::new());
    schedule_compile(pg);
}

fn on_response(pg: Pg, response: Response) {
    with_rt(|rt| rt.compile_ms.push(response.stats.compile_ms));
    show_diagnostics(pg, &response.diagnostics);
    if response.ok {
        pg.status.set(format!(
            "compiled {} in {:.1} ms",
            pg.entry.get_untracked(),
            response.stats.compile_ms
        ));
        pg.console.set(Vec::new());
        if pg.tab.get_untracked() == Tab::Problems {
            pg.tab.set(Tab::Console);
        }
        if let Some(preview) = with_rt(|rt| rt.preview.clone()) {
            preview.run(
                &response.host_js,
                response.templates.clone(),
                response.wasm.clone(),
                response.function_names.clone(),
            );
        }
        measure_sizes(pg, &response);
        pg.output.set(Some(response.clone()));
    } else {
        let n = response.diagnostics.len();
        pg.status.set(format!(
            "{n} error{}: the preview shows the last version that compiled",
            if n == 1 { "" } else { "s" }
        ));
        pg.tab.set(Tab::Problems);
    }
    pg.latest.set(Some(response));
}

/// Gzip/brotli sizes of a compile, from the sizes worker, which starts after the first preview
/// (or when the Sizes tab is opened) so it never delays the first one.
fn measure_sizes(pg: Pg, response: &Response) {
    pg.sizes.set(None);
    pg.wasm_text.set(None);
    let Some(sizes) = with_rt(|rt| rt.sizes.clone()) else {
        return;
    };
    let bytes = |name: &str| -> Vec<u8> {
        match name {
            "index.html" => response.index_html.clone().into_bytes(),
            "app.htip" => response.templates.clone(),
            "app.wasm" => response.wasm.clone(),
            _ => response.host_js.clone().into_bytes(),
        }
    };
    sizes.measure(SizesRequest {
        id: response.id,
        files: response
            .stats
            .sizes
            .iter()
            .map(|row| NamedBytes {
                name: row.name.clone(),
                bytes: bytes(&row.name),
            })
            .collect(),
        print: response.named_wasm.clone(),
    });
}

fn start_sizes_worker(pg: Pg) {
    if with_rt(|rt| rt.sizes.is_some()) {
        return;
    }
    let worker = SizesWorker::start(move |answer| {
        pg.sizes.set(Some(answer.sizes));
        pg.wasm_text.set(Some(answer.wasm_text));
    });
    with_rt(|rt| rt.sizes = worker);
    if let Some(output) = pg.output.get_untracked() {
        measure_sizes(pg, &output);
    }
}

/// Squiggles in the editor for the file it shows.
fn show_diagnostics(pg: Pg, diagnostics: &[DiagnosticInfo]) {
    #[derive(Serialize)]
    struct Mark {
        from: u32,
        to: u32,
        message: String,
        source: String,
    }
    let active = pg.active.get_untracked();
    let marks: Vec<Mark> = diagnostics
        .iter()
        .filter(|d| d.path == active)
        .map(|d| Mark {
            from: d.from16,
            to: d.to16,
            message: format!("{}\nhint: {}", d.message, d.hint),
            source: d.code.clone(),
        })
        .collect();
    let list = marks
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL);
    if let Some(editor) = editor_handle() {
        editor.set_diagnostics(&active, &list);
    };
}

fn on_report(pg: Pg, report: Report) {
    match report {
        Report::Ready { ms } => {
            pg.status.update(|s| {
                if s.starts_with("compiled") && !s.contains("started") {
                    s.push_str(&format!(", app started in {ms:.1} ms"));
                }
            });
            let first = with_rt(|rt| {
                let first = rt.first_preview_ms.is_none();
                if first {
                    rt.first_preview_ms = Some(now());
                }
                first
            });
            if first {
                start_sizes_worker(pg);
                let ms = with_rt(|rt| rt.first_preview_ms.unwrap_or(0.0));
                if let Some(body) = web_sys::window().unwrap().document().unwrap().body() {
                    let _ = body.set_attribute("data-first-preview-ms", &format!("{ms:.0}"));
                }
            }
        }
        Report::Console { level, text } => pg.console.update(|c| c.push(Line { level, text })),
        Report::Error { message, location } => {
            let text = if location.is_empty() {
                message
            } else {
                format!("{message}\n    at {location}")
            };
            pg.console.update(|c| {
                c.push(Line {
                    level: "error".to_owned(),
                    text,
                })
            });
            pg.tab.set(Tab::Console);
        }
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn file_text(pg: Pg, path: &str) -> String {
    pg.files
        .get_untracked()
        .into_iter()
        .find(|(p, _)| p == path)
        .map(|(_, t)| t)
        .unwrap_or_default()
}

fn files_to_js(files: &[(String, String)]) -> JsValue {
    files
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// Replaces every file (an example, a pasted link).
fn load(pg: Pg, shared: Shared) {
    pg.files.set(shared.files.clone());
    pg.entry.set(shared.entry.clone());
    pg.active.set(shared.entry.clone());
    pg.share_link.set(None);
    if let Some(editor) = editor_handle() {
        editor.replace_all(&files_to_js(&shared.files));
        let text = file_text(pg, &shared.entry);
        editor.open(&shared.entry, &text);
    };
    clear_fragment();
    compile_now(pg);
}

fn open_file(pg: Pg, path: String) {
    let text = file_text(pg, &path);
    pg.active.set(path.clone());
    if let Some(editor) = editor_handle() {
        editor.open(&path, &text);
    };
    if let Some(latest) = pg.latest.get_untracked() {
        show_diagnostics(pg, &latest.diagnostics);
    }
}

fn add_file(pg: Pg) {
    let window = web_sys::window().unwrap();
    let Ok(Some(name)) =
        window.prompt_with_message_and_default("New file (.tsx, .dx or .ts)", "Button.tsx")
    else {
        return;
    };
    let name = name.trim().to_owned();
    let component: String = name
        .split('.')
        .next()
        .unwrap_or("Part")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let text = if name.ends_with(".ts") {
        // A module of functions and types, imported by the components.
        format!("export function {component}(n: number): number {{\n  return n;\n}}\n")
    } else {
        format!("export function {component}() {{\n  return <p>{component}</p>;\n}}\n")
    };
    add_file_named(pg, name, text);
}

fn add_file_named(pg: Pg, name: String, text: String) {
    if ![".tsx", ".dx", ".ts"]
        .iter()
        .any(|ext| name.len() > ext.len() && name.ends_with(ext))
    {
        pg.status
            .set(format!("`{name}`: a file must end in .tsx, .dx or .ts"));
        return;
    }
    if pg.files.get_untracked().iter().any(|(p, _)| *p == name) {
        pg.status.set(format!("`{name}` already exists"));
        return;
    }
    pg.files.update(|f| f.push((name.clone(), text)));
    open_file(pg, name);
    schedule_compile(pg);
}

fn remove_file(pg: Pg, path: String) {
    if path == pg.entry.get_untracked() {
        return;
    }
    pg.files.update(|f| f.retain(|(p, _)| *p != path));
    if let Some(editor) = editor_handle() {
        editor.remove(&path);
    };
    if pg.active.get_untracked() == path {
        open_file(pg, pg.entry.get_untracked());
    }
    schedule_compile(pg);
}

fn share_now(pg: Pg) {
    let window = web_sys::window().unwrap();
    let fragment = share::encode(&Shared {
        entry: pg.entry.get_untracked(),
        files: pg.files.get_untracked(),
    });
    let location = window.location();
    let link = format!(
        "{}{}{}#{fragment}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&link));
    }
    let _ = window.navigator().clipboard().write_text(&link);
    pg.share_link.set(Some(link));
    pg.status
        .set("share link copied: it holds every file".to_owned());
}

fn clear_fragment() {
    let window = web_sys::window().unwrap();
    let location = window.location();
    if location.hash().unwrap_or_default().is_empty() {
        return;
    }
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

fn set_keymap(pg: Pg, name: String) {
    if let Some(editor) = editor_handle() {
        editor.set_keymap(&name);
    };
    local_storage_set("dx-keymap", &name);
    pg.keymap.set(name);
}

fn toggle_editing(pg: Pg) {
    pg.editing.update(|e| *e = !*e);
    // The editor was laid out while hidden: measure again once it is shown.
    leptos::leptos_dom::helpers::request_animation_frame(|| {
        if let Some(editor) = editor_handle() {
            editor.refresh();
        }
    });
}

fn local_storage_get(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

fn local_storage_set(key: &str, value: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(key, value);
    }
}

/// `window.dxPlayground`: what the browser tests and the metrics command read.
fn expose_test_hooks(pg: Pg) {
    let hooks = js_sys::Object::new();
    let set = |name: &str, f: &JsValue| {
        let _ = js_sys::Reflect::set(&hooks, &name.into(), f);
    };
    let files = Closure::<dyn Fn() -> JsValue>::new(move || files_to_js(&pg.files.get_untracked()));
    set("files", files.as_ref());
    files.forget();
    let entry = Closure::<dyn Fn() -> String>::new(move || pg.entry.get_untracked());
    set("entry", entry.as_ref());
    entry.forget();
    let metrics = Closure::<dyn Fn() -> JsValue>::new(|| {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Metrics {
            first_preview_ms: Option<f64>,
            compile_ms: Vec<f64>,
        }
        let m = with_rt(|rt| Metrics {
            first_preview_ms: rt.first_preview_ms,
            compile_ms: rt.compile_ms.clone(),
        });
        m.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap_or(JsValue::NULL)
    });
    set("metrics", metrics.as_ref());
    metrics.forget();
    let set_file = Closure::<dyn Fn(String, String)>::new(move |path: String, text: String| {
        if let Some(editor) = editor_handle() {
            editor.set_text(&path, &text);
        };
    });
    set("setFile", set_file.as_ref());
    set_file.forget();
    let add = Closure::<dyn Fn(String, String)>::new(move |path: String, text: String| {
        add_file_named(pg, path, text);
    });
    set("addFile", add.as_ref());
    add.forget();
    let _ = js_sys::Reflect::set(&js_sys::global(), &"dxPlayground".into(), &hooks);
}

#[component]
fn Playground(pg: Pg) -> impl IntoView {
    view! {
        <div class="pg" class:embed=pg.embed class:editing=move || pg.editing.get()>
            <Header pg=pg/>
            <section class="code" aria-label="Code">
                <Files pg=pg/>
                <div id="editor" class="editor"></div>
            </section>
            <section class="run" aria-label="Result">
                <div class="preview-box">
                    <iframe id="preview" title="Preview" sandbox="allow-scripts"></iframe>
                    <Show when=move || !pg.started.get()>
                        <button id="load" class="load" on:click=move |_| start_compiler(pg)>
                            "▶ Run"
                        </button>
                    </Show>
                </div>
                <Output pg=pg/>
            </section>
        </div>
    }
}

#[component]
fn Header(pg: Pg) -> impl IntoView {
    let examples = examples::EXAMPLES
        .iter()
        .map(|e| view! { <option value=e.name>{e.name}</option> })
        .collect_view();
    let full_link = move || {
        let fragment = share::encode(&Shared {
            entry: pg.entry.get(),
            files: pg.files.get(),
        });
        format!("./#{fragment}")
    };
    view! {
        <header class="bar">
            <a class="logo" href="./" target=if pg.embed { "_blank" } else { "_self" }>
                "dx" <span>" playground"</span>
            </a>
            <Show when=move || !pg.embed>
                <label class="field">
                    "Example "
                    <select
                        id="examples"
                        prop:value=move || pg.example.get()
                        on:change=move |ev| {
                            let name = event_target_value(&ev);
                            if !name.is_empty() {
                                pg.example.set(name.clone());
                                load(pg, example_files(&name));
                            }
                        }
                    >
                        <option value="" disabled=true>"(edited)"</option>
                        {examples.clone()}
                    </select>
                </label>
                <label class="field">
                    "Keys "
                    <select
                        id="keymap"
                        prop:value=move || pg.keymap.get()
                        on:change=move |ev| set_keymap(pg, event_target_value(&ev))
                    >
                        <option value="default">"default"</option>
                        <option value="vim">"vim"</option>
                    </select>
                </label>
                <button id="share" on:click=move |_| share_now(pg)>"Share"</button>
            </Show>
            <Show when=move || pg.embed>
                <button id="edit-toggle" on:click=move |_| toggle_editing(pg)>
                    {move || if pg.editing.get() { "Hide code" } else { "Edit" }}
                </button>
                <a id="open-full" href=full_link target="_blank" rel="noopener">
                    "Open in playground"
                </a>
            </Show>
            <span id="status" class="status" role="status">{move || pg.status.get()}</span>
            <Show when=move || pg.share_link.get().is_some()>
                <input
                    id="share-link"
                    class="share-link"
                    readonly=true
                    prop:value=move || pg.share_link.get().unwrap_or_default()
                    on:focus=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        input.select();
                    }
                />
            </Show>
        </header>
    }
}

#[component]
fn Files(pg: Pg) -> impl IntoView {
    view! {
        <nav class="files" aria-label="Files">
            <For
                each={move || pg.files.get().into_iter().map(|(p, _)| p).collect::<Vec<_>>()}
                key={|path: &String| path.clone()}
                children=move |path: String| {
                    let open = path.clone();
                    let close = path.clone();
                    let is_active = {
                        let path = path.clone();
                        move || pg.active.get() == path
                    };
                    let is_entry = {
                        let path = path.clone();
                        move || pg.entry.get() == path
                    };
                    view! {
                        <span class="file" class:active=is_active.clone()>
                            <button class="file-name" on:click=move |_| open_file(pg, open.clone())>
                                {path.clone()}
                            </button>
                            <Show
                                when=is_entry
                                fallback=move || {
                                    let close = close.clone();
                                    view! {
                                        <button
                                            class="file-close"
                                            title="Remove this file"
                                            on:click=move |_| remove_file(pg, close.clone())
                                        >
                                            "×"
                                        </button>
                                    }
                                }
                            >
                                <span class="file-entry" title="The entry: the compiled component file">
                                    "entry"
                                </span>
                            </Show>
                        </span>
                    }
                }
            />
            <button id="add-file" class="file-add" title="Add a file" on:click=move |_| add_file(pg)>
                "+"
            </button>
        </nav>
    }
}

#[component]
fn Output(pg: Pg) -> impl IntoView {
    let tabs = Tab::ALL
        .into_iter()
        .map(|tab| {
            view! {
                <button
                    id=tab.id()
                    role="tab"
                    class:active=move || pg.tab.get() == tab
                    on:click=move |_| pg.tab.set(tab)
                >
                    {tab.label()}
                    {move || match tab {
                        Tab::Problems => {
                            let n = pg.latest.get().map_or(0, |r| r.diagnostics.len());
                            if n > 0 { format!(" ({n})") } else { String::new() }
                        }
                        Tab::Console => {
                            let n = pg.console.get().len();
                            if n > 0 { format!(" ({n})") } else { String::new() }
                        }
                        _ => String::new(),
                    }}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="output">
            <nav class="tabs" role="tablist">{tabs}</nav>
            <div class="panel" role="tabpanel">
                {move || match pg.tab.get() {
                    Tab::Console => console_panel(pg).into_any(),
                    Tab::Problems => problems_panel(pg).into_any(),
                    Tab::Templates => text_panel("templates-text", move || pg.output.get().map(|r| r.templates_text)).into_any(),
                    Tab::Wasm => wasm_panel(pg).into_any(),
                    Tab::Sizes => sizes_panel(pg).into_any(),
                    Tab::Build => build_panel(pg).into_any(),
                }}
            </div>
        </div>
    }
}

fn console_panel(pg: Pg) -> impl IntoView {
    view! {
        <div id="console" class="console">
            {move || {
                let lines = pg.console.get();
                if lines.is_empty() {
                    view! { <p class="empty">"No console output."</p> }.into_any()
                } else {
                    lines
                        .into_iter()
                        .map(|l| view! { <pre class=format!("line {}", l.level)>{l.text}</pre> })
                        .collect_view()
                        .into_any()
                }
            }}
        </div>
    }
}

fn problems_panel(pg: Pg) -> impl IntoView {
    view! {
        <ul id="problems" class="problems">
            {move || {
                let diagnostics = pg.latest.get().map(|r| r.diagnostics).unwrap_or_default();
                if diagnostics.is_empty() {
                    return view! { <li class="empty">"No problems."</li> }.into_any();
                }
                diagnostics
                    .into_iter()
                    .map(|d| {
                        let location = format!("{}:{}:{}", d.path, d.line, d.col);
                        let path = d.path.clone();
                        view! {
                            <li class="diag">
                                <button class="loc" on:click=move |_| open_file(pg, path.clone())>
                                    {location}
                                </button>
                                " " <code class="code">{d.code}</code> " " {d.message}
                                <pre class="frame">{d.rendered}</pre>
                            </li>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </ul>
    }
}

fn text_panel(
    id: &'static str,
    text: impl Fn() -> Option<String> + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <pre id=id class="dump">
            {move || text().unwrap_or_else(|| "Nothing compiled yet.".to_owned())}
        </pre>
    }
}

/// The module as text, printed by the sizes worker (which this starts if it has not yet).
fn wasm_panel(pg: Pg) -> impl IntoView {
    start_sizes_worker(pg);
    text_panel("wasm-text", move || {
        pg.output.get().map(|_| {
            pg.wasm_text
                .get()
                .unwrap_or_else(|| "Printing the module…".to_owned())
        })
    })
}

fn sizes_panel(pg: Pg) -> impl IntoView {
    start_sizes_worker(pg);
    view! {
        <div class="sizes">
            {move || match pg.output.get() {
                None => view! { <p class="empty">"Nothing compiled yet."</p> }.into_any(),
                Some(r) => {
                    let measured = pg.sizes.get();
                    let rows = measured.unwrap_or(r.stats.sizes);
                    let show = |n: Option<u32>| n.map_or("…".to_owned(), |n| format!("{n} B"));
                    let sum = |f: fn(&SizeRow) -> Option<u32>| {
                        rows.iter().map(f).sum::<Option<u32>>()
                    };
                    let total = (
                        sum(|s| Some(s.raw)),
                        sum(|s| s.gzip),
                        sum(|s| s.brotli),
                    );
                    let body = rows
                        .iter()
                        .map(|s| {
                            view! {
                                <tr>
                                    <td>{s.name.clone()}</td>
                                    <td>{show(Some(s.raw))}</td>
                                    <td>{show(s.gzip)}</td>
                                    <td>{show(s.brotli)}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <table id="sizes">
                            <thead>
                                <tr><th>"file"</th><th>"raw"</th><th>"gzip -9"</th><th>"brotli -q 11"</th></tr>
                            </thead>
                            <tbody>{body}</tbody>
                            <tfoot>
                                <tr>
                                    <th>"total"</th>
                                    <th>{show(total.0)}</th>
                                    <th>{show(total.1)}</th>
                                    <th>{show(total.2)}</th>
                                </tr>
                            </tfoot>
                        </table>
                        <p class="note">"The files dx build --prerender off writes for this component, measured the same way (gzip -9, brotli -q 11). By default dx build also puts the first frame's HTML into index.html, which adds that HTML's bytes."</p>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

fn build_panel(pg: Pg) -> impl IntoView {
    view! {
        <dl id="build" class="build">
            {move || match pg.latest.get() {
                None => view! { <p class="empty">"Nothing compiled yet."</p> }.into_any(),
                Some(r) => view! {
                    <dt>"component"</dt>
                    <dd>{if r.component.is_empty() { "—".to_owned() } else { r.component.clone() }}</dd>
                    <dt>"back-end"</dt>
                    <dd id="backend">{r.stats.backend.clone()}</dd>
                    <dt>"why"</dt>
                    <dd>{r.stats.backend_reason.clone()}</dd>
                    <dt>"compile time"</dt>
                    <dd id="compile-time">{format!("{:.2} ms (parse → emit → validate, in the worker)", r.stats.compile_ms)}</dd>
                    <dt>"request time"</dt>
                    <dd>{format!("{:.2} ms (+ dumps and sizes)", r.stats.total_ms)}</dd>
                }
                .into_any(),
            }}
        </dl>
    }
}
