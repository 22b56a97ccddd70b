const data: number[] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s: string) => s.length > 0).map(Number);
const n: number = data[0];
let sum = 0;
for (let i = 1; i <= n; i++) sum += data[i];
console.log(`redline smoke: n=${n} sum=${sum}`);
