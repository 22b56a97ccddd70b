const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const out = [];
for (const line of lines) {
    const parts = line.trim().split(/\s+/);
    if (parts.length === 2) {
        const a = BigInt(parts[0]);
        const b = BigInt(parts[1]);
        out.push((a > b ? a - b : b - a).toString());
    }
}
process.stdout.write(out.map((s) => s + '\n').join(''));
