// expect: DX0111 at 7:21
// A threaded comment renders replies with itself: components are inlined, so this never ends.
function Comment({ depth }: { depth: number }) {
  return (
    <div class="comment">
      <p>Reply at depth {depth}</p>
      {depth < 3 && <Comment depth={depth + 1} />}
    </div>
  );
}

export default function Thread() {
  return <Comment depth={0} />;
}
