import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build-time helper of build-deb.sh, run as a single-file program: {@code java JarSlim.java IN OUT
 * NATIVE_DIR SQLITE_ENTRY}.
 *
 * <p>Copies the shaded kiosk jar without its native libraries, and unpacks the ones this machine
 * needs into NATIVE_DIR, next to the jar: JavaFX's (at the jar's root; JavaFX looks next to its jar
 * first) and SQLite's for this architecture (the launcher points sqlite-jdbc at it). The kiosk then
 * extracts nothing at start-up, and the package does not carry SQLite for Windows, macOS and a
 * dozen other platforms. Every other entry is copied unchanged, in order, with its time.
 */
public final class JarSlim {
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: java JarSlim.java IN.jar OUT.jar NATIVE_DIR SQLITE_ENTRY");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path natives = Path.of(args[2]);
        String sqlite = args[3];
        Files.createDirectories(natives);
        int kept = 0;
        int dropped = 0;
        boolean sqliteFound = false;
        try (ZipFile zip = new ZipFile(in.toFile());
             ZipOutputStream slim = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean javafxNative = !name.contains("/") && name.endsWith(".so");
                boolean sqliteNative = name.startsWith("org/sqlite/native/");
                if (javafxNative || name.equals(sqlite)) {
                    Path target = natives.resolve(name.substring(name.lastIndexOf('/') + 1));
                    try (InputStream data = zip.getInputStream(entry)) {
                        Files.copy(data, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    sqliteFound |= name.equals(sqlite);
                }
                if (javafxNative || sqliteNative) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                slim.putNextEntry(copy);
                if (!entry.isDirectory()) {
                    try (InputStream data = zip.getInputStream(entry)) {
                        data.transferTo(slim);
                    }
                }
                slim.closeEntry();
                kept++;
            }
        }
        if (!sqliteFound) {
            System.err.println("JarSlim: " + sqlite + " is not in " + in + ": no SQLite library for this architecture");
            System.exit(1);
        }
        System.out.printf("JarSlim: %d entries kept, %d native libraries taken out (%s)%n", kept, dropped, natives);
    }

    private JarSlim() {
    }
}
