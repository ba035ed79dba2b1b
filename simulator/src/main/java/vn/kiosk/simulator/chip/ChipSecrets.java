package vn.kiosk.simulator.chip;

import java.security.PrivateKey;
import java.util.Optional;

/**
 * The private keys that never leave a real chip: active authentication's (whose public half is in
 * DG15) and chip authentication's (public half in DG14). A cloned chip has the files but not these.
 */
public record ChipSecrets(Optional<PrivateKey> activeAuthentication, Optional<PrivateKey> chipAuthentication) {

    public static ChipSecrets none() {
        return new ChipSecrets(Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "ChipSecrets[aa=" + activeAuthentication.isPresent() + ", ca=" + chipAuthentication.isPresent() + "]";
    }
}
