package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The population register's answer for a QR-only identity ({@code POST /identity/confirmations}). */
public record IdentityConfirmation(String confirmationId, Status status, Assurance assurance) {

    public enum Status { CONFIRMED, NOT_FOUND, @JsonEnumDefaultValue UNKNOWN }

    public enum Assurance { QR_CONFIRMED, QR_ONLY, @JsonEnumDefaultValue UNKNOWN }

    record Request(Identity identity) {
        @Override
        public String toString() {
            return "IdentityConfirmationRequest[redacted]";
        }
    }
}
