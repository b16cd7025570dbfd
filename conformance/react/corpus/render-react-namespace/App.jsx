// Hooks called through the React namespace (`import * as React`), as many codebases write them.
import * as React from "react";
export default function Clock() {
  const [ticks, setTicks] = React.useState(0);
  const [log, setLog] = React.useState("none");
  const double = React.useMemo(() => ticks * 2, [ticks]);
  const bump = React.useCallback(() => setTicks((t) => t + 1), []);
  React.useEffect(() => {
    setLog("ticks " + ticks);
  }, [ticks]);
  return (
    <div>
      <button onClick={bump}>tick</button>
      <p>{ticks} {double} {log}</p>
    </div>
  );
}
