"""PARTIAL (30 points): correct order, but assumes the graph has no cycles.

It never looks for blocked services and always reports `n 0`, so it passes only the
acyclic group.
"""
import heapq
import sys


def main():
    tokens = sys.stdin.buffer.read().split()
    n, m = int(tokens[0]), int(tokens[1])
    names = sorted(tokens[2:2 + n])
    rank = {name: i for i, name in enumerate(names)}
    dependents = [[] for _ in range(n)]
    missing = [0] * n
    edges = tokens[2 + n:2 + n + 2 * m]
    for service, dependency in zip(edges[0::2], edges[1::2]):
        dependents[rank[dependency]].append(rank[service])
        missing[rank[service]] += 1
    ready = [i for i in range(n) if missing[i] == 0]
    order = []
    while ready:
        current = heapq.heappop(ready)
        order.append(names[current])
        for dependent in dependents[current]:
            missing[dependent] -= 1
            if missing[dependent] == 0:
                heapq.heappush(ready, dependent)
    sys.stdout.buffer.write(b"%d 0\n" % n + b"\n".join(order) + b"\n")


main()
