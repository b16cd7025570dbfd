// SolidJS keyed table, the idiomatic fast way: one signal per label, createSelector for the
// selected row, <For> for the keyed list, delegated events with bound handler data.
import { createSignal, createSelector, batch, For } from "solid-js";
import { render } from "solid-js/web";

const adjectives = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint", "clean", "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd", "unsightly", "adorable", "important", "inexpensive", "cheap", "expensive", "fancy"];
const colours = ["red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black", "orange"];
const nouns = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger", "pizza", "mouse", "keyboard"];

const pick = (words) => words[(Math.random() * words.length) | 0];

let nextId = 1;

function buildData(count) {
  const data = new Array(count);
  for (let i = 0; i < count; i++) {
    const [label, setLabel] = createSignal(`${pick(adjectives)} ${pick(colours)} ${pick(nouns)}`);
    data[i] = { id: nextId++, label, setLabel };
  }
  return data;
}

const Button = (props) => (
  <div class="col-sm-6 smallpad">
    <button type="button" class="btn btn-primary btn-block" id={props.id} onClick={props.onClick}>
      {props.text}
    </button>
  </div>
);

function App() {
  const [data, setData] = createSignal([]);
  const [selected, setSelected] = createSignal(null);
  const isSelected = createSelector(selected);

  const run = () => setData(buildData(1000));
  const runLots = () => setData(buildData(10000));
  const add = () => setData((rows) => [...rows, ...buildData(1000)]);
  const update = () =>
    batch(() => {
      const rows = data();
      for (let i = 0; i < rows.length; i += 10) rows[i].setLabel((label) => label + " !!!");
    });
  const clear = () => setData([]);
  const swapRows = () => {
    const rows = data().slice();
    if (rows.length > 998) {
      const t = rows[1];
      rows[1] = rows[998];
      rows[998] = t;
      setData(rows);
    }
  };
  const remove = (id) =>
    setData((rows) => {
      const index = rows.findIndex((row) => row.id === id);
      return [...rows.slice(0, index), ...rows.slice(index + 1)];
    });

  return (
    <div class="container">
      <div class="jumbotron">
        <div class="row">
          <div class="col-md-6">
            <h1>SolidJS keyed</h1>
          </div>
          <div class="col-md-6">
            <div class="row">
              <Button id="run" text="Create 1,000 rows" onClick={run} />
              <Button id="runlots" text="Create 10,000 rows" onClick={runLots} />
              <Button id="add" text="Append 1,000 rows" onClick={add} />
              <Button id="update" text="Update every 10th row" onClick={update} />
              <Button id="clear" text="Clear" onClick={clear} />
              <Button id="swaprows" text="Swap Rows" onClick={swapRows} />
            </div>
          </div>
        </div>
      </div>
      <table id="table" class="table table-hover table-striped test-data">
        <tbody id="tbody">
          <For each={data()}>
            {(row) => {
              const rowId = row.id;
              return (
                <tr class={isSelected(rowId) ? "danger" : ""}>
                  <td class="col-md-1" textContent={rowId} />
                  <td class="col-md-4">
                    <a class="lbl" onClick={[setSelected, rowId]} textContent={row.label()} />
                  </td>
                  <td class="col-md-1">
                    <a class="remove" onClick={[remove, rowId]}>
                      <span class="remove glyphicon glyphicon-remove" aria-hidden="true" />
                    </a>
                  </td>
                  <td class="col-md-6" />
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <span class="preloadicon glyphicon glyphicon-remove" aria-hidden="true" />
    </div>
  );
}

render(App, document.getElementById("main"));
