package vn.kiosk.app.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A network printer for tests: accepts one connection on 127.0.0.1 and collects every byte until EOF. */
final class FakeEscPosPrinter implements AutoCloseable {

    private final ServerSocket server;
    private final CompletableFuture<byte[]> job = new CompletableFuture<>();

    FakeEscPosPrinter() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serveOne, "fake-escpos-printer");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    byte[] awaitJob(Duration timeout) throws Exception {
        return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void serveOne() {
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            job.complete(all.toByteArray());
        } catch (IOException e) {
            job.completeExceptionally(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
