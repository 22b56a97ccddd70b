/** Two numbers of a line; a second class in its own file. */
public record Pair(long a, long b) {

    static Pair parse(String[] parts) {
        return new Pair(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

    long distance() {
        return Math.abs(a - b);
    }
}
