import sys

from distance import distance

for line in sys.stdin:
    parts = line.split()
    if len(parts) == 2:
        print(distance(int(parts[0]), int(parts[1])))
