"""WRONG: refills whole tokens only and then resets the clock.

Each refill adds floor(elapsed * R / 1000) tokens and sets last = now, so the fraction of
a token earned since the previous request is thrown away. Slow, steady clients are
denied more than they should be.
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
    state = {}  # client -> [tokens, last, capacity, rate]
    out = []
    for _ in range(num_requests):
        now, client, cost = int(tokens[pos]), tokens[pos + 1], int(tokens[pos + 2])
        pos += 3
        if client not in state:
            capacity, rate = plans[plan_of.get(client, b"default")]
            state[client] = [capacity, now, capacity, rate]
        s = state[client]
        s[0] = min(s[2], s[0] + (now - s[1]) * s[3] // 1000)
        s[1] = now
        if s[0] >= cost:
            s[0] -= cost
            out.append("ALLOW")
        else:
            out.append("DENY")
    sys.stdout.write("\n".join(out) + "\n")


main()
