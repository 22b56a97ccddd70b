#include <cstdio>

// Counts from the smaller number up to the larger one: hopeless for differences near 10^15.
int main() {
    long long a, b;
    while (std::scanf("%lld %lld", &a, &b) == 2) {
        if (a > b) {
            long long t = a;
            a = b;
            b = t;
        }
        volatile long long d = 0;
        for (long long x = a; x < b; x++) {
            d = d + 1;
        }
        std::printf("%lld\n", static_cast<long long>(d));
    }
    return 0;
}
