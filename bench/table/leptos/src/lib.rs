//! Leptos 0.8 (CSR) keyed table, the idiomatic fast way: one `RwSignal` per label, a `Selector`
//! for the selected row, `<For>` keyed by id.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

const ADJECTIVES: &[&str] = &[
    "pretty",
    "large",
    "big",
    "small",
    "tall",
    "short",
    "long",
    "handsome",
    "plain",
    "quaint",
    "clean",
    "elegant",
    "easy",
    "angry",
    "crazy",
    "helpful",
    "mushy",
    "odd",
    "unsightly",
    "adorable",
    "important",
    "inexpensive",
    "cheap",
    "expensive",
    "fancy",
];
const COLOURS: &[&str] = &[
    "red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black",
    "orange",
];
const NOUNS: &[&str] = &[
    "table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger",
    "pizza", "mouse", "keyboard",
];

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

#[derive(Clone)]
struct RowData {
    id: usize,
    label: RwSignal<String>,
}

fn pick(words: &[&'static str]) -> &'static str {
    words[(js_sys::Math::random() * words.len() as f64) as usize]
}

fn build_data(count: usize) -> Vec<RowData> {
    (0..count)
        .map(|_| RowData {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            label: RwSignal::new(format!(
                "{} {} {}",
                pick(ADJECTIVES),
                pick(COLOURS),
                pick(NOUNS)
            )),
        })
        .collect()
}

#[component]
fn Button(
    id: &'static str,
    text: &'static str,
    on_click: impl FnMut(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    view! {
        <div class="col-sm-6 smallpad">
            <button type="button" class="btn btn-primary btn-block" id=id on:click=on_click>{text}</button>
        </div>
    }
}

#[component]
fn App() -> impl IntoView {
    let (data, set_data) = signal(Vec::<RowData>::new());
    let (selected, set_selected) = signal(None::<usize>);
    let is_selected = Selector::new(move || selected.get());

    let run = move |_| set_data.set(build_data(1000));
    let run_lots = move |_| set_data.set(build_data(10000));
    let add = move |_| set_data.update(|rows| rows.extend(build_data(1000)));
    let update = move |_| {
        for row in data.read().iter().step_by(10) {
            row.label.update(|label| label.push_str(" !!!"));
        }
    };
    let clear = move |_| set_data.set(Vec::new());
    let swap_rows = move |_| {
        set_data.update(|rows| {
            if rows.len() > 998 {
                rows.swap(1, 998);
            }
        })
    };

    view! {
        <div class="container">
            <div class="jumbotron">
                <div class="row">
                    <div class="col-md-6"><h1>"Leptos keyed"</h1></div>
                    <div class="col-md-6">
                        <div class="row">
                            <Button id="run" text="Create 1,000 rows" on_click=run />
                            <Button id="runlots" text="Create 10,000 rows" on_click=run_lots />
                            <Button id="add" text="Append 1,000 rows" on_click=add />
                            <Button id="update" text="Update every 10th row" on_click=update />
                            <Button id="clear" text="Clear" on_click=clear />
                            <Button id="swaprows" text="Swap Rows" on_click=swap_rows />
                        </div>
                    </div>
                </div>
            </div>
            <table id="table" class="table table-hover table-striped test-data">
                <tbody id="tbody">
                    <For
                        each=move || data.get()
                        key=|row| row.id
                        children=move |row: RowData| {
                            let row_id = row.id;
                            let label = row.label;
                            let is_selected = is_selected.clone();
                            view! {
                                <tr class:danger=move || is_selected.selected(&Some(row_id))>
                                    <td class="col-md-1">{row_id}</td>
                                    <td class="col-md-4">
                                        <a class="lbl" on:click=move |_| set_selected.set(Some(row_id))>{move || label.get()}</a>
                                    </td>
                                    <td class="col-md-1">
                                        <a class="remove" on:click=move |_| set_data.update(|rows| rows.retain(|r| r.id != row_id))>
                                            <span class="remove glyphicon glyphicon-remove" aria-hidden="true"></span>
                                        </a>
                                    </td>
                                    <td class="col-md-6"></td>
                                </tr>
                            }
                        }
                    />
                </tbody>
            </table>
            <span class="preloadicon glyphicon glyphicon-remove" aria-hidden="true"></span>
        </div>
    }
}

/// Mounts the app into `#main`.
#[wasm_bindgen(start)]
pub fn main() {
    let main = document().get_element_by_id("main").expect("#main");
    let main: leptos::web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(main);
    leptos::mount::mount_to(main, App).forget();
}
