import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

// Writes 2 GiB to stdout; it must stop at the output cap.
public class Main {
    public static void main(String[] args) throws IOException {
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try (FileOutputStream out = new FileOutputStream(FileDescriptor.out)) {
            for (long i = 0; i < (2L << 30) / chunk.length; i++) {
                out.write(chunk);
            }
        }
    }
}
