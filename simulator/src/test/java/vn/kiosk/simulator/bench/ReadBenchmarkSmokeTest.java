package vn.kiosk.simulator.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.simulator.link.LinkModel;
import vn.kiosk.simulator.testing.TestCards;

/**
 * The benchmark's machinery on the ideal link, once: both readers read the whole card, the counts
 * make sense, ours needs fewer APDUs than JMRTD, and no reader beats the link limit's plan.
 */
class ReadBenchmarkSmokeTest {

    @Test
    void bothReadersCompleteAndOursTakesFewerApdus(@TempDir Path dir) throws Exception {
        ReadBenchmark bench = new ReadBenchmark(TestCards.PKI);
        ScenarioResult result = bench.measure(new Scenario(LinkModel.IDEAL, true), 1);

        assertTrue(result.complete());
        ReadSample ours = result.ours().get(0);
        ReadSample jmrtd = result.jmrtd().get(0);
        for (ReadSample sample : List.of(ours, jmrtd)) {
            assertTrue(sample.identityNanos() > 0 && sample.identityNanos() < sample.wallNanos(), sample::toString);
            assertTrue(sample.cpuNanos() > 0 && sample.allocatedBytes() > 0, sample::toString);
            // The plan is the least any reader can send and receive.
            assertTrue(sample.apdus() >= result.limit().fullReadApdus(), sample::toString);
            assertTrue(sample.bytesOut() >= result.limitBytesOut() && sample.bytesIn() >= result.limitBytesIn(),
                    sample::toString);
        }
        assertTrue(ours.apdus() < jmrtd.apdus(), "ours " + ours.apdus() + " APDUs, JMRTD " + jmrtd.apdus());

        Path report = dir.resolve("reads.md");
        ReadReport text = new ReadReport(List.of(result), 1, 0, ReadReport.machine());
        text.writeMarkdown(report);
        String markdown = Files.readString(report);
        assertTrue(markdown.contains("| ideal | ours | " + ours.apdus() + " |"), markdown);
        assertTrue(markdown.contains("| JMRTD | " + jmrtd.apdus() + " |"), markdown);
    }
}
