interface Account {
  name: string;
  balance: number;
}
const accounts: Account[] = [
  { name: "a", balance: 10 },
  { name: "b", balance: 0 },
  { name: "c", balance: -5 },
];
let interestPaid = 0;
accounts.forEach((acct) => {
  if (acct.balance > 0) {
    const interest = acct.balance * 0.1;
    acct.balance += interest;
    interestPaid += interest;
  }
});
console.log(accounts, interestPaid);
const overdrawn = accounts.filter((a) => a.balance < 0).map((a) => a.name);
let fee = 0;
accounts.forEach((a) => {
  if (overdrawn.includes(a.name)) {
    a.balance -= 1;
    fee += 1;
  }
});
console.log(accounts.map((a) => a.name + ":" + a.balance).join(" "), fee);
