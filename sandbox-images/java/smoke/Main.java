// Stored as Main.java, as every Java source is; the class may have any name (java-compile).
import java.util.Scanner;

public class Smoke {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long sum = 0;
        for (int i = 0; i < n; i++) sum += in.nextLong();
        System.out.println("redline smoke: n=" + n + " sum=" + sum);
    }
}
