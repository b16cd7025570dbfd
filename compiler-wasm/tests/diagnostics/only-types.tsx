// expect: DX0101 at 1:1
// A module with only types and an import has nothing to mount; the whole file is at fault.
import { useState } from "react";

export interface User {
  name: string;
  age: number;
}
