// On-call rota as a maximum flow (Dinic's algorithm).
//   source -> shift     capacity r (engineers the shift needs)
//   shift -> engineer   capacity 1 (only if available; at most once per shift)
//   engineer -> sink    capacity L (their maximum number of shifts)
// A rota exists exactly when the flow saturates every shift; the shift -> engineer edges
// that carry flow are the rota.
#include <algorithm>
#include <iostream>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

class MaxFlow {
public:
    explicit MaxFlow(int nodes) : adj_(nodes), level_(nodes), next_(nodes) {}

    // Returns the id of the forward edge; id ^ 1 is its reverse.
    int addEdge(int u, int v, int capacity) {
        adj_[u].push_back(static_cast<int>(to_.size()));
        to_.push_back(v);
        cap_.push_back(capacity);
        adj_[v].push_back(static_cast<int>(to_.size()));
        to_.push_back(u);
        cap_.push_back(0);
        return static_cast<int>(to_.size()) - 2;
    }

    int residual(int edge) const { return cap_[edge]; }

    long long maxFlow(int source, int sink) {
        long long flow = 0;
        while (buildLevels(source, sink)) {
            std::fill(next_.begin(), next_.end(), 0);
            while (int pushed = augment(source, sink)) flow += pushed;
        }
        return flow;
    }

private:
    bool buildLevels(int source, int sink) {
        std::fill(level_.begin(), level_.end(), -1);
        level_[source] = 0;
        std::queue<int> queue;
        queue.push(source);
        while (!queue.empty()) {
            int u = queue.front();
            queue.pop();
            for (int e : adj_[u])
                if (cap_[e] > 0 && level_[to_[e]] < 0) {
                    level_[to_[e]] = level_[u] + 1;
                    queue.push(to_[e]);
                }
        }
        return level_[sink] >= 0;
    }

    // One augmenting path along the level graph, found with an explicit stack.
    int augment(int source, int sink) {
        std::vector<int> path;
        int u = source;
        while (true) {
            if (u == sink) {
                int pushed = cap_[path[0]];
                for (int e : path) pushed = std::min(pushed, cap_[e]);
                for (int e : path) {
                    cap_[e] -= pushed;
                    cap_[e ^ 1] += pushed;
                }
                return pushed;
            }
            auto& edges = adj_[u];
            while (next_[u] < static_cast<int>(edges.size())) {
                int e = edges[next_[u]];
                if (cap_[e] > 0 && level_[to_[e]] == level_[u] + 1) break;
                ++next_[u];
            }
            if (next_[u] < static_cast<int>(edges.size())) {
                int e = edges[next_[u]];
                path.push_back(e);
                u = to_[e];
            } else {  // dead end: skip u for the rest of this phase
                level_[u] = -1;
                if (path.empty()) return 0;
                int e = path.back();
                path.pop_back();
                u = to_[e ^ 1];
                ++next_[u];
            }
        }
    }

    std::vector<std::vector<int>> adj_;
    std::vector<int> to_, cap_, level_, next_;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int numEngineers, numShifts;
    std::cin >> numEngineers >> numShifts;
    const int source = 0, sink = numShifts + numEngineers + 1;
    MaxFlow graph(sink + 1);

    std::unordered_map<std::string, int> engineerNode;
    for (int i = 0; i < numEngineers; ++i) {
        std::string name;
        int maxShifts;
        std::cin >> name >> maxShifts;
        engineerNode[name] = numShifts + 1 + i;
        graph.addEdge(numShifts + 1 + i, sink, maxShifts);
    }

    struct Option {
        int edge;
        std::string engineer;
    };
    std::vector<std::string> shiftNames(numShifts);
    std::vector<std::vector<Option>> options(numShifts);
    long long demand = 0;
    for (int s = 0; s < numShifts; ++s) {
        int needed, available;
        std::cin >> shiftNames[s] >> needed >> available;
        graph.addEdge(source, 1 + s, needed);
        demand += needed;
        for (int j = 0; j < available; ++j) {
            std::string engineer;
            std::cin >> engineer;
            options[s].push_back({graph.addEdge(1 + s, engineerNode[engineer], 1), engineer});
        }
    }

    if (graph.maxFlow(source, sink) < demand) {
        std::cout << "IMPOSSIBLE\n";
        return 0;
    }
    std::string out;
    for (int s = 0; s < numShifts; ++s) {
        out += shiftNames[s];
        for (const Option& option : options[s])
            if (graph.residual(option.edge) == 0) out += " " + option.engineer;
        out += "\n";
    }
    std::cout << out;
    return 0;
}
