package vn.kiosk.reader.transport;

/**
 * Traffic over one card connection, for the CLI's "stats" object and for spotting slow links.
 *
 * @param apdus   exchanges that completed (failed ones carry no bytes worth counting)
 * @param bytesOut command bytes sent to the card
 * @param bytesIn  response bytes received, status words included
 * @param nanos   time spent inside the PC/SC stack, summed over exchanges
 */
public record TransportStats(long apdus, long bytesOut, long bytesIn, long nanos) {

    public static final TransportStats ZERO = new TransportStats(0, 0, 0, 0);

    /** This plus one exchange. */
    public TransportStats plus(int commandLength, int responseLength, long exchangeNanos) {
        return new TransportStats(apdus + 1, bytesOut + commandLength, bytesIn + responseLength,
                nanos + exchangeNanos);
    }

    public long millis() {
        return nanos / 1_000_000;
    }
}
