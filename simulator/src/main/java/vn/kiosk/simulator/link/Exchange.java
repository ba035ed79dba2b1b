package vn.kiosk.simulator.link;

/**
 * One command and its response as bytes on the wire, and what the chip does in between.
 *
 * @param what          for people reading a plan
 * @param commandBytes  the whole command APDU
 * @param responseBytes the whole response APDU, status word included
 */
public record Exchange(String what, int commandBytes, int responseBytes, ChipOperation operation, boolean secured) {

    public long nanos(LinkModel link) {
        return link.exchangeNanos(commandBytes, responseBytes, operation, secured);
    }
}
