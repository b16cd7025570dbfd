import { useState } from "react";

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const HANDLE_RE = /^@?([a-z0-9_]{3,15})$/i;
const PHONE_DIGITS_RE = /\D/g;

type Check = { label: string; test: (v: string) => boolean };

const CHECKS: Record<string, Check> = {
  email: { label: "Email", test: (v) => EMAIL_RE.test(v) },
  handle: { label: "Handle", test: (v) => HANDLE_RE.test(v) },
  phone: { label: "Phone", test: (v) => v.replace(PHONE_DIGITS_RE, "").length >= 10 },
};

export default function App() {
  const [values, setValues] = useState<Record<string, string>>({ email: "me@site", handle: "@ok", phone: "(555) 010-99" });

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      {Object.entries(CHECKS).map(([key, check]) => {
        const value = values[key];
        const valid = check.test(value);
        return (
          <div key={key}>
            <label>
              {check.label}{" "}
              <input type="text" value={value} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
            </label>
            <span>{valid ? " ✓" : " ✗"}</span>
          </div>
        );
      })}
      <p>Handle: {values.handle.match(HANDLE_RE)?.[1] ?? "(invalid)"}</p>
      <p>Phone digits: {values.phone.replace(PHONE_DIGITS_RE, "") || "none"}</p>
      <button type="button" onClick={() => setValues({ email: "me@site.org", handle: "@dx_fan", phone: "+1 555 010 9999" })}>
        Fill valid example
      </button>
    </form>
  );
}
