package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The frames of {@code redline-box interact}, read in any chunking; plain JUnit, no engine. */
class InteractionReaderTest {

    @Test
    void outputClosingResultAndFilesArriveInOrderWhateverTheChunks() {
        byte[] all = ("O 4\n500\nO 4\n250\nC\nRESULT status=OK exit=0 signal=0 cpu=12 wall=30 mem=900 out=0 err=3"
                + " outtrunc=0 errtrunc=0 note=- files=2\nerrF 5 judgemessage.txt\nfoundF 2 nextpass.in\n7\n")
                .getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 7, all.length}) {
            List<String> events = new ArrayList<>();
            var out = new ByteArrayOutputStream();
            var reader = new BoxProtocol.InteractionReader(new BoxProtocol.InteractionEvents() {
                @Override
                public void output(byte[] bytes) {
                    out.writeBytes(bytes);
                    events.add("output");
                }

                @Override
                public void outputClosed() {
                    events.add("closed");
                }

                @Override
                public void finished(RunResult result, Map<String, byte[]> files) {
                    events.add("finished " + result.status() + " " + result.cpuMs() + " " + result.stderr() + " "
                            + new String(files.get("judgemessage.txt"), StandardCharsets.UTF_8) + " "
                            + new String(files.get("nextpass.in"), StandardCharsets.UTF_8).strip());
                }

                @Override
                public void failed(String error) {
                    events.add("failed " + error);
                }
            });
            for (int i = 0; i < all.length; i += chunk) {
                byte[] part = new byte[Math.min(chunk, all.length - i)];
                System.arraycopy(all, i, part, 0, part.length);
                reader.feed(part);
            }
            assertThat(out.toString(StandardCharsets.UTF_8)).as("chunk " + chunk).isEqualTo("500\n250\n");
            assertThat(events).as("chunk " + chunk).containsExactly("output", "output", "closed",
                    "finished OK 12 err found 7");
            assertThat(reader.done()).isTrue();
        }
    }

    @Test
    void aSupervisorErrorIsReported() {
        List<String> errors = new ArrayList<>();
        var reader = new BoxProtocol.InteractionReader(new BoxProtocol.InteractionEvents() {
            @Override
            public void output(byte[] bytes) {
            }

            @Override
            public void outputClosed() {
            }

            @Override
            public void finished(RunResult result, Map<String, byte[]> files) {
            }

            @Override
            public void failed(String error) {
                errors.add(error);
            }
        });
        reader.feed("ERROR bad S frame\n".getBytes(StandardCharsets.UTF_8));
        assertThat(errors).containsExactly("bad S frame");
    }
}
