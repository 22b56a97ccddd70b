print(sum(c in "aeiouy" for c in input().strip()))
