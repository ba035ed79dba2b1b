package vn.kiosk.app.print;

import java.nio.file.Path;
import java.util.Objects;

/** Where an ESC/POS printer is attached. */
public sealed interface PortAddress {

    /** The port that sends to this address. */
    PrinterPort open();

    /** A network printer's raw port, usually 9100. */
    record Tcp(String host, int port) implements PortAddress {
        public static final int DEFAULT_PORT = 9100;

        public Tcp {
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1..65535, not " + port);
            }
        }

        @Override
        public PrinterPort open() {
            return new TcpPrinterPort(host, port);
        }
    }

    /** A device file such as /dev/usb/lp0. */
    record DeviceFile(Path path) implements PortAddress {
        public DeviceFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public PrinterPort open() {
            return new DevicePrinterPort(path);
        }
    }
}
