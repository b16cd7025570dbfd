const café = 1;
let π = 3.14;
const $ = 2;
const _ = 3;
const ünïcödé = "ok";
π += café;
console.log(café, π, $, _, ünïcödé, $ + _);
