// expect: DX0202 at 9:24
// useState() without an initial value starts as undefined: `string | undefined` once the
// setter says so, which an attribute cannot take yet (React would switch the field from
// uncontrolled to controlled).
import { useState } from "react";

export default function NameField() {
  const [name, setName] = useState();
  return <input value={name} onInput={(e) => setName(e.target.value)} />;
}
