package vn.kiosk.simulator.personalise;

import java.util.List;

/**
 * A way the simulated card misbehaves, by its command-line name (CLI.md, {@code card --fault}).
 * Faults in the card's content are applied by the personaliser; faults in its behaviour on the
 * link ({@link RemoveAt}, {@link SlowLink}) by a wrapper around the chip.
 */
public sealed interface Fault {

    /**
     * A data group changed after the SOD was signed: {@code forged-dg1}, {@code forged-dg2}, {@code forged-dg13};
     * {@code forged-dg14} and {@code forged-dg15} put a forger's chip or active authentication key in
     * place of the genuine one, and the chip holds the forger's private key, so the protocol itself passes.
     */
    record ForgedDataGroup(int number) implements Fault {
        public ForgedDataGroup {
            if (!FORGEABLE.contains(number)) {
                throw new IllegalArgumentException("only DG1, DG2, DG13, DG14 and DG15 can be forged, not DG" + number);
            }
        }
    }

    /** The SOD's signature is made with a key other than its document signer certificate's: {@code wrong-signature}. */
    record WrongSignature() implements Fault {
    }

    /** The SOD names SHA-1 as its hash algorithm, but lists SHA-256 hashes: {@code wrong-hash-algorithm}. */
    record WrongHashAlgorithm() implements Fault {
    }

    /** The SOD names MD5, which Doc 9303 does not allow, as its hash algorithm: {@code unknown-hash-algorithm}. */
    record UnknownHashAlgorithm() implements Fault {
    }

    /** The SOD is signed by a document signer whose certificate is valid only from next year: {@code not-yet-valid-signer}. */
    record NotYetValidSigner() implements Fault {
    }

    /** The SOD is signed by a document signer without the digitalSignature key usage: {@code wrong-key-usage-signer}. */
    record WrongKeyUsageSigner() implements Fault {
    }

    /**
     * A data group the kiosk has no use for (DG3 to DG12, DG16) is on the chip, in EF.COM and in the
     * SOD: {@code extra-dgN}, e.g. {@code extra-dg11}.
     */
    record ExtraDataGroup(int number) implements Fault {
        public ExtraDataGroup {
            if (number < 3 || number > 16 || FORGEABLE.contains(number)) {
                throw new IllegalArgumentException("extra-dgN takes a data group the card does not already have"
                        + " (DG3 to DG12, DG16), not DG" + number);
            }
        }
    }

    /**
     * A data group is on the chip and in EF.COM but the SOD does not list it (added after signing):
     * {@code unsigned-dgN}. For a group the card has anyway (DG1, DG2, DG13, DG14, DG15) the SOD
     * simply leaves it out; another one is added.
     */
    record UnsignedDataGroup(int number) implements Fault {
        public UnsignedDataGroup {
            checkDataGroup(number);
        }
    }

    /** EF.COM does not list a data group that the SOD lists and the chip has: {@code com-omits-dgN}. */
    record OmittedFromCom(int number) implements Fault {
        public OmittedFromCom {
            checkDataGroup(number);
        }
    }

    /** The SOD and EF.COM list a data group the chip does not have (removed after signing): {@code missing-dgN}. */
    record MissingDataGroup(int number) implements Fault {
        public MissingDataGroup {
            checkDataGroup(number);
        }
    }

    /** The chip's active authentication key is not the one DG15 publishes (chip authentication is genuine): {@code aa-wrong-key}. */
    record ActiveAuthenticationWrongKey() implements Fault {
    }

    /** The chip's chip authentication key is not the one DG14 publishes (active authentication is genuine): {@code ca-wrong-key}. */
    record ChipAuthenticationWrongKey() implements Fault {
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
            "expired-signer", "clone", "malformed-tlv", "remove-at:N", "no-extended-length", "slow-link",
            "forged-dg14", "forged-dg15", "wrong-signature", "wrong-hash-algorithm", "unknown-hash-algorithm",
            "not-yet-valid-signer", "wrong-key-usage-signer", "extra-dgN", "unsigned-dgN", "com-omits-dgN",
            "missing-dgN", "aa-wrong-key", "ca-wrong-key");

    /** The data groups a personalised card carries, and so the ones a forger can change. */
    List<Integer> FORGEABLE = List.of(1, 2, 13, 14, 15);

    private static void checkDataGroup(int number) {
        if (number < 1 || number > 16) {
            throw new IllegalArgumentException("data groups run from DG1 to DG16, not DG" + number);
        }
    }

    static Fault parse(String name) {
        String n = name.trim().toLowerCase();
        java.util.regex.Matcher numbered = java.util.regex.Pattern
                .compile("(forged|extra|unsigned|com-omits|missing)-dg(\\d{1,2})").matcher(n);
        if (numbered.matches()) {
            int number = Integer.parseInt(numbered.group(2));
            switch (numbered.group(1)) {
                case "forged": return new ForgedDataGroup(number);
                case "extra": return new ExtraDataGroup(number);
                case "unsigned": return new UnsignedDataGroup(number);
                case "com-omits": return new OmittedFromCom(number);
                default: return new MissingDataGroup(number);
            }
        }
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
            case "wrong-hash": return new WrongHash();
            case "untrusted-signer": return new UntrustedSigner();
            case "expired-signer": return new ExpiredSigner();
            case "clone": return new Clone();
            case "malformed-tlv": return new MalformedTlv();
            case "no-extended-length": return new NoExtendedLength();
            case "slow-link": return new SlowLink();
            case "wrong-signature": return new WrongSignature();
            case "wrong-hash-algorithm": return new WrongHashAlgorithm();
            case "unknown-hash-algorithm": return new UnknownHashAlgorithm();
            case "not-yet-valid-signer": return new NotYetValidSigner();
            case "wrong-key-usage-signer": return new WrongKeyUsageSigner();
            case "aa-wrong-key": return new ActiveAuthenticationWrongKey();
            case "ca-wrong-key": return new ChipAuthenticationWrongKey();
            default: throw new IllegalArgumentException("unknown fault '" + name + "'; known: " + String.join(", ", NAMES));
        }
    }
}
