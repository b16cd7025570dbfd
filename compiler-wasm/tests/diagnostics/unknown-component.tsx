// expect: DX0112 at 6:8
// NavBar lives in another file, and imports of components are not supported yet.
export default function Layout() {
  return (
    <div>
      <NavBar />
      <main>Content</main>
    </div>
  );
}
