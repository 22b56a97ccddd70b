// Forks until the pids limit says no, forever. Must end as TIME_LIMIT with the box intact.
#include <unistd.h>
int main(void) {
    for (;;) fork();
}
