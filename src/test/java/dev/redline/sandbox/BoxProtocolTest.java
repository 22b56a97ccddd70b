package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frame format alone; plain JUnit because no Docker is involved. */
class BoxProtocolTest {

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fileFrameCarriesModeSizeAndName() {
        assertThat(new String(BoxProtocol.file("main.c", ascii("int x;"), 0644), StandardCharsets.UTF_8))
                .isEqualTo("F 644 6 main.c\nint x;");
    }

    @Test
    void runFrameCarriesLimitsInTheSupervisorsUnits() {
        byte[] frame = BoxProtocol.run(ascii("1 2\n"), new Limits(1500, 4000, 256, 1000));
        assertThat(new String(frame, StandardCharsets.UTF_8)).isEqualTo("R 4 1500 4000 262144 1000\n1 2\n");
    }

    @Test
    void fileNamesWithPathsOrControlCharactersAreRefused() {
        for (String bad : List.of("../x", "/etc/passwd", "a/b", ".hidden", "", "x\ny", "a b")) {
            assertThatThrownBy(() -> BoxProtocol.file(bad, new byte[0], 0644)).as(bad)
                    .isInstanceOf(SandboxException.BadRequest.class).hasMessageContaining("not allowed");
        }
    }

    @Test
    void readerYieldsResultsWhateverTheChunking() {
        byte[] stream = concat(
                ascii("RESULT status=OK exit=0 signal=0 cpu=12 wall=15 mem=900 out=3 err=2 outtrunc=0 errtrunc=1 note=-\n"),
                ascii("abcde"),
                ascii("RESULT status=TIME_LIMIT exit=-1 signal=9 cpu=1001 wall=1010 mem=1 out=0 err=0 outtrunc=0 errtrunc=0 note=cpu\n"));
        for (int chunk : new int[] {1, 7, 64, stream.length}) {
            var reader = new BoxProtocol.ResultReader();
            List<RunResult> seen = new ArrayList<>();
            for (int i = 0; i < stream.length; i += chunk) {
                seen.addAll(reader.feed(java.util.Arrays.copyOfRange(stream, i, Math.min(stream.length, i + chunk))));
            }
            assertThat(seen).as("chunk " + chunk).hasSize(2);
            RunResult first = seen.get(0);
            assertThat(first).isEqualTo(new RunResult(RunStatus.OK, 0, null, 12, 15, 900, "abc", "de", false, true, ""));
            RunResult second = seen.get(1);
            assertThat(second.status()).isEqualTo(RunStatus.TIME_LIMIT);
            assertThat(second.exitCode()).isNull();
            assertThat(second.signal()).isEqualTo(9);
            assertThat(second.detail()).isEqualTo("cpu");
            assertThat(reader.hasLeftover()).isFalse();
            assertThat(reader.error()).isNull();
        }
    }

    @Test
    void multiByteCharactersSurviveBeingSplitAcrossChunks() {
        byte[] payload = ascii("héllo");
        byte[] stream = concat(ascii("RESULT status=OK exit=0 signal=0 cpu=1 wall=1 mem=1 out=" + payload.length
                + " err=0 outtrunc=0 errtrunc=0 note=-\n"), payload);
        var reader = new BoxProtocol.ResultReader();
        int split = stream.length - 4; // inside the two bytes of 'é'
        reader.feed(java.util.Arrays.copyOfRange(stream, 0, split));
        assertThat(reader.feed(java.util.Arrays.copyOfRange(stream, split, stream.length)).get(0).stdout())
                .isEqualTo("héllo");
    }

    @Test
    void stoppedMarkerEndsTheBatchWithoutAResult() {
        var reader = new BoxProtocol.ResultReader();
        List<RunResult> got = reader.feed(ascii(
                "RESULT status=RUNTIME_ERROR exit=1 signal=0 cpu=1 wall=1 mem=1 out=0 err=0 outtrunc=0 errtrunc=0 note=-\n"
                        + "STOPPED\n"));
        assertThat(got).hasSize(1);
        assertThat(reader.stopped()).isTrue();
        assertThat(reader.hasLeftover()).isFalse();
    }

    @Test
    void supervisorErrorIsReportedAndStopsReading() {
        var reader = new BoxProtocol.ResultReader();
        assertThat(reader.feed(ascii("ERROR bad R frame\n"))).isEmpty();
        assertThat(reader.error()).isEqualTo("bad R frame");
    }

    @Test
    void anythingElseOnTheStreamIsAnError() {
        var reader = new BoxProtocol.ResultReader();
        reader.feed(ascii("Segmentation fault\n"));
        assertThat(reader.error()).contains("unexpected output").contains("Segmentation fault");
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
