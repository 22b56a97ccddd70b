// Two classes with main: the compile error names both and asks to keep one.
public class First {
    public static void main(String[] args) {
    }
}

class Second {
    public static void main(String[] args) {
    }
}
