// WRONG: exact milli-token model, but the refill (elapsed * rate) is computed in 32-bit ints.
// It overflows after a long idle period at a high rate, and the bucket comes back nearly empty.
#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>

struct Bucket {
    long long capacity, level;
    int rate, last;
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int p, k, n;
    std::cin >> p >> k >> n;
    std::unordered_map<std::string, std::pair<int, int>> plans;
    for (int i = 0; i < p; ++i) {
        std::string name;
        int c, r;
        std::cin >> name >> c >> r;
        plans[name] = {c, r};
    }
    std::unordered_map<std::string, std::string> planOf;
    for (int i = 0; i < k; ++i) {
        std::string a, b;
        std::cin >> a >> b;
        planOf[a] = b;
    }
    std::unordered_map<std::string, Bucket> buckets;
    for (int i = 0; i < n; ++i) {
        int now, cost;
        std::string client;
        std::cin >> now >> client >> cost;
        auto it = buckets.find(client);
        if (it == buckets.end()) {
            auto pl = planOf.count(client) ? plans[planOf[client]] : plans["default"];
            it = buckets.emplace(client, Bucket{pl.first * 1000LL, pl.first * 1000LL, pl.second, now}).first;
        }
        Bucket& b = it->second;
        int refill = (now - b.last) * b.rate;  // overflows past 2^31
        b.level = std::min(b.capacity, b.level + refill);
        b.last = now;
        if (b.level >= cost * 1000LL) {
            b.level -= cost * 1000LL;
            std::cout << "ALLOW\n";
        } else {
            std::cout << "DENY\n";
        }
    }
}
