"""Deployment order: Kahn's algorithm with a min-heap as the ready set.

The heap always yields the lexicographically smallest service whose dependencies are all
deployed. Services never deployed are on a cycle or depend on one: they are blocked.
O((n + m) log n).
"""
import heapq
import sys


def plan(names, dependencies):
    """Return (deploy order, blocked services) for names and (service, dependency) pairs."""
    # Work with ranks in sorted order, so the smallest rank is the smallest name.
    names = sorted(names)
    rank = {name: i for i, name in enumerate(names)}
    dependents = [[] for _ in names]
    missing = [0] * len(names)  # dependencies not deployed yet, counting repeats
    for service, dependency in dependencies:
        dependents[rank[dependency]].append(rank[service])
        missing[rank[service]] += 1

    ready = [i for i in range(len(names)) if missing[i] == 0]  # sorted, so already a heap
    order = []
    while ready:
        current = heapq.heappop(ready)
        order.append(current)
        for dependent in dependents[current]:
            missing[dependent] -= 1
            if missing[dependent] == 0:
                heapq.heappush(ready, dependent)

    deployed = set(order)
    blocked = [i for i in range(len(names)) if i not in deployed]
    return [names[i] for i in order], [names[i] for i in blocked]


def main():
    tokens = sys.stdin.buffer.read().split()
    n, m = int(tokens[0]), int(tokens[1])
    names = tokens[2:2 + n]
    edges = tokens[2 + n:2 + n + 2 * m]
    order, blocked = plan(names, zip(edges[0::2], edges[1::2]))
    out = [b"%d %d" % (len(order), len(blocked))] + order + blocked
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


if __name__ == "__main__":
    main()
