/* Crashes before guessing. */
#include <stdlib.h>

int main(void) {
    abort();
}
