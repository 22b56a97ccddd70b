"""Correct but too slow: decides whether a team is on fire by scanning all of its services.

Each FIRING or RESOLVED transition looks at every service the team owns: O(N x services
per team), hopeless for a platform team that owns tens of thousands of services.
"""
import sys
from collections import defaultdict


def main():
    tokens = sys.stdin.buffer.read().split()
    num_services, window, num_records = int(tokens[0]), int(tokens[1]), int(tokens[2])
    pos = 3
    owner = {}
    services_of = defaultdict(list)
    for _ in range(num_services):
        service, team = tokens[pos], tokens[pos + 1].decode()
        owner[service] = team
        services_of[team].append(service)
        pos += 2
    firing = {}
    incidents = {}  # team -> [start, quiet_since, ended, total, longest]
    for _ in range(num_records):
        now, service, state = int(tokens[pos]), tokens[pos + 1], tokens[pos + 2]
        pos += 3
        team = owner.get(service, "unowned")
        if team == "unowned" and service not in services_of["unowned"]:
            services_of["unowned"].append(service)
        was_on_fire = any(firing.get(s, False) for s in services_of[team])
        if state == b"FIRING":
            if firing.get(service):
                continue
            firing[service] = True
            inc = incidents.setdefault(team, [None, None, 0, 0, 0])
            if not was_on_fire:
                if inc[0] is not None and now > inc[1] + window:
                    d = inc[1] - inc[0]
                    inc[2] += 1
                    inc[3] += d
                    inc[4] = max(inc[4], d)
                    inc[0] = None
                if inc[0] is None:
                    inc[0] = now
                inc[1] = None
        else:
            if not firing.get(service):
                continue
            firing[service] = False
            if not any(firing.get(s, False) for s in services_of[team]):
                incidents[team][1] = now
    out = []
    for team in sorted(incidents):
        inc = incidents[team]
        still_open = 0
        if inc[0] is not None:
            if inc[1] is None:
                still_open = 1
            else:
                d = inc[1] - inc[0]
                inc[2] += 1
                inc[3] += d
                inc[4] = max(inc[4], d)
        out.append(f"{team} {inc[2]} {inc[3] // inc[2] if inc[2] else 0} {inc[4]} {still_open}")
    sys.stdout.write("\n".join(out) + "\n")


main()
