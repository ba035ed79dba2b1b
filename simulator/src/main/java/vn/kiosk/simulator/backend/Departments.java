package vn.kiosk.simulator.backend;

import java.util.List;
import java.util.Optional;

/** The seeded outpatient departments of a district hospital. */
final class Departments {
    static final List<Department> ALL = List.of(
            new Department("NOI", "Khám Nội", "Internal medicine", "P.101", 4, 12),
            new Department("NHI", "Khám Nhi", "Paediatrics", "P.105", 2, 10),
            new Department("SAN", "Khám Sản", "Obstetrics", "P.201", 2, 15),
            new Department("RHM", "Răng Hàm Mặt", "Dentistry and maxillofacial", "P.204", 2, 20),
            new Department("TMH", "Tai Mũi Họng", "Ear, nose and throat", "P.206", 2, 12),
            new Department("MAT", "Khám Mắt", "Ophthalmology", "P.208", 1, 10),
            new Department("NGOAI", "Khám Ngoại", "Surgery", "P.110", 2, 15),
            new Department("DA_LIEU", "Da liễu", "Dermatology", "P.212", 1, 10));

    private Departments() {
    }

    static Optional<Department> byCode(String code) {
        return ALL.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
