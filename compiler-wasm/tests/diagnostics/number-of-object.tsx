// expect: DX0204 at 6:21
// `Number(x)` converts a string, number or boolean; an object or array is refused like
// `parseInt(x)` of one. Found by dx-fuzz: the emitted module was invalid (DX0900).
const point = { x: 1, y: 2 };
export default function App() {
  return <p>{Number(point)}</p>;
}
