package vn.kiosk.reader.qr;

/** Which QR a text is. Names are the {@code kind} values of {@code reader-cli qr --json}. */
public enum QrKind {
    /** The 2021–2024 CCCD card-front QR: {@code ID12|oldID9|name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy}. */
    CCCD,
    /** The căn cước issued from 1 July 2024 (QR on the back; layout not published). */
    CAN_CUOC_2024,
    /** The VNeID app's identity QR (format not published). */
    VNEID,
    /** Not a QR we know; the result's problems say why. */
    UNKNOWN
}
