#include <stdio.h>
#include <string.h>

int main(void) {
    int lo = 1, hi = 1000;
    char answer[32];
    for (;;) {
        int guess = (lo + hi) / 2;
        printf("%d\n", guess);
        fflush(stdout);
        if (scanf("%31s", answer) != 1 || strcmp(answer, "correct") == 0) return 0;
        if (strcmp(answer, "higher") == 0) lo = guess + 1;
        else hi = guess - 1;
    }
}
