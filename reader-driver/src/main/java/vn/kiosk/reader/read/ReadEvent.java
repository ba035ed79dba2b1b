package vn.kiosk.reader.read;

import vn.kiosk.reader.aa.ActiveAuthenticationResult;
import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.ca.ChipAuthenticationResult;
import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.lds.FaceImage;
import vn.kiosk.reader.verify.PassiveVerdict;

/** Progress of a card read, in the order it happens, so a screen can show real progress. */
public sealed interface ReadEvent {

    record ChannelOpened(AccessProtocol protocol) implements ReadEvent {
    }

    /** One elementary file is in: {@code dataGroup} 0 stands for EF.SOD. */
    record FileRead(int dataGroup, int bytes) implements ReadEvent {
    }

    /** DG1 and DG13 are read: the identity can be shown, though not yet verified. */
    record IdentityRead(Identity identity) implements ReadEvent {
    }

    /**
     * EF.SOD's signature, its signer's chain and the hashes of DG1 and DG13 are checked: the
     * identity can be trusted as far as passive authentication goes, before the clone checks and
     * the photo are done. Comes from the verifying thread, while the reading thread goes on.
     */
    record IdentityVerified(PassiveVerdict verdict) implements ReadEvent {
    }

    record ChipAuthenticated(ChipAuthenticationResult.Verdict verdict) implements ReadEvent {
    }

    record ActiveAuthenticated(ActiveAuthenticationResult.Verdict verdict) implements ReadEvent {
    }

    record PhotoRead(FaceImage photo) implements ReadEvent {
    }

    record PassiveVerified(PassiveVerdict verdict) implements ReadEvent {
    }
}
