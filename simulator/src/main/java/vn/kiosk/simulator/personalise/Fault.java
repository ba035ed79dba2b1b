package vn.kiosk.simulator.personalise;

import java.util.List;

/**
 * A way the simulated card misbehaves, by its command-line name (CLI.md, {@code card --fault}).
 * Faults in the card's content are applied by the personaliser; faults in its behaviour on the
 * link ({@link RemoveAt}, {@link SlowLink}) by a wrapper around the chip.
 */
public sealed interface Fault {

    /** A data group changed after the SOD was signed: {@code forged-dg1}, {@code forged-dg2}, {@code forged-dg13}. */
    record ForgedDataGroup(int number) implements Fault {
    }

    /** The SOD lists a wrong hash for DG1 (and is signed over that wrong list): {@code wrong-hash}. */
    record WrongHash() implements Fault {
    }

    /** The SOD is signed by a document signer under a CSCA the reader does not trust: {@code untrusted-signer}. */
    record UntrustedSigner() implements Fault {
    }

    /** The SOD is signed by a document signer whose certificate has expired: {@code expired-signer}. */
    record ExpiredSigner() implements Fault {
    }

    /** The files of a genuine card on a chip without its private keys: fails AA and CA: {@code clone}. */
    record Clone() implements Fault {
    }

    /** DG13 with a length field that overruns its content (signed, so only the parser can catch it): {@code malformed-tlv}. */
    record MalformedTlv() implements Fault {
    }

    /** The card leaves the field after answering this many APDUs: {@code remove-at:N}. */
    record RemoveAt(int apdus) implements Fault {
    }

    /** The chip refuses extended-length APDUs and does not advertise them: {@code no-extended-length}. */
    record NoExtendedLength() implements Fault {
    }

    /** A slow contactless link (the {@code slow} link model): {@code slow-link}. */
    record SlowLink() implements Fault {
    }

    List<String> NAMES = List.of("forged-dg1", "forged-dg2", "forged-dg13", "wrong-hash", "untrusted-signer",
            "expired-signer", "clone", "malformed-tlv", "remove-at:N", "no-extended-length", "slow-link");

    static Fault parse(String name) {
        String n = name.trim().toLowerCase();
        if (n.startsWith("remove-at:")) {
            try {
                int apdus = Integer.parseInt(n.substring("remove-at:".length()));
                if (apdus >= 0) {
                    return new RemoveAt(apdus);
                }
            } catch (NumberFormatException e) {
                // falls through to the usage error below
            }
            throw new IllegalArgumentException("remove-at needs a number of APDUs, as in remove-at:12");
        }
        switch (n) {
            case "forged-dg1": return new ForgedDataGroup(1);
            case "forged-dg2": return new ForgedDataGroup(2);
            case "forged-dg13": return new ForgedDataGroup(13);
            case "wrong-hash": return new WrongHash();
            case "untrusted-signer": return new UntrustedSigner();
            case "expired-signer": return new ExpiredSigner();
            case "clone": return new Clone();
            case "malformed-tlv": return new MalformedTlv();
            case "no-extended-length": return new NoExtendedLength();
            case "slow-link": return new SlowLink();
            default: throw new IllegalArgumentException("unknown fault '" + name + "'; known: " + String.join(", ", NAMES));
        }
    }
}
