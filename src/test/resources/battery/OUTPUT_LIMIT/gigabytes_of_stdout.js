// Writes 2 GiB to stdout in a tight loop, faster than any pipe drains: Node queues what the pipe
// cannot take, so without blocking writes it died of ENOBUFS (a runtime error) before the cap.
const chunk = 'x'.repeat(1 << 16);
for (let i = 0; i < (2 ** 31) / chunk.length; i++) process.stdout.write(chunk);
