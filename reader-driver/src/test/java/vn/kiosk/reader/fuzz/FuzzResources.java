package vn.kiosk.reader.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Fixed inputs of the fuzz targets (not fuzzed): under {@code vn/kiosk/reader/fuzz/fixtures/}. */
final class FuzzResources {
    private FuzzResources() {
    }

    static byte[] fixture(String name) {
        try (InputStream in = FuzzResources.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fuzz fixture " + name
                        + ": run vn.kiosk.app.fuzz.SeedCorpusGenerator (kiosk-app tests)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
