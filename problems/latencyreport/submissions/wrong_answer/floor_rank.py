"""WRONG: takes the percentile at 0-based index floor(p * k / 100).

Looks right on round numbers but is one rank too high whenever p * k / 100 is an
integer (for example p95 of 20 values returns the maximum instead of x_19).
"""
import sys
from collections import defaultdict


def percentile(sorted_values, p):
    index = min(p * len(sorted_values) // 100, len(sorted_values) - 1)
    return sorted_values[index]


def main():
    tokens = sys.stdin.buffer.read().split()
    n = int(tokens[0])
    latencies = defaultdict(list)
    server_errors = defaultdict(int)
    for i in range(n):
        service = tokens[1 + 3 * i].decode()
        latencies[service].append(float(tokens[2 + 3 * i]))
        if 500 <= int(tokens[3 + 3 * i]) <= 599:
            server_errors[service] += 1
    out = []
    for service in sorted(latencies):
        values = sorted(latencies[service])
        k = len(values)
        p50, p95, p99 = (percentile(values, p) for p in (50, 95, 99))
        out.append(f"{service} {k} {p50:.3f} {p95:.3f} {p99:.3f} {sum(values) / k:.6f} "
                   f"{server_errors[service] / k:.9f}")
    sys.stdout.write("\n".join(out) + "\n")


main()
