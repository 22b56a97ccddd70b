"""Correct but exponential: depth-first search over every way to staff each shift in turn.

Finds a rota quickly when choices rarely conflict, but when no rota exists it tries every
combination before giving up (40 shifts and 39 interchangeable engineers: 39! orders).
"""
import sys
from itertools import combinations


def main():
    sys.setrecursionlimit(10_000)
    tokens = sys.stdin.read().split()
    num_engineers, num_shifts = int(tokens[0]), int(tokens[1])
    pos = 2
    remaining = {}
    for _ in range(num_engineers):
        remaining[tokens[pos]] = int(tokens[pos + 1])
        pos += 2
    shifts = []
    for _ in range(num_shifts):
        k = int(tokens[pos + 2])
        shifts.append((tokens[pos], int(tokens[pos + 1]), tokens[pos + 3:pos + 3 + k]))
        pos += 3 + k

    rota = []

    def staff(i):
        if i == len(shifts):
            return True
        name, needed, available = shifts[i]
        free = [e for e in available if remaining[e] > 0]
        for team in combinations(free, needed):
            for e in team:
                remaining[e] -= 1
            rota.append(" ".join((name,) + team))
            if staff(i + 1):
                return True
            rota.pop()
            for e in team:
                remaining[e] += 1
        return False

    print("\n".join(rota) if staff(0) else "IMPOSSIBLE")


main()
