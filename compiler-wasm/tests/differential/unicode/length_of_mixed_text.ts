const parts = "héllo wörld ✓ 😀 𝄞 ñ";
let bmp = 0;
let surrogates = 0;
for (let i = 0; i < parts.length; i++) {
  const c = parts.charCodeAt(i);
  if (c >= 55296 && c <= 57343) surrogates++;
  else bmp++;
}
console.log(parts.length, bmp, surrogates, surrogates / 2);
