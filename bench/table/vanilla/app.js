// Hand-optimised vanilla JS keyed table: the 1.00 reference of the suite.
// One cloned <tr> template, direct text-node writes, one delegated listener, no diffing.

const adjectives = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint", "clean", "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd", "unsightly", "adorable", "important", "inexpensive", "cheap", "expensive", "fancy"];
const colours = ["red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black", "orange"];
const nouns = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger", "pizza", "mouse", "keyboard"];

const pick = (words) => words[(Math.random() * words.length) | 0];

const rowTemplate = document.createElement("template");
rowTemplate.innerHTML =
  '<tr><td class="col-md-1"> </td><td class="col-md-4"><a class="lbl"> </a></td>' +
  '<td class="col-md-1"><a class="remove"><span class="remove glyphicon glyphicon-remove" aria-hidden="true"></span></a></td>' +
  '<td class="col-md-6"></td></tr>';
const rowPrototype = rowTemplate.content.firstChild;

const table = document.getElementById("table");
let tbody = document.getElementById("tbody");

let nextId = 1;
// Parallel arrays, index i: the row's <tr>, its label text node and its label string.
let rows = [];
let labelNodes = [];
let labels = [];
let selectedRow = null;

function appendRows(count) {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const tr = rowPrototype.cloneNode(true);
    const idCell = tr.firstChild;
    const labelNode = idCell.nextSibling.firstChild.firstChild;
    const label = `${pick(adjectives)} ${pick(colours)} ${pick(nouns)}`;
    idCell.firstChild.nodeValue = nextId++;
    labelNode.nodeValue = label;
    rows.push(tr);
    labelNodes.push(labelNode);
    labels.push(label);
    fragment.appendChild(tr);
  }
  tbody.appendChild(fragment);
}

// Dropping the whole <tbody> and inserting an empty clone is cheaper than removing rows one by one.
function clearRows() {
  const empty = tbody.cloneNode(false);
  table.replaceChild(empty, tbody);
  tbody = empty;
  rows = [];
  labelNodes = [];
  labels = [];
  selectedRow = null;
}

const actions = {
  run() {
    clearRows();
    appendRows(1000);
  },
  runlots() {
    clearRows();
    appendRows(10000);
  },
  add() {
    appendRows(1000);
  },
  update() {
    for (let i = 0; i < rows.length; i += 10) {
      labels[i] += " !!!";
      labelNodes[i].nodeValue = labels[i];
    }
  },
  clear() {
    clearRows();
  },
  swaprows() {
    if (rows.length <= 998) return;
    const a = rows[1];
    const b = rows[998];
    const afterA = a.nextSibling;
    tbody.insertBefore(a, b);
    tbody.insertBefore(b, afterA);
    swap(rows, 1, 998);
    swap(labelNodes, 1, 998);
    swap(labels, 1, 998);
  },
};

function swap(array, i, j) {
  const t = array[i];
  array[i] = array[j];
  array[j] = t;
}

document.getElementById("main").addEventListener("click", (event) => {
  const target = event.target;
  const action = actions[target.id];
  if (action) {
    event.preventDefault();
    action();
    return;
  }
  const link = target.closest("a");
  if (!link) return;
  const tr = link.closest("tr");
  if (link.className === "lbl") {
    event.preventDefault();
    if (selectedRow !== null) selectedRow.className = "";
    tr.className = "danger";
    selectedRow = tr;
  } else if (link.className === "remove") {
    event.preventDefault();
    const index = rows.indexOf(tr);
    rows.splice(index, 1);
    labelNodes.splice(index, 1);
    labels.splice(index, 1);
    if (selectedRow === tr) selectedRow = null;
    tr.remove();
  }
});
