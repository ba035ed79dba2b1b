package vn.kiosk.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether resources stayed flat across sessions: compares the last sample with the first one taken
 * after the warm-up (class loading, JIT, caches and pools filling happen in the first sessions and are
 * not a leak). The heap after a full GC, where a leak shows first, must stay within the tolerance of
 * its warm value. Resident memory settles more slowly (the JIT's code cache, class metadata, the heap's
 * committed size and malloc arenas reach their working sizes over hundreds of sessions), so it must
 * have settled: within the tolerance between the last two samples, where a leak would keep growing.
 * Threads
 * and file descriptors may differ by {@value #POOL_SLACK}: pooled threads (flow and backend workers,
 * the HTTP client's) end after a minute idle and keep-alive sockets after five, so a sample can catch
 * one more or one fewer; one left behind by every session would be hundreds.
 */
record Verdict(boolean flat, String summary) {
    static final int POOL_SLACK = 2;

    static Verdict of(List<ResourceSample> samples, double tolerance) {
        List<ResourceSample> warm = samples.stream().filter(s -> s.sessions() >= 100).toList();
        if (warm.size() < 2) {
            return new Verdict(false, "Too few sessions to judge (needs samples at 100 and later).");
        }
        ResourceSample first = warm.get(0);
        ResourceSample last = warm.get(warm.size() - 1);
        List<String> grew = new ArrayList<>();
        if (last.heapAfterGcKb() > first.heapAfterGcKb() * (1 + tolerance)) {
            grew.add(growth("heap after GC", first.heapAfterGcKb(), last.heapAfterGcKb()));
        }
        ResourceSample previous = warm.get(warm.size() - 2);
        if (last.rssKb() > previous.rssKb() * (1 + tolerance)) {
            grew.add(growth("resident memory from session " + previous.sessions(), previous.rssKb(), last.rssKb()));
        }
        if (Math.abs(last.threads() - first.threads()) > POOL_SLACK) {
            grew.add("threads " + first.threads() + " → " + last.threads());
        }
        if (Math.abs(last.fds() - first.fds()) > POOL_SLACK) {
            grew.add("open fds " + first.fds() + " → " + last.fds());
        }
        String span = "sessions " + first.sessions() + " → " + last.sessions();
        if (grew.isEmpty()) {
            return new Verdict(true, String.format(Locale.ROOT, "Flat over %s: heap after GC %+.1f%%; resident"
                    + " %+.1f%% (%+.1f%% from session %d); threads %d → %d, open fds %d → %d.", span,
                    percent(first.heapAfterGcKb(), last.heapAfterGcKb()), percent(first.rssKb(), last.rssKb()),
                    percent(previous.rssKb(), last.rssKb()), previous.sessions(), first.threads(), last.threads(),
                    first.fds(), last.fds()));
        }
        return new Verdict(false, "NOT flat over " + span + ": " + String.join("; ", grew) + ".");
    }

    private static String growth(String what, long from, long to) {
        return String.format(Locale.ROOT, "%s %+.1f%% (%,d → %,d kB)", what, percent(from, to), from, to);
    }

    private static double percent(long from, long to) {
        return from == 0 ? 0 : 100.0 * (to - from) / from;
    }
}
