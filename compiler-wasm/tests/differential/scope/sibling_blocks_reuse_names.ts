{
  let v = 1;
  v += 1;
  console.log(v);
}
{
  let v = "s";
  v += "t";
  console.log(v);
}
{
  let v = false;
  v = !v;
  console.log(v);
}
