// 4 MiB in 4,096 small writes, within the output cap: with Node's queued pipe writes a fast writer
// could die of ENOBUFS; with blocking writes it is only throttled.
const line = 'x'.repeat(1023) + '\n';
for (let i = 0; i < 4096; i++) process.stdout.write(line);
