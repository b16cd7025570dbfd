// expect: DX0204 at 7:20
// A ternary whose branches are a string and a number.
import { useState } from "react";

export default function Status() {
  const [done, setDone] = useState(false);
  return <p title={done ? "finished" : 0}>Status</p>;
}
