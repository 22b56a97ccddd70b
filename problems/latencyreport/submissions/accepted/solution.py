"""Per-service latency report: nearest-rank percentiles, mean latency, error rate.

Group the latencies by service, sort each group once, then read the percentiles off by
rank. O(n log n) overall.
"""
import sys
from collections import defaultdict

PERCENTILES = (50, 95, 99)


def nearest_rank(sorted_values, p):
    """The p-th percentile by nearest rank: the value at 1-based rank ceil(p * k / 100)."""
    k = len(sorted_values)
    rank = (p * k + 99) // 100  # exact integer ceiling, no floating-point surprises
    return sorted_values[rank - 1]


def main():
    tokens = sys.stdin.buffer.read().split()
    n = int(tokens[0])

    latencies = defaultdict(list)
    server_errors = defaultdict(int)
    for i in range(n):
        service = tokens[1 + 3 * i].decode()
        latency = float(tokens[2 + 3 * i])
        status = int(tokens[3 + 3 * i])
        latencies[service].append(latency)
        if 500 <= status <= 599:
            server_errors[service] += 1

    out = []
    for service in sorted(latencies):
        values = sorted(latencies[service])
        k = len(values)
        p50, p95, p99 = (nearest_rank(values, p) for p in PERCENTILES)
        mean = sum(values) / k
        error_rate = server_errors[service] / k
        out.append(f"{service} {k} {p50:.3f} {p95:.3f} {p99:.3f} {mean:.6f} {error_rate:.9f}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
