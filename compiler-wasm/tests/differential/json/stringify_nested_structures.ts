interface Cell {
  r: number;
  c: number;
  on: boolean;
}
interface Board {
  name: string;
  cells: Cell[][];
  sizes: number[];
}
const cells: Cell[][] = [];
for (let r = 0; r < 2; r++) {
  const row: Cell[] = [];
  for (let c = 0; c < 3; c++) row.push({ r: r, c: c, on: (r + c) % 2 === 0 });
  cells.push(row);
}
const b: Board = { name: "b", cells: cells, sizes: [] };
console.log(JSON.stringify(b));
console.log(JSON.stringify([[[[[1]]]]]), JSON.stringify([[[[[1]], [[2, 3]]]]]));
const emptyBoard: Board = { name: "", cells: [], sizes: [] };
console.log(JSON.stringify(emptyBoard), JSON.stringify([emptyBoard.sizes, [0]]));
const again = JSON.parse(JSON.stringify(b)) as Board;
console.log(again.cells[1][2], again.cells.length, again.cells[0].length);
