// Per-service latency report: nearest-rank percentiles, mean latency, error rate.
// Group latencies by service (std::map keeps the services in name order), sort each
// group once, and read the percentiles off by rank. O(n log n).
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

struct ServiceStats {
    std::vector<double> latencies;
    long long serverErrors = 0;
};

// The p-th percentile by nearest rank: the value at 1-based rank ceil(p * k / 100).
double nearestRank(const std::vector<double>& sorted, long long p) {
    long long k = static_cast<long long>(sorted.size());
    long long rank = (p * k + 99) / 100;
    return sorted[rank - 1];
}

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 0;
    std::map<std::string, ServiceStats> services;
    char name[64];
    double latency;
    int status;
    for (int i = 0; i < n; ++i) {
        std::scanf("%63s %lf %d", name, &latency, &status);
        ServiceStats& stats = services[name];
        stats.latencies.push_back(latency);
        if (status >= 500 && status <= 599) ++stats.serverErrors;
    }

    for (auto& [service, stats] : services) {
        std::vector<double>& values = stats.latencies;
        std::sort(values.begin(), values.end());
        double sum = 0;
        for (double v : values) sum += v;
        double k = static_cast<double>(values.size());
        std::printf("%s %zu %.3f %.3f %.3f %.6f %.9f\n", service.c_str(), values.size(),
                    nearestRank(values, 50), nearestRank(values, 95), nearestRank(values, 99),
                    sum / k, stats.serverErrors / k);
    }
    return 0;
}
