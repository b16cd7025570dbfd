// expect: DX0003 at 3:10
// Importing a file of the app that does not exist.
import { Row } from "./nowhere";

export default function App() {
  return <Row />;
}
