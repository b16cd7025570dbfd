// expect: DX0302 at 6:12
// An SVG sprite reference with a namespaced attribute.
export default function Icon() {
  return (
    <svg width="16" height="16">
      <use xlink:href="#star" />
    </svg>
  );
}
