// Fails in the module it imports.
import { Widget } from "./widget";

export default function Page() {
  return <Widget />;
}
