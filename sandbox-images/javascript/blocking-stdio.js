// Preloaded before every candidate program (node -r). Node writes to a pipe asynchronously and
// queues what the pipe cannot take yet; a program that writes faster than the sandbox reads then
// dies of ENOBUFS (a writev over more than IOV_MAX queued chunks) or grows its heap until it is out
// of memory, so that the same program gets RUNTIME_ERROR, MEMORY_LIMIT or OUTPUT_LIMIT depending on
// the machine's speed. Blocking writes make every write wait for the pipe, as in every other
// language: fast writers are throttled, never failed.
for (const stream of [process.stdout, process.stderr]) {
  if (stream._handle && typeof stream._handle.setBlocking === 'function') {
    stream._handle.setBlocking(true);
  }
}
