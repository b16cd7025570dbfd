// expect: DX0102 at 9:16
// Wrapping the entry in React.memo: the default export must be the component itself.
import React from "react";

function Profile() {
  return <h1>Profile</h1>;
}

export default React.memo(Profile);
