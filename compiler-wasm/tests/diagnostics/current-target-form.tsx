// expect: DX0207 at 8:51
// A handler reads `value`, `checked`, `name` & co. and `dataset` of `e.currentTarget`; not
// its form (an element as a value).
import { useState } from "react";

export default function Form() {
  const [n, setN] = useState(0);
  return <input name="email" onInput={(e) => setN(e.currentTarget.form.length)} />;
}
