#include <iostream>
#include <numeric>
#include <vector>

int main() {
    int n;
    std::cin >> n;
    std::vector<long long> values(n);
    for (auto& v : values) std::cin >> v;
    std::cout << "redline smoke: n=" << n << " sum=" << std::accumulate(values.begin(), values.end(), 0LL) << "\n";
}
