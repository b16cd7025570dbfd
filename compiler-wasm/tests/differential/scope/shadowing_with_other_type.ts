const value = 10;
{
  const value = "ten";
  console.log(value, value.length);
  {
    const value = true;
    console.log(value, !value);
  }
}
console.log(value, value + 1);
