"""WRONG: counts alerts instead of tracking each service's state.

Every FIRING adds one and every RESOLVED subtracts one from the team's counter, so a
duplicate FIRING keeps the team on fire forever and a stray RESOLVED ends an incident
while a service is still firing.
"""
import sys


def main():
    tokens = sys.stdin.buffer.read().split()
    num_services, window, num_records = int(tokens[0]), int(tokens[1]), int(tokens[2])
    pos = 3
    owner = {}
    for _ in range(num_services):
        owner[tokens[pos]] = tokens[pos + 1].decode()
        pos += 2
    teams = {}  # name -> [count, start, quiet_since, ended, total, longest]
    for _ in range(num_records):
        now, service, state = int(tokens[pos]), tokens[pos + 1], tokens[pos + 2]
        pos += 3
        t = teams.setdefault(owner.get(service, "unowned"), [0, None, None, 0, 0, 0])
        if state == b"FIRING":
            if t[0] <= 0:
                if t[1] is not None and now > t[2] + window:
                    t[3] += 1
                    t[4] += t[2] - t[1]
                    t[5] = max(t[5], t[2] - t[1])
                    t[1] = None
                if t[1] is None:
                    t[1] = now
                t[2] = None
                t[0] = 0
            t[0] += 1
        else:
            t[0] -= 1
            if t[0] == 0:
                t[2] = now
    out = []
    for name in sorted(teams):
        t = teams[name]
        if t[1] is None and t[3] == 0:
            continue
        still_open = 0
        if t[1] is not None:
            if t[0] > 0 or t[2] is None:
                still_open = 1
            else:
                t[3] += 1
                t[4] += t[2] - t[1]
                t[5] = max(t[5], t[2] - t[1])
        out.append(f"{name} {t[3]} {t[4] // t[3] if t[3] else 0} {t[5]} {still_open}")
    print("\n".join(out))


main()
