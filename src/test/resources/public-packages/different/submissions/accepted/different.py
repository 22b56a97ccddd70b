import sys

for line in sys.stdin:
    parts = line.split()
    if len(parts) == 2:
        a, b = int(parts[0]), int(parts[1])
        print(abs(a - b))
