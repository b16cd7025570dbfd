function main(): string {
  return "helper named main";
}
console.log(main(), main().length);
