package vn.kiosk.app.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Names and writes ticket files (PDF, PNG) in the configured directory. */
final class TicketFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final int MAX_HEADLINE = 40;

    /** Writes the file's bytes to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private TicketFiles() {
    }

    /**
     * "20250314-093012-345_A012.pdf": sortable by time, and the headline lets staff find a citizen's
     * ticket by queue number. Only the headline is used, folded to ASCII letters, digits and '-',
     * because file names end up in directory listings and backups.
     */
    static String fileName(Clock clock, String headline, String extension) {
        StringBuilder safe = new StringBuilder();
        for (String paragraph : TextClusters.paragraphs(headline)) {
            for (String cluster : TextClusters.clusters(paragraph)) {
                String c = AsciiFold.of(cluster);
                boolean ok = c.length() == 1 && (Character.isLetterOrDigit(c.charAt(0)) && c.charAt(0) < 0x80
                        || c.charAt(0) == '-');
                if (ok) {
                    safe.append(c);
                } else if (safe.length() > 0 && safe.charAt(safe.length() - 1) != '_') {
                    safe.append('_');
                }
            }
        }
        String head = safe.toString().replaceAll("_+$", "");
        if (head.length() > MAX_HEADLINE) {
            head = head.substring(0, MAX_HEADLINE);
        }
        if (head.isEmpty()) {
            head = "ticket";
        }
        return STAMP.format(LocalDateTime.now(clock)) + "_" + head + "." + extension;
    }

    /**
     * Writes into a hidden temporary file and renames it into place, so that whatever watches the
     * directory (a spooler, a sync job, a staff member) never sees half a file; a same-named file
     * (two tickets in one millisecond) gets a "-2" suffix rather than being overwritten.
     */
    static Path write(Path directory, String fileName, Content content) throws IOException {
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, ".ticket-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Path target = free(directory, fileName);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path free(Path directory, String fileName) {
        Path target = directory.resolve(fileName);
        int dot = fileName.lastIndexOf('.');
        for (int n = 2; Files.exists(target); n++) {
            target = directory.resolve(fileName.substring(0, dot) + "-" + n + fileName.substring(dot));
        }
        return target;
    }

    /** YES when the directory is writable, or does not exist yet but can be created. */
    static PrinterStatus check(String description, Path directory) {
        Path existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return PrinterStatus.down(description, directory + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            return PrinterStatus.down(description, existing + " is not writable by the kiosk user");
        }
        return PrinterStatus.up(description);
    }
}
