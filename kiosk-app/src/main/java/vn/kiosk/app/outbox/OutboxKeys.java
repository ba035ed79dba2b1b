package vn.kiosk.app.outbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The outbox key: 32 random bytes in a file of its own, never in the database, so a copy of the
 * database alone (a backup, a stolen disk image of the data directory) reveals nothing.
 */
public final class OutboxKeys {
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OutboxKeys() {
    }

    /**
     * Reads the key file, or creates it (owner read/write only, from birth: the permissions are set
     * at creation, not after, so there is no moment another user could open it).
     *
     * @throws IOException if the file cannot be read or created, has the wrong size, or is readable
     *                     by group or others (a key anyone can read protects nothing)
     */
    public static SecretKey loadOrCreate(Path keyFile) throws IOException {
        Objects.requireNonNull(keyFile, "keyFile");
        if (!Files.exists(keyFile)) {
            try {
                create(keyFile);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: use theirs
            }
        }
        if (posix(keyFile)) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
            if (!OWNER_ONLY.containsAll(perms)) {
                throw new IOException("outbox key file must be accessible by its owner only: " + keyFile);
            }
        }
        byte[] raw = Files.readAllBytes(keyFile);
        try {
            if (raw.length != KEY_BYTES) {
                throw new IOException("outbox key file must hold exactly 32 bytes: " + keyFile);
            }
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** A fresh random key, e.g. for tests or for a key held by a TPM/keyring and injected. */
    public static SecretKey generate() {
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        return new SecretKeySpec(raw, "AES");
    }

    static SecretKey requireAes256(SecretKey key) {
        Objects.requireNonNull(key, "key");
        byte[] encoded = key.getEncoded();
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || encoded == null || encoded.length != KEY_BYTES) {
            throw new IllegalArgumentException("the outbox needs an AES-256 key");
        }
        return key;
    }

    private static void create(Path keyFile) throws IOException {
        Path dir = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Write a temporary file completely, then link it into place: a kill mid-write leaves only a
        // stray temporary file, never a short key file, and linking (unlike renaming) refuses to
        // replace a key another process created meanwhile and may already be sealing with.
        Path tmp = dir.resolve(keyFile.getFileName() + ".tmp-" + UUID.randomUUID());
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        try {
            try (FileChannel ch = posix(dir)
                    ? FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(raw));
                // the key must be on disk before any body sealed with it is: otherwise a power cut
                // could leave a database full of rows nobody can ever decrypt
                ch.force(true);
            }
            Files.createLink(keyFile, tmp);
            forceDirectory(dir);
        } finally {
            Arrays.fill(raw, (byte) 0);
            Files.deleteIfExists(tmp);
        }
    }

    private static void forceDirectory(Path dir) {
        // makes the new directory entry durable; not every platform can open a directory, and there
        // the file system's own ordering is all we get
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort, see above
        }
    }

    private static boolean posix(Path p) {
        return p != null && p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
