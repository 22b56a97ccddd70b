import java.io.BufferedReader;
import java.io.InputStreamReader;

/** The entry point: no file is named main.*, so the first source by name is (as problemtools picks it). */
public class Different {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                out.append(Pair.parse(parts).distance()).append('\n');
            }
        }
        System.out.print(out);
    }
}
