package vn.kiosk.app.operator;

import java.util.Objects;

/**
 * The state of a device the kiosk only reports on (the printer, the QR scanner), as whoever drives
 * it sees it.
 *
 * @param name   what the operator knows it as, e.g. {@code escpos:tcp://10.0.0.5:9100}
 * @param detail a short explanation (paper out, not connected...), empty when there is nothing to add
 */
public record DeviceStatus(String name, State state, String detail) {

    public enum State {
        /** Working as far as the kiosk can tell. */
        OK,
        /** Configured but not working. */
        FAILED,
        /** Configured, state not known (not used yet, or its driver cannot tell). */
        UNKNOWN,
        /** Not configured on this kiosk. */
        NONE
    }

    public DeviceStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : Scrubber.scrub(detail);
    }

    public static DeviceStatus ok(String name) {
        return new DeviceStatus(name, State.OK, "");
    }

    public static DeviceStatus failed(String name, String detail) {
        return new DeviceStatus(name, State.FAILED, detail);
    }

    public static DeviceStatus unknown(String name) {
        return new DeviceStatus(name, State.UNKNOWN, "");
    }

    public static DeviceStatus none() {
        return new DeviceStatus("none", State.NONE, "");
    }
}
