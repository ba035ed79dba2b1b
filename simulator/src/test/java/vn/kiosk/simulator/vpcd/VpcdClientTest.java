package vn.kiosk.simulator.vpcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.kiosk.simulator.testing.EchoCard;

/** The wire protocol against a stand-in for pcscd's vpcd driver: no pcscd needed. */
class VpcdClientTest {

    private final ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    /** Plays pcscd's side of one connection. */
    private static final class FakeVpcd implements AutoCloseable {
        final ServerSocket server;
        Socket socket;
        DataInputStream in;
        OutputStream out;

        FakeVpcd() throws IOException {
            this(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
        }

        FakeVpcd(ServerSocket server) {
            this.server = server;
        }

        InetSocketAddress address() {
            return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
        }

        void accept() throws IOException {
            server.setSoTimeout(5000);
            socket = server.accept();
            socket.setSoTimeout(5000);
            in = new DataInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        void send(int... values) throws IOException {
            byte[] payload = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                payload[i] = (byte) values[i];
            }
            sendBytes(payload);
        }

        void sendBytes(byte[] payload) throws IOException {
            byte[] frame = new byte[payload.length + 2];
            frame[0] = (byte) (payload.length >> 8);
            frame[1] = (byte) payload.length;
            System.arraycopy(payload, 0, frame, 2, payload.length);
            out.write(frame);
            out.flush();
        }

        byte[] receive() throws IOException {
            byte[] payload = new byte[in.readUnsignedShort()];
            in.readFully(payload);
            return payload;
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
            }
            server.close();
        }
    }

    @Test
    void servesPowerAtrAndApdusPerTheWireProtocol() throws Exception {
        EchoCard card = new EchoCard();
        try (FakeVpcd vpcd = new FakeVpcd(); VpcdClient client = new VpcdClient(card, vpcd.address())) {
            client.insert();
            vpcd.accept();
            assertTrue(client.isInserted());

            vpcd.send(VpcdSession.POWER_ON);
            vpcd.send(VpcdSession.GET_ATR);
            assertArrayEquals(card.atr(), vpcd.receive());
            assertEquals(1, card.powerOns(), "power on reaches the card");

            vpcd.send(0x00, 0xA4, 0x04, 0x0C, 0x02, 0x3F, 0x00);
            assertArrayEquals(new byte[] {0x3F, 0x00, (byte) 0x90, 0x00}, vpcd.receive());

            byte[] data = new byte[1000];
            Arrays.fill(data, (byte) 0x11);
            byte[] extended = new byte[7 + 1000 + 2];
            extended[1] = (byte) 0xD6;
            extended[5] = (byte) (1000 >> 8);
            extended[6] = (byte) (1000 & 0xFF);
            System.arraycopy(data, 0, extended, 7, 1000);
            vpcd.sendBytes(extended);
            byte[] response = vpcd.receive();
            assertEquals(1002, response.length);
            assertArrayEquals(data, Arrays.copyOf(response, 1000));

            vpcd.send(VpcdSession.RESET);
            vpcd.send(VpcdSession.POWER_OFF);
            vpcd.send(VpcdSession.GET_ATR); // the next answer proves the two above got none
            assertArrayEquals(card.atr(), vpcd.receive());
            assertEquals(2, card.powerOns(), "reset powers the card on again");

            client.remove();
            assertFalse(client.isInserted());
            assertEquals(-1, vpcd.in.read(), "removal closes the connection");
        }
    }

    @Test
    void reinsertingConnectsAgainAsANewCard() throws Exception {
        EchoCard card = new EchoCard();
        try (FakeVpcd vpcd = new FakeVpcd(); VpcdClient client = new VpcdClient(card, vpcd.address())) {
            client.insert();
            vpcd.accept();
            assertThrows(IllegalStateException.class, client::insert);
            client.remove();
            client.remove(); // harmless when already out

            client.insert();
            vpcd.accept();
            vpcd.send(VpcdSession.GET_ATR);
            assertArrayEquals(card.atr(), vpcd.receive());
        }
    }

    @Test
    void waitsForVpcdToStartListening() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // free now; nothing listens there until below
        }
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        try (VpcdClient client = new VpcdClient(new EchoCard(), address, Duration.ofSeconds(5))) {
            Future<?> inserting = background.submit(() -> {
                client.insert();
                return null;
            });
            Thread.sleep(300);
            assertFalse(inserting.isDone(), "still retrying while nothing listens");
            try (FakeVpcd vpcd = new FakeVpcd(new ServerSocket(port, 1, InetAddress.getLoopbackAddress()))) {
                inserting.get();
                vpcd.accept();
                assertTrue(client.isInserted());
            }
        }
    }

    @Test
    void givesUpAfterTheConnectTimeout() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        VpcdClient client = new VpcdClient(new EchoCard(),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), Duration.ofMillis(300));
        IOException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(IOException.class, client::insert));
        assertTrue(e.getMessage().contains("pcscd"), e.getMessage());
        assertFalse(client.isInserted());
    }

    @Test
    void removeEndsASessionWhoseCardIsStillWorking() throws Exception {
        EchoCard card = new EchoCard();
        try (FakeVpcd vpcd = new FakeVpcd(); VpcdClient client = new VpcdClient(card, vpcd.address())) {
            client.insert();
            vpcd.accept();
            card.holdCommands();
            vpcd.send(0x00, 0xB0, 0x00, 0x00, 0x01);
            assertTrue(card.awaitHeldCommand(2000));

            assertTimeoutPreemptively(Duration.ofSeconds(1), client::remove);
            assertFalse(client.isInserted());
            assertEquals(-1, vpcd.in.read(), "no answer after removal, just the end of the stream");
        } finally {
            card.release();
        }
    }

    @Test
    void parsesTheCliAddressForm() {
        assertEquals(new InetSocketAddress("127.0.0.1", 35964), VpcdClient.parseAddress("127.0.0.1:35964"));
        assertEquals(new InetSocketAddress("127.0.0.1", 35963), VpcdClient.parseAddress(":35963"));
        assertEquals(35963, VpcdClient.parseAddress("localhost").getPort());
        assertThrows(IllegalArgumentException.class, () -> VpcdClient.parseAddress("host:http"));
        assertThrows(IllegalArgumentException.class, () -> VpcdClient.parseAddress("host:70000"));
    }
}
