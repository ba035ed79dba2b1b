package vn.kiosk.app.print;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A USB (or parallel) printer seen as a device file, e.g. /dev/usb/lp0 from the usblp driver.
 *
 * <p>The write runs on its own short-lived thread: the usblp driver blocks writes while the printer
 * is out of paper or off, and a plain write has no timeout. On timeout the thread is interrupted,
 * which closes the channel and aborts the write.
 */
public final class DevicePrinterPort implements PrinterPort {

    private final Path device;

    public DevicePrinterPort(Path device) {
        this.device = Objects.requireNonNull(device, "device");
    }

    @Override
    public String description() {
        return "device " + device;
    }

    @Override
    public void write(byte[] data, Duration timeout) throws IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                writeNow(data);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "printer-device-write");
        writer.setDaemon(true);
        writer.start();
        try {
            done.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            writer.interrupt();
            throw new IOException("the printer did not take the ticket within " + Wording.duration(timeout)
                    + " (off, out of paper or cover open?)");
        } catch (InterruptedException e) {
            writer.interrupt();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("printing was interrupted");
        } catch (ExecutionException e) {
            throw plain(e.getCause());
        }
    }

    /*
     * No CREATE: when the printer is unplugged its device node is gone, and creating a regular file
     * named /dev/usb/lp0 would swallow every later ticket silently. No force(): fsync on a character
     * device fails (EINVAL) and write(2) has already handed the bytes to the driver.
     */
    private void writeNow(byte[] data) throws IOException {
        try (FileChannel channel = FileChannel.open(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    @Override
    public PrinterStatus check(Duration timeout) {
        if (!Files.exists(device)) {
            return PrinterStatus.down(description(), notFound());
        }
        if (Files.isDirectory(device) || !Files.isWritable(device)) {
            return PrinterStatus.down(description(), notWritable());
        }
        return PrinterStatus.up(description());
    }

    private IOException plain(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return new IOException(notFound(), e);
        }
        if (e instanceof AccessDeniedException) {
            return new IOException(notWritable(), e);
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            // the reason alone: the exception's message repeats the path
            String reason = ((FileSystemException) e).getReason();
            String hint = reason.contains("No such device") ? " (printer switched off or unplugged?)" : "";
            return new IOException("could not write to " + device + ": " + reason + hint, e);
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return new IOException("could not write to " + device + ": " + e.getMessage(), e);
        }
        return new IOException("could not write to " + device + ": " + e.getClass().getSimpleName(), e);
    }

    private String notFound() {
        return device + " not found (printer unplugged or switched off?)";
    }

    private String notWritable() {
        return device + " is not writable (the kiosk user needs to be in the lp group)";
    }
}
