// expect: DX0102 at 3:61
// A forwardRef-style second parameter: components take exactly one props object.
export default function TextField(props: { label: string }, ref: unknown) {
  return <label>{props.label}</label>;
}
