const [n, ...values] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
const sum = values.slice(0, n).reduce((a, b) => a + b, 0);
console.log(`redline smoke: n=${n} sum=${sum}`);
