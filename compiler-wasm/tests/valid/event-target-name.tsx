// A shared change handler that reads the input's name.
import { useState } from "react";

export default function Form() {
  const [field, setField] = useState("");
  return <input name="email" onInput={(e) => setField(e.target.name)} />;
}
