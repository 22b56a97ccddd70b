"""Correct but too slow: for every service, scans the whole log again.

O(n * s) for s distinct services; quadratic when most services see only a few requests.
"""
import math
import sys


def main():
    lines = sys.stdin.read().split("\n")
    n = int(lines[0])
    records = [line.split() for line in lines[1:n + 1]]
    services = sorted({r[0] for r in records})
    for service in services:
        values = sorted(float(r[1]) for r in records if r[0] == service)
        errors = sum(1 for r in records if r[0] == service and 500 <= int(r[2]) <= 599)
        k = len(values)
        ranks = [(p * k + 99) // 100 for p in (50, 95, 99)]
        print(service, k, *(f"{values[r - 1]:.3f}" for r in ranks),
              f"{math.fsum(values) / k:.6f}", f"{errors / k:.9f}")


main()
