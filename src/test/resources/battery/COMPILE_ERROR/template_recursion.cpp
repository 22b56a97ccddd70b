// Unbounded template recursion: the compiler must give up, not the machine.
template <int N> struct Deep { static const int value = Deep<N + 1>::value + 1; };
int main() { return Deep<0>::value; }
