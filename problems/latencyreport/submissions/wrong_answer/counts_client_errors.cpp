// WRONG: counts every status >= 400 as an error of the service, including 4xx client errors.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 0;
    std::map<std::string, std::pair<std::vector<double>, int>> services;
    char name[64];
    double latency;
    int status;
    for (int i = 0; i < n; ++i) {
        std::scanf("%63s %lf %d", name, &latency, &status);
        auto& s = services[name];
        s.first.push_back(latency);
        if (status >= 400) ++s.second;
    }
    for (auto& [service, s] : services) {
        auto& v = s.first;
        std::sort(v.begin(), v.end());
        long long k = v.size();
        auto at = [&](long long p) { return v[(p * k + 99) / 100 - 1]; };
        double sum = 0;
        for (double x : v) sum += x;
        std::printf("%s %lld %.3f %.3f %.3f %.6f %.9f\n", service.c_str(), k, at(50), at(95), at(99),
                    sum / k, (double)s.second / k);
    }
}
