package vn.kiosk.simulator.link;

import java.time.Duration;
import java.util.List;

/**
 * The least time a link model allows for a read: the {@link ReadPlan#minimal minimal plan}'s
 * exchanges, each timed by the model (bytes on air with their framing, host round trips, and the
 * chip's unavoidable work). No host computation is included: a reader can only come near it.
 *
 * @param identity       EF.CardAccess, PACE, SELECT, EF.SOD, DG1 and DG13
 * @param fullRead       the identity, then DG14 and CA, DG15 and AA, and DG2
 * @param identityApdus  exchanges in the identity part
 * @param fullReadApdus  exchanges in the whole read
 */
public record LinkLimit(Duration identity, Duration fullRead, int identityApdus, int fullReadApdus) {

    public static LinkLimit of(LinkModel link, CardFiles card) {
        return of(link, ReadPlan.minimal(card));
    }

    public static LinkLimit of(LinkModel link, ReadPlan plan) {
        long identity = nanos(link, plan.identity());
        long rest = nanos(link, plan.rest());
        return new LinkLimit(Duration.ofNanos(identity), Duration.ofNanos(identity + rest), plan.identity().size(),
                plan.identity().size() + plan.rest().size());
    }

    private static long nanos(LinkModel link, List<Exchange> exchanges) {
        return exchanges.stream().mapToLong(e -> e.nanos(link)).sum();
    }
}
