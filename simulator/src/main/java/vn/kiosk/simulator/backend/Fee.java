package vn.kiosk.simulator.backend;

/** What a procedure costs, in đồng, with a note on exemptions in both languages. */
public record Fee(long amountVnd, String noteVi, String noteEn) {
}
