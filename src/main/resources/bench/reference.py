# Benchmark reference: sorts the numbers it is given and prints a checksum of their order.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = sorted(map(int, data[1:n + 1]))
checksum = 0
for i, v in enumerate(values):
    checksum = (checksum * 31 + v * (i + 1)) % 1000000007
print(checksum)
