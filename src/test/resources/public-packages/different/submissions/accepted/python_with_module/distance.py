def distance(a, b):
    """The difference of two numbers, however large (Python integers do not overflow)."""
    return abs(a - b)
