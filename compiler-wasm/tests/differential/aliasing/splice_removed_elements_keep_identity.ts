interface Node {
  id: number;
}
const nodes: Node[] = [{ id: 1 }, { id: 2 }, { id: 3 }];
const removed = nodes.splice(1, 1);
removed[0].id = 200;
console.log(nodes, removed);
const moved = nodes.splice(0, 1);
nodes.push(moved[0]);
moved[0].id = 100;
console.log(nodes, moved);
const reinserted = nodes.splice(0, 0, removed[0]);
removed[0].id = 2;
console.log(nodes, reinserted);
