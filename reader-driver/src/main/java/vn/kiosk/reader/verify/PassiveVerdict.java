package vn.kiosk.reader.verify;

/**
 * The outcome of passive authentication, in the words {@code reader-cli read --json} prints.
 * Ordered from best to worst except {@link #NOT_CHECKED}, which says nothing about the document.
 */
public enum PassiveVerdict {
    /** Signature, certificate path and every read data group's hash check out. */
    VALID,
    /**
     * The document is provably wrong: a hash or the signature does not match, the SOD is
     * malformed or names an unknown hash algorithm, a data group was read that the SOD does not
     * vouch for, or the issuer revoked the document signer.
     */
    INVALID,
    /**
     * Nothing is provably wrong with the data or the signature, but the signer cannot be trusted:
     * no path to a trusted CSCA, a certificate outside its validity at the signing time, or a
     * document signer certificate not meant for signing.
     */
    UNTRUSTED,
    /** Passive authentication did not run (no SOD read). */
    NOT_CHECKED
}
