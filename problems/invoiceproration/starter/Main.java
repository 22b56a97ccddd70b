import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

/**
 * Prorated subscription invoices.
 *
 * Reads the plan catalogue and the month's subscription changes of each customer from
 * standard input and prints one invoice per customer. Amounts are integer cents.
 */
public class Main {

    record Change(int day, String plan, long seats) {
    }

    record Line(String plan, long seats, long days, long amount) {
    }

    /** numerator / denominator to the nearest cent, halves rounded up (both non-negative). */
    static long cents(long numerator, long denominator) {
        return numerator / denominator;
    }

    /** Drop every change superseded by a later change on the same day (the last one wins). */
    static void removeSupersededChanges(List<Change> changes) {
        int i = 0;
        while (i + 1 < changes.size()) {
            if (changes.get(i).day() == changes.get(i + 1).day()) {
                changes.remove(i);
            }
            i++;
        }
    }

    /** One line per change in effect with at least one seat. */
    static List<Line> invoiceLines(List<Change> changes, Map<String, Long> prices, int periodDays) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            int end = i + 1 < changes.size() ? changes.get(i + 1).day() : periodDays;
            long days = end - change.day();
            if (change.seats() > 0) {
                long amount = cents(prices.get(change.plan()) * change.seats() * days, periodDays);
                lines.add(new Line(change.plan(), change.seats(), days, amount));
            }
        }
        return lines;
    }

    static void printInvoice(PrintWriter out, String customer, List<Line> lines, long couponPercent,
            long taxBasisPoints) {
        long subtotal = 0;
        for (Line line : lines) {
            subtotal += line.amount();
        }
        long discount = cents(subtotal * couponPercent, 100);
        long tax = cents(subtotal * taxBasisPoints, 10_000);
        long total = subtotal - discount + tax;
        out.println("INVOICE " + customer);
        for (Line line : lines) {
            out.println(line.plan() + " " + line.seats() + " " + line.days() + " " + line.amount());
        }
        out.println("SUBTOTAL " + subtotal);
        out.println("DISCOUNT " + discount);
        out.println("TAX " + tax);
        out.println("TOTAL " + total);
    }

    public static void main(String[] args) throws IOException {
        Tokens in = new Tokens(new BufferedReader(new InputStreamReader(System.in)));
        int numPlans = in.nextInt();
        Map<String, Long> prices = new HashMap<>();
        for (int i = 0; i < numPlans; i++) {
            String plan = in.next();
            prices.put(plan, in.nextLong());
        }

        PrintWriter out = new PrintWriter(System.out);
        int numInvoices = in.nextInt();
        for (int n = 0; n < numInvoices; n++) {
            String customer = in.next();
            int periodDays = in.nextInt();
            int numChanges = in.nextInt();
            long couponPercent = in.nextLong();
            long taxBasisPoints = in.nextLong();
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < numChanges; i++) {
                changes.add(new Change(in.nextInt(), in.next(), in.nextLong()));
            }
            removeSupersededChanges(changes);
            printInvoice(out, customer, invoiceLines(changes, prices, periodDays), couponPercent, taxBasisPoints);
        }
        out.flush();
    }

    /** Whitespace-separated tokens from a reader. */
    static final class Tokens {
        private final BufferedReader reader;
        private StringTokenizer current = new StringTokenizer("");

        Tokens(BufferedReader reader) {
            this.reader = reader;
        }

        String next() throws IOException {
            while (!current.hasMoreTokens()) {
                current = new StringTokenizer(reader.readLine());
            }
            return current.nextToken();
        }

        int nextInt() throws IOException {
            return Integer.parseInt(next());
        }

        long nextLong() throws IOException {
            return Long.parseLong(next());
        }
    }
}
