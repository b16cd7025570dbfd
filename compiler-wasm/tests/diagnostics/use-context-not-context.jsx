// expect: DX0205 at 6:17
// useContext needs a context made by createContext at module level, not a plain value.
import { useContext } from "react";
const Theme = "dark";
function Label() {
  const theme = useContext(Theme);
  return <b>{theme}</b>;
}
export default function App() {
  return <Label />;
}
