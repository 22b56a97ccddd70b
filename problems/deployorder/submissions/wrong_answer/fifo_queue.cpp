// WRONG: Kahn's algorithm with a FIFO queue. The initial ready set is sorted, but services
// that become ready later are deployed in discovery order, not smallest-name-first.
// The order respects every dependency, yet it is not the order the tool's rule produces.
#include <algorithm>
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
    for (int i = 0; i < n; ++i) rank[names[i]] = i;
    std::vector<std::vector<int>> dependents(n);
    std::vector<int> missing(n, 0);
    for (int i = 0; i < m; ++i) {
        std::string a, b;
        std::cin >> a >> b;
        dependents[rank[b]].push_back(rank[a]);
        ++missing[rank[a]];
    }
    std::queue<int> ready;
    for (int i = 0; i < n; ++i)
        if (missing[i] == 0) ready.push(i);
    std::vector<int> order;
    std::vector<bool> deployed(n, false);
    while (!ready.empty()) {
        int c = ready.front();
        ready.pop();
        order.push_back(c);
        deployed[c] = true;
        for (int d : dependents[c])
            if (--missing[d] == 0) ready.push(d);
    }
    std::cout << order.size() << ' ' << n - order.size() << '\n';
    for (int i : order) std::cout << names[i] << '\n';
    for (int i = 0; i < n; ++i)
        if (!deployed[i]) std::cout << names[i] << '\n';
}
