let n = 0;
if (n === 0) {
}
if (n === 0);
;;
{
}
{
  {
    n++;
  }
}
for (let i = 0; i < 3; i++);
while (n < 0);
for (let i = 0; i < 5; i++) {}
console.log("n", n);
