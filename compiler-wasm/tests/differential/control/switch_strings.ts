function kind(s: string): string {
  let r = "";
  switch (s) {
    case "apple":
    case "pear":
      r = "fruit";
      break;
    case "carrot":
      r = "vegetable";
      break;
    case "":
      r = "empty";
      break;
    default:
      r = "unknown";
  }
  return r;
}
console.log(kind("apple"), kind("pear"), kind("carrot"), kind(""), kind("Apple"), kind("apple "));
