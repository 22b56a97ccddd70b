"""Alert log -> per-team incidents and MTTR, in one pass.

Per service we keep whether it is firing (which makes duplicate FIRING and stray RESOLVED
records harmless). Per team we keep how many of its services are firing, the start of the
incident in progress, and when that incident last went quiet. O(N) expected, plus sorting
the team names.
"""
import sys

UNOWNED = "unowned"


class Team:
    __slots__ = ("firing", "start", "quiet_since", "ended", "total", "longest")

    def __init__(self):
        self.firing = 0          # services of this team currently firing
        self.start = None        # start of the incident in progress, if any
        self.quiet_since = None  # when that incident went quiet; None while on fire
        self.ended = 0
        self.total = 0
        self.longest = 0

    def _end_incident(self):
        duration = self.quiet_since - self.start
        self.ended += 1
        self.total += duration
        self.longest = max(self.longest, duration)
        self.start = self.quiet_since = None

    def service_fired(self, now, window):
        if self.firing == 0:
            if self.start is not None and now > self.quiet_since + window:
                self._end_incident()
            if self.start is None:
                self.start = now
            self.quiet_since = None
        self.firing += 1

    def service_resolved(self, now):
        self.firing -= 1
        if self.firing == 0:
            self.quiet_since = now

    def finish(self):
        """End a quiet incident at the end of the log; return 1 if one is still open."""
        if self.start is not None and self.firing == 0:
            self._end_incident()
        return 1 if self.firing > 0 else 0


def main():
    tokens = sys.stdin.buffer.read().split()
    num_services, window, num_records = int(tokens[0]), int(tokens[1]), int(tokens[2])
    pos = 3
    owner = {}
    for _ in range(num_services):
        owner[tokens[pos]] = tokens[pos + 1].decode()
        pos += 2

    firing = set()  # services currently firing
    teams = {}
    for _ in range(num_records):
        now, service, state = int(tokens[pos]), tokens[pos + 1], tokens[pos + 2]
        pos += 3
        name = owner.get(service, UNOWNED)
        if state == b"FIRING":
            if service in firing:
                continue  # duplicate notification
            firing.add(service)
            team = teams.get(name)
            if team is None:
                team = teams[name] = Team()
            team.service_fired(now, window)
        else:
            if service not in firing:
                continue  # resolution of an alert that never fired
            firing.remove(service)
            teams[name].service_resolved(now)

    out = []
    for name in sorted(teams):
        team = teams[name]
        still_open = team.finish()
        mttr = team.total // team.ended if team.ended else 0
        out.append(f"{name} {team.ended} {mttr} {team.longest} {still_open}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
