# Megabytes on stderr are cut to the stderr cap and flagged; the run itself succeeds.
import sys

for _ in range(64):
    sys.stderr.write("e" * (1 << 16))
print("done")
