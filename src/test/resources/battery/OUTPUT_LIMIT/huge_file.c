// Fills a file in the work dir past the file-size limit: SIGXFSZ ends it.
#include <stdio.h>
#include <string.h>
int main(void) {
    static char chunk[1 << 20];
    memset(chunk, 1, sizeof chunk);
    FILE *f = fopen("/box/big.bin", "wb");
    if (!f) return 2;
    for (int i = 0; i < 1024; i++) {
        fwrite(chunk, 1, sizeof chunk, f);
        fflush(f);
    }
    return 0;
}
