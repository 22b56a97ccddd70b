# counts up from 1: runs out of guesses on anything above 10
for guess in range(1, 1001):
    print(guess, flush=True)
    if input() == 'correct':
        break
