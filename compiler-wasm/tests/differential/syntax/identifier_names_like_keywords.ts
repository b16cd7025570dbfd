const of = 1;
let get = 2;
const set = 3;
let async = 4;
const type = "t";
const from = "f";
get += of;
async *= set;
console.log(of, get, set, async, type + from);
