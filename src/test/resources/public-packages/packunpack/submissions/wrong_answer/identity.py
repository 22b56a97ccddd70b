# Prints the text unchanged: too long for the first pass.
input()
print(input())
