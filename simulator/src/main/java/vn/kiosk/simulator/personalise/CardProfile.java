package vn.kiosk.simulator.personalise;

import java.util.Arrays;

/** The kinds of card the simulator can be, by their command-line names. */
public enum CardProfile {
    /** CCCD gắn chip issued 2021-2024: PACE (brainpoolP256r1, AES-128), BAC, CA, AA. */
    CCCD_2021("cccd-2021"),
    /** Thẻ căn cước issued from 1 July 2024: the same chip application. */
    CAN_CUOC_2024("can-cuoc-2024"),
    /** An older-style chip without EF.CardAccess: BAC only. */
    BAC_ONLY("bac-only");

    private final String cliName;

    CardProfile(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static CardProfile fromCliName(String name) {
        return Arrays.stream(values()).filter(p -> p.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile " + name
                        + " (expected cccd-2021, can-cuoc-2024 or bac-only)"));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
