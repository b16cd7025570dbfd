export const validators = {
  required: (value) => (value.trim() ? null : "This field is required"),
  email: (value) => (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value) ? null : "Enter a valid email"),
  minLength: (n) => (value) => (value.length >= n ? null : `Use at least ${n} characters`),
};

export function validate(value, rules) {
  for (const rule of rules) {
    const message = rule(value);
    if (message) return message;
  }
  return null;
}
