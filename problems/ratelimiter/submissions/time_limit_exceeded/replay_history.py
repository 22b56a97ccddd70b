"""Correct but too slow: a stateless limiter that replays the client's whole history.

For every request it rebuilds the bucket from the client's first request, so a client
with k requests costs O(k^2) in total.
"""
import sys


def main():
    tokens = sys.stdin.buffer.read().split()
    num_plans, num_assignments, num_requests = map(int, tokens[:3])
    pos = 3
    plans = {}
    for _ in range(num_plans):
        plans[tokens[pos]] = (int(tokens[pos + 1]), int(tokens[pos + 2]))
        pos += 3
    plan_of = {}
    for _ in range(num_assignments):
        plan_of[tokens[pos]] = tokens[pos + 1]
        pos += 2
    history = {}  # client -> list of (time, cost) of its requests so far
    out = []
    for _ in range(num_requests):
        now, client, cost = int(tokens[pos]), tokens[pos + 1], int(tokens[pos + 2])
        pos += 3
        capacity, rate = plans[plan_of.get(client, b"default")]
        past = history.setdefault(client, [])
        past.append((now, cost))
        level, last, allowed = capacity * 1000, past[0][0], False
        for t, c in past:
            level = min(capacity * 1000, level + (t - last) * rate)
            last = t
            allowed = level >= c * 1000
            if allowed:
                level -= c * 1000
        out.append("ALLOW" if allowed else "DENY")
    sys.stdout.write("\n".join(out) + "\n")


main()
