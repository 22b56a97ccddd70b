#include <stdio.h>

int main(void) {
    int n;
    long long sum = 0, v;
    if (scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n && scanf("%lld", &v) == 1; i++) sum += v;
    printf("redline smoke: n=%d sum=%lld\n", n, sum);
    return 0;
}
