// expect: DX0303 at 8:27
// Calling the handler while rendering instead of passing it.
import { useState } from "react";

export default function Like() {
  const [likes, setLikes] = useState(0);
  const handleClick = () => setLikes(likes + 1);
  return <button onClick={handleClick()}>{likes} likes</button>;
}
