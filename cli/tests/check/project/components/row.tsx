// A named component without a default export: a module, checked through app.tsx.
export function Row({ text }: { text: string }) {
  return <p class="row">{text}</p>;
}
