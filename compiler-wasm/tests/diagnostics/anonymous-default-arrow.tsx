// expect: DX0102 at 3:16
// An anonymous arrow as the default export: dx needs a named component.
export default () => <h1>Hello</h1>;
