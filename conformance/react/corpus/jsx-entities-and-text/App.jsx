import { useState } from "react";

export default function App() {
  const [lang, setLang] = useState("en");
  const [count, setCount] = useState(1);

  return (
    <div>
      <button onClick={() => setLang(lang === "en" ? "fr" : "en")}>{lang === "en" ? "Français" : "English"}</button>
      <button onClick={() => setCount(count * 10)}>×10</button>
      <p>
        Copyright &copy; Acme&nbsp;Ltd. &mdash; &ldquo;quoted&rdquo; &amp; &lt;escaped&gt;
      </p>
      <p>{"Literal <b>tags</b> in a string are not HTML"}</p>
      <p>
        {lang === "en" ? "It's" : "C’est"} {count} {lang === "en" ? "apple" : "pomme"}
        {count > 1 ? "s" : ""} &#8212; {'single \'quotes\' and "double"'}
      </p>
      <p>
        Spaces:{" "}
        <b>a</b> <b>b</b>
        <b>c</b>
        {"  "}
        <b>d</b>
      </p>
      <p title="Tooltip with &quot;quotes&quot; & ampersand">Hover me</p>
      <p>{`Template with ${"<"}angle${">"} brackets`}</p>
    </div>
  );
}
