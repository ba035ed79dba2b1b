package vn.kiosk.reader.read;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a backend needs to re-verify a read itself instead of trusting the kiosk: the raw EF.SOD and
 * data groups as the chip returned them, and the active-authentication challenge and signature.
 *
 * @param sod        EF.SOD, empty when the chip had none
 * @param dataGroups data-group number to its raw bytes
 */
public record Evidence(byte[] sod, SortedMap<Integer, byte[]> dataGroups, Optional<ActiveAuthenticationTranscript> activeAuthentication) {

    public Evidence {
        sod = sod.clone();
        SortedMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroups.forEach((number, bytes) -> copy.put(number, bytes.clone()));
        dataGroups = Collections.unmodifiableSortedMap(copy);
    }

    @Override
    public byte[] sod() {
        return sod.clone();
    }

    /** The chip's signature over a challenge: a backend that issued the challenge checks liveness with it. */
    public record ActiveAuthenticationTranscript(byte[] challenge, byte[] signature) {
        public ActiveAuthenticationTranscript {
            challenge = challenge.clone();
            signature = signature.clone();
        }

        @Override
        public byte[] challenge() {
            return challenge.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }
    }

    @Override
    public String toString() {
        return "Evidence[" + dataGroups.keySet() + ", sod " + sod.length + " bytes]";
    }
}
