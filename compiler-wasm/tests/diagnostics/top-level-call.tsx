// expect: DX0103 at 3:1
// Side effects at module load time.
console.log("app loaded");

export default function App() {
  return <main>Hello</main>;
}
