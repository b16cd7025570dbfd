// expect: DX0114 at 6:11
// Two `const`s of one name in one block: JS refuses the program, and so does dx.
export default function App() {
  const onClick = () => {
    const xs = [1];
    const xs = [2];
    console.log(xs);
  };
  return <button onClick={onClick}>go</button>;
}
