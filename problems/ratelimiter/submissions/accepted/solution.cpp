// Token-bucket replay, exact.
// Tokens are counted in thousandths (milli-tokens): R tokens per second is exactly R
// milli-tokens per millisecond, so every refill is an integer. Refills reach 10^15, so all
// arithmetic is 64-bit. One bucket per client, created full on its first request.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <string>
#include <unordered_map>

constexpr int64_t kMilli = 1000;

struct Plan {
    int64_t capacity;  // tokens
    int64_t rate;      // tokens per second
};

struct Bucket {
    int64_t capacity;  // milli-tokens
    int64_t rate;      // milli-tokens per millisecond
    int64_t level;     // milli-tokens
    int64_t last;      // ms

    bool tryTake(int64_t now, int64_t cost) {
        level = std::min(capacity, level + (now - last) * rate);
        last = now;
        if (level < cost * kMilli) return false;
        level -= cost * kMilli;
        return true;
    }
};

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int numPlans, numAssignments, numRequests;
    std::cin >> numPlans >> numAssignments >> numRequests;
    std::unordered_map<std::string, Plan> plans;
    for (int i = 0; i < numPlans; ++i) {
        std::string name;
        Plan plan;
        std::cin >> name >> plan.capacity >> plan.rate;
        plans[name] = plan;
    }
    std::unordered_map<std::string, std::string> planOf;
    for (int i = 0; i < numAssignments; ++i) {
        std::string client, plan;
        std::cin >> client >> plan;
        planOf[client] = plan;
    }

    const Plan defaultPlan = plans.at("default");
    std::unordered_map<std::string, Bucket> buckets;
    std::string out;
    out.reserve(numRequests * 6);
    for (int i = 0; i < numRequests; ++i) {
        int64_t now, cost;
        std::string client;
        std::cin >> now >> client >> cost;
        auto it = buckets.find(client);
        if (it == buckets.end()) {
            auto assigned = planOf.find(client);
            const Plan& plan = assigned == planOf.end() ? defaultPlan : plans.at(assigned->second);
            Bucket fresh{plan.capacity * kMilli, plan.rate, plan.capacity * kMilli, now};
            it = buckets.emplace(client, fresh).first;
        }
        out += it->second.tryTake(now, cost) ? "ALLOW\n" : "DENY\n";
    }
    std::cout << out;
    return 0;
}
