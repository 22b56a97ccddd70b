#ifndef DISTANCE_H
#define DISTANCE_H

int distance(int a, int b);

#endif
