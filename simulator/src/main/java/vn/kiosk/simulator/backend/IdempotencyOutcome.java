package vn.kiosk.simulator.backend;

/** What the idempotency table says about a key: never seen, seen with this very request, or seen with another. */
sealed interface IdempotencyOutcome {
    record Fresh() implements IdempotencyOutcome {
    }

    record Replay(int status, String body) implements IdempotencyOutcome {
    }

    record Conflict() implements IdempotencyOutcome {
    }
}
