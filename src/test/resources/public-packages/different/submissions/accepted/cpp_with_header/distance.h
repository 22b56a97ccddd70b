#ifndef DISTANCE_H
#define DISTANCE_H

long long distance(long long a, long long b);

#endif
