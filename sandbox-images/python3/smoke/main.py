import sys

n, *values = map(int, sys.stdin.read().split())
print(f"redline smoke: n={n} sum={sum(values[:n])}")
