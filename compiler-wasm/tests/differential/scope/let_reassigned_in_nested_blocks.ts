let counter = 0;
let text = "";
{
  counter++;
  {
    counter += 10;
    text += "a";
    {
      text += "b";
      counter *= 2;
    }
  }
}
if (counter > 0) {
  counter--;
  text = text.toUpperCase();
}
console.log(counter, text);
