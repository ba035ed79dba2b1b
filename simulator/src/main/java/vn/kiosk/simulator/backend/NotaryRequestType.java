package vn.kiosk.simulator.backend;

/** A kind of notarial act and how many parties must identify for it. */
public record NotaryRequestType(String code, String nameVi, String nameEn, int minParties, int maxParties, Fee fee) {
}
