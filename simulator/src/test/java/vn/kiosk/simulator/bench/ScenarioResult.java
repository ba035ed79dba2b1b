package vn.kiosk.simulator.bench;

import java.util.List;
import java.util.function.ToLongFunction;

import vn.kiosk.simulator.link.Exchange;
import vn.kiosk.simulator.link.LinkLimit;
import vn.kiosk.simulator.link.ReadPlan;

/**
 * The measured runs of the readers in one scenario, with the link limit for its card: ours, JMRTD
 * as its examples configure it, and JMRTD tuned (short file identifiers, and extended-length reads
 * when the card takes them).
 */
record ScenarioResult(Scenario scenario, LinkLimit limit, ReadPlan plan, List<ReadSample> ours, List<ReadSample> jmrtd,
                      List<ReadSample> jmrtdTuned) {

    ScenarioResult {
        ours = List.copyOf(ours);
        jmrtd = List.copyOf(jmrtd);
        jmrtdTuned = List.copyOf(jmrtdTuned);
    }

    boolean complete() {
        return !ours.isEmpty() && ours.size() == jmrtd.size() && ours.size() == jmrtdTuned.size();
    }

    static long median(List<ReadSample> samples, ToLongFunction<ReadSample> metric) {
        long[] values = samples.stream().mapToLong(metric).sorted().toArray();
        return values[values.length / 2];
    }

    long ourMedian(ToLongFunction<ReadSample> metric) {
        return median(ours, metric);
    }

    long jmrtdMedian(ToLongFunction<ReadSample> metric) {
        return median(jmrtd, metric);
    }

    long tunedMedian(ToLongFunction<ReadSample> metric) {
        return median(jmrtdTuned, metric);
    }

    long limitBytesOut() {
        return plan.all().stream().mapToLong(Exchange::commandBytes).sum();
    }

    long limitBytesIn() {
        return plan.all().stream().mapToLong(Exchange::responseBytes).sum();
    }
}
