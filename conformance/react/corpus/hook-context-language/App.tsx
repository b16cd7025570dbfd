import { createContext, useContext, useState, type ReactNode } from "react";

type Lang = "en" | "es" | "de";

const dictionary: Record<Lang, Record<string, string>> = {
  en: { greeting: "Hello", cart: "Your cart", items: "items", checkout: "Checkout" },
  es: { greeting: "Hola", cart: "Tu carrito", items: "artículos", checkout: "Pagar" },
  de: { greeting: "Hallo", cart: "Dein Warenkorb", items: "Artikel", checkout: "Zur Kasse" },
};

const LangContext = createContext<Lang>("en");

function useT() {
  const lang = useContext(LangContext);
  return (key: string): string => dictionary[lang][key] ?? key;
}

function Cart({ count }: { count: number }) {
  const t = useT();
  return (
    <section>
      <h3>{t("cart")}</h3>
      <p>
        {count} {t("items")}
      </p>
      <button disabled={count === 0}>{t("checkout")}</button>
    </section>
  );
}

function Frame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="frame">
      <h2>{t("greeting")}!</h2>
      {children}
    </div>
  );
}

export default function App() {
  const [lang, setLang] = useState<Lang>("en");
  const [count, setCount] = useState(0);
  return (
    <LangContext value={lang}>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        <option value="en">English</option>
        <option value="es">Español</option>
        <option value="de">Deutsch</option>
      </select>
      <button onClick={() => setCount(count + 1)}>+ item</button>
      <Frame>
        <Cart count={count} />
      </Frame>
    </LangContext>
  );
}
