// The keyed table of the js-framework-benchmark (krausest/js-framework-benchmark), written
// the way a React developer would: immutable updates, one selected id, rows keyed by id.
import { useState } from "react";

import { Button } from "./button";
import { buildData, Row } from "./data";

export default function App() {
  const [data, setData] = useState<Row[]>([]);
  const [selected, setSelected] = useState(0);

  const run = () => setData(buildData(1000));
  const runLots = () => setData(buildData(10000));
  const add = () => setData([...data, ...buildData(1000)]);
  const update = () => {
    setData(data.map((row, i) => (i % 10 === 0 ? { ...row, label: row.label + " !!!" } : row)));
  };
  const clear = () => setData([]);
  const swapRows = () => {
    if (data.length > 998) {
      const d = data.slice();
      const tmp = d[1];
      d[1] = d[998];
      d[998] = tmp;
      setData(d);
    }
  };
  const remove = (id: number) => setData(data.filter((row) => row.id !== id));

  return (
    <div class="container">
      <div class="jumbotron">
        <div class="row">
          <div class="col-md-6">
            <h1>dx (.tsx)</h1>
          </div>
          <div class="col-md-6">
            <div class="row">
              <Button id="run" title="Create 1,000 rows" onClick={run} />
              <Button id="runlots" title="Create 10,000 rows" onClick={runLots} />
              <Button id="add" title="Append 1,000 rows" onClick={add} />
              <Button id="update" title="Update every 10th row" onClick={update} />
              <Button id="clear" title="Clear" onClick={clear} />
              <Button id="swaprows" title="Swap Rows" onClick={swapRows} />
            </div>
          </div>
        </div>
      </div>
      <table class="table table-hover table-striped test-data">
        <tbody id="tbody">
          {data.map((row) => (
            <tr key={row.id} class={selected === row.id ? "danger" : ""}>
              <td class="col-md-1">{row.id}</td>
              <td class="col-md-4">
                <a class="lbl" onClick={() => setSelected(row.id)}>{row.label}</a>
              </td>
              <td class="col-md-1">
                <a class="remove" onClick={() => remove(row.id)}>
                  <span class="remove glyphicon glyphicon-remove" aria-hidden="true"></span>
                </a>
              </td>
              <td class="col-md-6"></td>
            </tr>
          ))}
        </tbody>
      </table>
      <span class="preloadicon glyphicon glyphicon-remove" aria-hidden="true"></span>
    </div>
  );
}
