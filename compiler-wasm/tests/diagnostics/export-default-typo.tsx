// expect: DX0112 at 7:16
// A typo in the name of the default export.
function Dashboard() {
  return <h1>Dashboard</h1>;
}

export default Dashbord;
