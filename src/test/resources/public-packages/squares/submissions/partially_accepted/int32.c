#include <stdio.h>

/* Squares in 32 bits: right up to n = 46340, wrong on the two larger cases (score 50). */
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) {
        return 1;
    }
    printf("%d\n", (int) ((unsigned) n * (unsigned) n));
    return 0;
}
