let x = 1;
{
  let x = 2;
  {
    let x = 3;
    console.log("innermost", x);
  }
  console.log("middle", x);
}
console.log("outer", x);
