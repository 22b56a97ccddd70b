// Makes the compiler evaluate 4*10^10 steps at compile time, each loop under GCC's per-loop
// limit: only the compile time limit stops it.
constexpr long spin() {
    long s = 0;
    for (long i = 0; i < 200000; i++)
        for (long j = 0; j < 200000; j++) s += (i ^ j) & 1;
    return s;
}
static_assert(spin() > 0);
int main() { return 0; }
