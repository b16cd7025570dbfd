// useCallback (a function), useLayoutEffect (an effect), <Fragment> and <React.Fragment>
// (their children) were DX0104 "not supported yet".
import React, { useCallback, useLayoutEffect, useState, Fragment } from "react";

export default function Toolbar() {
  const [count, setCount] = useState(0);
  const [width, setWidth] = useState(0);
  const increment = useCallback(() => setCount((c) => c + 1), []);
  useLayoutEffect(() => {
    setWidth(count * 10);
  }, [count]);
  return (
    <Fragment>
      <button onClick={increment}>+1</button>
      <React.Fragment>
        <p>{count}</p>
        <p>{width}px</p>
      </React.Fragment>
    </Fragment>
  );
}
