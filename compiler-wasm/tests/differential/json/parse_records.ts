interface Point {
  x: number;
  y: number;
}
interface Shape {
  name: string;
  points: Point[];
  closed: boolean;
}
const p = JSON.parse('{"x": 1, "y": -2.5}') as Point;
console.log(p, p.x + p.y);
const shape = JSON.parse('{"name":"tri","points":[{"x":0,"y":0},{"x":1,"y":0},{"x":0,"y":1}],"closed":true}') as Shape;
console.log(shape);
console.log(shape.points.length, shape.points.map((q) => q.x + q.y), shape.closed);
shape.points.push({ x: 5, y: 5 });
shape.name += "!";
console.log(JSON.stringify(shape));
const many = JSON.parse('[{"x":1,"y":1},{"x":2,"y":4},{"x":3,"y":9}]') as Point[];
console.log(many.filter((q) => q.y > 2), many.reduce((s, q) => s + q.y, 0));
