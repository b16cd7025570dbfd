// Destructuring props inside the body: the same props as destructured in the parameter.
function Header(props: { title: string; subtitle: string }) {
  const { title, subtitle } = props;
  return <header><h1>{title}</h1><h2>{subtitle}</h2></header>;
}

export default function App() {
  return <Header title="dx" subtitle="fast" />;
}
