# Counts up from 1: right for the smallest numbers, out of guesses for the rest.
for guess in range(1, 1001):
    print(guess, flush=True)
    if input() == "correct":
        break
