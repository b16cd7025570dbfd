// CodeMirror 6 for the dx playground, bundled by esbuild into one classic script that defines
// `globalThis.dxEditor` (see ../build.sh). The Leptos page drives it through the small API below
// (playground-web/src/editor.rs declares the same functions).
//
//   const ed = dxEditor.create(parentElement, (path, text) => …);   // called on every edit
//   ed.open(path, text)            // show `path`, creating its document from `text` the first time
//   ed.replaceAll(files)           // forget every document ([[path, text], …]), e.g. a new example
//   ed.setText(path, text)         // replace a document's text (undoable)
//   ed.text(path)                  // a document's current text
//   ed.setDiagnostics(path, list)  // [{ from, to, message }] in UTF-16 offsets: squiggles + hover
//   ed.setKeymap("vim" | "default")
//   ed.focus(), ed.refresh()   // refresh: re-measure after being hidden

import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, dropCursor, rectangularSelection, crosshairCursor, highlightSpecialChars,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  syntaxHighlighting, defaultHighlightStyle, indentOnInput, bracketMatching, foldGutter, foldKeymap,
} from "@codemirror/language";
import { javascript } from "@codemirror/lang-javascript";
import { closeBrackets, closeBracketsKeymap, autocompletion, completionKeymap } from "@codemirror/autocomplete";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { setDiagnostics, lintGutter, lintKeymap } from "@codemirror/lint";
import { vim } from "@replit/codemirror-vim";

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "14px" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" },
});

function create(parent, onChange) {
  const keymapSlot = new Compartment();
  const documents = new Map();
  let current = null;
  // While we swap states or replace text ourselves, edits are not the user's.
  let quiet = false;

  const extensions = () => [
    keymapSlot.of([]),
    lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), foldGutter(),
    drawSelection(), dropCursor(), EditorState.allowMultipleSelections.of(true), indentOnInput(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }), bracketMatching(), closeBrackets(),
    autocompletion(), rectangularSelection(), crosshairCursor(), highlightActiveLine(),
    highlightSelectionMatches(), lintGutter(),
    keymap.of([
      ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap,
      ...completionKeymap, ...lintKeymap, indentWithTab,
    ]),
    javascript({ jsx: true, typescript: true }),
    theme,
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !quiet && current !== null) onChange(current, update.state.doc.toString());
    }),
  ];

  const view = new EditorView({ parent, state: EditorState.create({ doc: "", extensions: extensions() }) });
  let keymapName = "default";

  const stateFor = (path, text) => {
    let state = documents.get(path);
    if (!state) {
      state = EditorState.create({ doc: text, extensions: extensions() });
      documents.set(path, state);
    }
    return state;
  };
  const withKeymap = () =>
    view.dispatch({ effects: keymapSlot.reconfigure(keymapName === "vim" ? vim() : []) });

  return {
    open(path, text) {
      if (current !== null) documents.set(current, view.state);
      current = path;
      quiet = true;
      view.setState(stateFor(path, text));
      withKeymap();
      quiet = false;
    },
    replaceAll(files) {
      documents.clear();
      current = null;
      for (const [path, text] of files) stateFor(path, text);
    },
    setText(path, text) {
      if (path === current) {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      } else {
        const state = stateFor(path, text);
        documents.set(path, state.update({ changes: { from: 0, to: state.doc.length, insert: text } }).state);
        onChange(path, text);
      }
    },
    text(path) {
      if (path === current) return view.state.doc.toString();
      const state = documents.get(path);
      return state ? state.doc.toString() : null;
    },
    remove(path) {
      documents.delete(path);
    },
    setDiagnostics(path, list) {
      if (path !== current) return;
      const length = view.state.doc.length;
      const diagnostics = list.map((d) => {
        const from = Math.min(d.from, length);
        // An empty span still needs a visible squiggle: widen it to the next character.
        const to = Math.min(Math.max(d.to, from + 1), length);
        return { from, to: Math.max(to, from), severity: "error", message: d.message, source: d.source };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    setKeymap(name) {
      keymapName = name === "vim" ? "vim" : "default";
      withKeymap();
    },
    focus() {
      view.focus();
    },
    refresh() {
      view.requestMeasure();
    },
    view,
  };
}

globalThis.dxEditor = { create };
