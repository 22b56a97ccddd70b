# Writes 2 GiB to stdout; it must stop at the output cap, whatever Python does when the pipe goes.
import sys
chunk = b"x" * (1 << 16)
for _ in range((2 << 30) // len(chunk)):
    sys.stdout.buffer.write(chunk)
