// expect: DX0302 at 4:17
// A callback ref that focuses the input.
export default function AutoFocus() {
  return <input ref={(el) => el && el.focus()} />;
}
