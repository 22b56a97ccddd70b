n = int(input())
words = [input().strip() for _ in range(n)]
print("\n".join(words[::2]))
