const LOG: string[] = [];
const COUNTS = [0, 0];
function note(log: string[], s: string): void {
  log.push(s);
}
note(LOG, "start");
for (let i = 0; i < 5; i++) {
  COUNTS[i % 2]++;
  note(LOG, "i" + i);
}
console.log(LOG, COUNTS);
const VIEW = LOG;
VIEW.pop();
console.log(LOG.length, LOG[LOG.length - 1]);
