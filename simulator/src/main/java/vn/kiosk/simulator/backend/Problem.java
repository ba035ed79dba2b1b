package vn.kiosk.simulator.backend;

/**
 * The one error shape of the API: a stable machine code and a message a kiosk can show as is, in
 * Vietnamese and English. Messages never carry personal data, because kiosks log them.
 */
public record Problem(String code, String messageVi, String messageEn) {
}
