#include "distance.h"

int distance(int a, int b) {
    return a > b ? a - b : b - a;
}
