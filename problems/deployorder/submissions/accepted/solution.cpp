// Deployment order: Kahn's algorithm with a min-heap as the ready set.
// Services are renumbered by sorted name, so the smallest number is the smallest name.
// Whatever is never deployed sits on a cycle or depends on one: it is blocked.
// O((n + m) log n).
#include <algorithm>
#include <cstdio>
#include <functional>
#include <iostream>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::string> names(n);
    for (auto& name : names) std::cin >> name;
    std::sort(names.begin(), names.end());
    std::unordered_map<std::string, int> rank;
    rank.reserve(n * 2);
    for (int i = 0; i < n; ++i) rank[names[i]] = i;

    std::vector<std::vector<int>> dependents(n);
    std::vector<int> missing(n, 0);  // dependencies not deployed yet, counting repeats
    std::string service, dependency;
    for (int i = 0; i < m; ++i) {
        std::cin >> service >> dependency;
        int s = rank[service], d = rank[dependency];
        dependents[d].push_back(s);
        ++missing[s];
    }

    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (int i = 0; i < n; ++i)
        if (missing[i] == 0) ready.push(i);
    std::vector<int> order;
    std::vector<bool> deployed(n, false);
    while (!ready.empty()) {
        int current = ready.top();
        ready.pop();
        order.push_back(current);
        deployed[current] = true;
        for (int dependent : dependents[current])
            if (--missing[dependent] == 0) ready.push(dependent);
    }

    std::string out = std::to_string(order.size()) + " " + std::to_string(n - order.size()) + "\n";
    for (int i : order) out += names[i] + "\n";
    for (int i = 0; i < n; ++i)
        if (!deployed[i]) out += names[i] + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
