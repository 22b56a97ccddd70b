"""Correct but too slow: before each deployment, scans every service for the smallest ready one.

O(n^2 + m): fine for a handful of services, far too slow for a large release train.
"""
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

    deployed = [False] * n
    order = []
    while True:
        current = None
        for i in range(n):  # names are sorted, so the first ready one is the smallest
            if not deployed[i] and missing[i] == 0:
                current = i
                break
        if current is None:
            break
        deployed[current] = True
        order.append(names[current])
        for dependent in dependents[current]:
            missing[dependent] -= 1
    blocked = [names[i] for i in range(n) if not deployed[i]]
    out = [b"%d %d" % (len(order), len(blocked))] + order + blocked
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
