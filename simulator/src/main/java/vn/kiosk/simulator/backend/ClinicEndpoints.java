package vn.kiosk.simulator.backend;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The hospital registration desk: BHYT check, departments with their queues, registration. Priority
 * patients (Luật Người cao tuổi, Luật Trẻ em, Luật Người khuyết tật, emergencies flagged by staff)
 * get their own queue, which is called first.
 */
final class ClinicEndpoints {
    static final Set<String> PRIORITY_REASONS = Set.of("ELDERLY", "CHILD_UNDER_6", "DISABILITY", "PREGNANT",
            "MERITORIOUS_PERSON", "EMERGENCY");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int ELDERLY_AGE = 80;
    private static final int YOUNG_CHILD_AGE = 6;

    private final EvidenceGate gate;
    private final Clock clock;

    ClinicEndpoints(EvidenceGate gate, Clock clock) {
        this.gate = gate;
        this.clock = clock;
    }

    record DepartmentQueue(String code, String nameVi, String nameEn, String room, long waiting,
                           long priorityWaiting, long estimatedWaitMinutes) {
    }

    record Registration(long registrationId, String departmentCode, String queueNumber, String room,
                        boolean priority, List<String> priorityReasons, long estimatedWaitMinutes,
                        String insuranceStatus) {
    }

    ApiResponse insuranceCheck(ApiRequest request, Connection c) {
        JsonNode body = RequestFields.body(request);
        String idNumber = RequestFields.text(body, "idNumber");
        if (!idNumber.matches("\\d{12}")) {
            throw new ProblemException(422, "INVALID_ID_NUMBER", "Số định danh cá nhân phải gồm 12 chữ số.",
                    "The ID number must be 12 digits.");
        }
        return ApiResponse.ok(BhytRule.check(idNumber, today()));
    }

    ApiResponse departments(ApiRequest request, Connection c) throws SQLException {
        List<DepartmentQueue> queues = new ArrayList<>();
        for (Department d : Departments.ALL) {
            long normal = waiting(c, d, false);
            long priority = waiting(c, d, true);
            queues.add(new DepartmentQueue(d.code(), d.nameVi(), d.nameEn(), d.room(), normal, priority,
                    estimate(d, normal + priority)));
        }
        return ApiResponse.ok(Map.of("departments", queues));
    }

    ApiResponse register(ApiRequest request, Connection c) throws SQLException {
        JsonNode body = RequestFields.body(request);
        Department department = Departments.byCode(RequestFields.text(body, "departmentCode")).orElseThrow(() ->
                new ProblemException(422, "UNKNOWN_DEPARTMENT", "Khoa khám không tồn tại.", "No such department."));
        JsonNode identity = RequestFields.identity(body, "identity");
        gate.admit(body, identity);
        Set<String> reasons = new TreeSet<>();
        for (JsonNode reason : body.path("priorityReasons")) {
            if (!PRIORITY_REASONS.contains(reason.asText())) {
                throw new ProblemException(422, "UNKNOWN_PRIORITY_REASON", "Lý do ưu tiên không hợp lệ.",
                        "Unknown priority reason; use one of " + new TreeSet<>(PRIORITY_REASONS) + ".");
            }
            reasons.add(reason.asText());
        }
        reasons.addAll(reasonsFromAge(identity.path("dateOfBirth").asText("")));
        boolean priority = !reasons.isEmpty();
        String insurance = BhytRule.check(identity.path("idNumber").asText(), today()).status();

        String day = today().toString();
        // Priority patients are called before everyone else, so only those ahead in their queue count.
        long ahead = priority ? waiting(c, department, true) : waiting(c, department, false) + waiting(c, department, true);
        long sequence = Database.count(c, "SELECT COUNT(*) FROM clinic_registrations WHERE department_code = ? "
                + "AND day = ? AND priority = ?", department.code(), day, priority ? 1 : 0) + 1;
        String queueNumber = (priority ? "UT-" : "") + department.code() + "-" + String.format("%03d", sequence);
        long id = Database.insert(c, "INSERT INTO clinic_registrations (department_code, day, priority, queue_number, "
                + "payload) VALUES (?, ?, ?, ?, ?)", department.code(), day, priority ? 1 : 0, queueNumber,
                body.toString());
        return ApiResponse.created(new Registration(id, department.code(), queueNumber, department.room(), priority,
                List.copyOf(reasons), estimate(department, ahead), insurance));
    }

    private Set<String> reasonsFromAge(String dateOfBirth) {
        Set<String> reasons = new TreeSet<>();
        try {
            int age = Period.between(LocalDate.parse(dateOfBirth), today()).getYears();
            if (age >= ELDERLY_AGE) {
                reasons.add("ELDERLY");
            }
            if (age < YOUNG_CHILD_AGE) {
                reasons.add("CHILD_UNDER_6");
            }
        } catch (DateTimeParseException e) {
            // No usable date of birth: only the reasons the kiosk sent count.
        }
        return reasons;
    }

    private long waiting(Connection c, Department d, boolean priority) throws SQLException {
        return Database.count(c, "SELECT COUNT(*) FROM clinic_registrations WHERE department_code = ? AND day = ? "
                + "AND priority = ?", d.code(), today().toString(), priority ? 1 : 0);
    }

    private static long estimate(Department d, long ahead) {
        return (ahead * d.minutesPerPatient() + d.doctors() - 1) / d.doctors();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }
}
