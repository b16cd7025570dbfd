// expect: DX0113 at 10:7
// Avatar reads `url`, but the call site forgets to pass it.
function Avatar({ url, size }: { url: string; size: number }) {
  return <img src={url} width={size} />;
}

export default function Profile() {
  return (
    <div>
      <Avatar size={32} />
    </div>
  );
}
