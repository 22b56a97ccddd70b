// No class has main: the compile error says what to add.
public class Library {
    static int twice(int x) {
        return 2 * x;
    }
}
