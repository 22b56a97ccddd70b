import java.util.Scanner;

public class Guess {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int lo = 1, hi = 1000;
        while (lo <= hi) {
            int guess = (lo + hi) / 2;
            System.out.println(guess);
            System.out.flush();
            String answer = in.next();
            if (answer.equals("correct")) {
                return;
            } else if (answer.equals("lower")) {
                hi = guess - 1;
            } else {
                lo = guess + 1;
            }
        }
    }
}
