package vn.kiosk.simulator.backend;

/**
 * A hospital department (khoa/phòng khám) patients register for.
 *
 * @param minutesPerPatient average consultation time per patient per doctor, for the wait estimate
 */
public record Department(String code, String nameVi, String nameEn, String room, int doctors, int minutesPerPatient) {
}
