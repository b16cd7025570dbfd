const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
const countDown = (n: number): string => (n === 0 ? "liftoff" : n + " " + countDown(n - 1));
console.log(fact(10), countDown(5));
