"""WRONG: greedy. Staffs the shifts in input order, each with the available engineers who
have the most shifts left, and gives up at the first shift it cannot staff.

Every rota it prints is valid, but it never revisits an earlier choice, so it reports
IMPOSSIBLE for some rotas that do exist.
"""
import sys


def main():
    tokens = sys.stdin.read().split()
    num_engineers, num_shifts = int(tokens[0]), int(tokens[1])
    pos = 2
    remaining = {}
    for _ in range(num_engineers):
        remaining[tokens[pos]] = int(tokens[pos + 1])
        pos += 2
    rota = []
    for _ in range(num_shifts):
        name, needed, k = tokens[pos], int(tokens[pos + 1]), int(tokens[pos + 2])
        available = tokens[pos + 3:pos + 3 + k]
        pos += 3 + k
        free = sorted((e for e in available if remaining[e] > 0), key=lambda e: -remaining[e])
        if len(free) < needed:
            print("IMPOSSIBLE")
            return
        for e in free[:needed]:
            remaining[e] -= 1
        rota.append(" ".join([name] + free[:needed]))
    print("\n".join(rota))


main()
