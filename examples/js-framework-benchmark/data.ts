// Rows of the js-framework-benchmark table: ids and random "adjective colour noun" labels
// from the benchmark's word lists. Shared by app.tsx and app.dx.
export interface Row {
  id: number;
  label: string;
}

const adjectives = ["pretty", "large", "big", "small", "tall", "short", "long", "handsome", "plain", "quaint", "clean", "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd", "unsightly", "adorable", "important", "inexpensive", "cheap", "expensive", "fancy"];
const colours = ["red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black", "orange"];
const nouns = ["table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger", "pizza", "mouse", "keyboard"];

function pick(words: string[]): string {
  return words[Math.round(Math.random() * 1000) % words.length];
}

// Ids go on across calls, as in the benchmark's other implementations.
let nextId = 1;

// `count` new rows.
export function buildData(count: number): Row[] {
  const data: Row[] = [];
  for (let i = 0; i < count; i++) {
    data.push({ id: nextId++, label: pick(adjectives) + " " + pick(colours) + " " + pick(nouns) });
  }
  return data;
}
