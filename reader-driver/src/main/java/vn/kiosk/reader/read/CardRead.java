package vn.kiosk.reader.read;

import java.util.Optional;

import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.lds.FaceImage;

/** The outcome of reading a card: who, their photo, how far it is proven, and the evidence. */
public record CardRead(Identity identity, Optional<FaceImage> photo, Verification verification, Evidence evidence,
                       Stats stats) {

    /** What the read cost on the link. */
    public record Stats(AccessProtocol accessProtocol, long apdus, long bytesIn, long bytesOut, long millis) {
    }
}
