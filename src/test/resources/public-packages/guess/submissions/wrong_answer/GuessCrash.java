import java.util.Scanner;

// Guesses 500, then -1, which is out of range: the validator rejects it before the crash that follows.
public class GuessCrash {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.println("500");
        System.out.flush();
        in.next();
        System.out.println("-1");
        System.out.flush();
        in.next();
    }
}
