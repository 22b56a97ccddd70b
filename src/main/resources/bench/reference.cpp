// Benchmark reference: sorts the numbers it is given and prints a checksum of their order.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<long long> values(n);
    for (auto& v : values) std::scanf("%lld", &v);
    std::sort(values.begin(), values.end());
    long long checksum = 0;
    for (int i = 0; i < n; i++) checksum = (checksum * 31 + values[i] % 1000000007 * (i + 1)) % 1000000007;
    std::printf("%lld\n", checksum);
}
