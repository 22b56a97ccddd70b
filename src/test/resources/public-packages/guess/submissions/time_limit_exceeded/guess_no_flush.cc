// Never flushes its guess: both sides wait for each other until the time limit ends it.
#include <cstdio>

int main() {
    std::printf("500\n");
    char answer[16];
    if (std::scanf("%15s", answer) != 1) {
        return 0;
    }
}
