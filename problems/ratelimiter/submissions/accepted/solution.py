"""Token-bucket replay, exact.

Tokens are counted in thousandths (milli-tokens): R tokens per second is exactly R
milli-tokens per millisecond, so every refill is an integer and nothing is lost to
rounding. One bucket per client, created full on its first request. O(N) expected.
"""
import sys

MILLI = 1000


class Bucket:
    __slots__ = ("capacity", "rate", "level", "last")

    def __init__(self, capacity, rate, now):
        self.capacity = capacity * MILLI  # milli-tokens
        self.rate = rate                  # milli-tokens per millisecond
        self.level = self.capacity        # full on the first request
        self.last = now

    def try_take(self, now, cost):
        self.level = min(self.capacity, self.level + (now - self.last) * self.rate)
        self.last = now
        if self.level >= cost * MILLI:
            self.level -= cost * MILLI
            return True
        return False


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

    default_plan = plans[b"default"]
    buckets = {}
    out = []
    for _ in range(num_requests):
        now, client, cost = int(tokens[pos]), tokens[pos + 1], int(tokens[pos + 2])
        pos += 3
        bucket = buckets.get(client)
        if bucket is None:
            capacity, rate = plans[plan_of[client]] if client in plan_of else default_plan
            bucket = buckets[client] = Bucket(capacity, rate, now)
        out.append("ALLOW" if bucket.try_take(now, cost) else "DENY")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
