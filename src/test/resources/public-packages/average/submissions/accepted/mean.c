#include <stdio.h>

int main(void) {
    int n, x;
    long sum = 0;
    if (scanf("%d", &n) != 1) {
        return 1;
    }
    for (int i = 0; i < n; i++) {
        if (scanf("%d", &x) != 1) {
            return 1;
        }
        sum += x;
    }
    printf("%.9f\n", (double) sum / n);
    return 0;
}
