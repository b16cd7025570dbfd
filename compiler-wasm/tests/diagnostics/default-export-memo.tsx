// expect: DX0102 at 9:16
// `memo` with a comparison function may keep old props on screen: not supported.
import React from "react";

function Profile() {
  return <h1>Profile</h1>;
}

export default React.memo(Profile, () => true);
