// Alert log -> per-team incidents and MTTR, in one pass.
// Per service: whether it is firing (so duplicate FIRING and stray RESOLVED records are
// harmless). Per team: how many of its services are firing, the start of the incident in
// progress, and when that incident last went quiet.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

struct Team {
    int firing = 0;             // services of this team currently firing
    bool inProgress = false;    // an incident has started and not ended
    int64_t start = 0;          // start of the incident in progress
    int64_t quietSince = -1;    // when that incident went quiet; -1 while on fire
    int64_t ended = 0, total = 0, longest = 0;

    void endIncident() {
        int64_t duration = quietSince - start;
        ++ended;
        total += duration;
        longest = std::max(longest, duration);
        inProgress = false;
    }

    void serviceFired(int64_t now, int64_t window) {
        if (firing == 0) {
            if (inProgress && now > quietSince + window) endIncident();
            if (!inProgress) {
                inProgress = true;
                start = now;
            }
            quietSince = -1;
        }
        ++firing;
    }

    void serviceResolved(int64_t now) {
        if (--firing == 0) quietSince = now;
    }

    // Ends a quiet incident at the end of the log; returns 1 if one is still open.
    int finish() {
        if (inProgress && firing == 0) endIncident();
        return firing > 0 ? 1 : 0;
    }
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int numServices, numRecords;
    int64_t window;
    std::cin >> numServices >> window >> numRecords;
    std::unordered_map<std::string, std::string> owner;
    owner.reserve(numServices * 2);
    for (int i = 0; i < numServices; ++i) {
        std::string service, team;
        std::cin >> service >> team;
        owner[service] = team;
    }

    std::unordered_set<std::string> firing;
    std::map<std::string, Team> teams;  // ordered by name for the report
    const std::string unowned = "unowned";
    for (int i = 0; i < numRecords; ++i) {
        int64_t now;
        std::string service, state;
        std::cin >> now >> service >> state;
        auto it = owner.find(service);
        const std::string& name = it == owner.end() ? unowned : it->second;
        if (state == "FIRING") {
            if (!firing.insert(service).second) continue;  // duplicate notification
            teams[name].serviceFired(now, window);
        } else {
            if (firing.erase(service) == 0) continue;  // never fired
            teams[name].serviceResolved(now);
        }
    }

    for (auto& [name, team] : teams) {
        int stillOpen = team.finish();
        int64_t mttr = team.ended ? team.total / team.ended : 0;
        std::cout << name << ' ' << team.ended << ' ' << mttr << ' ' << team.longest << ' ' << stillOpen << '\n';
    }
    return 0;
}
