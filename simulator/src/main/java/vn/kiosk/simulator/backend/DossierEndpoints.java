package vn.kiosk.simulator.backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Public-service procedures: the catalogue, dossier submission and dossier status. */
final class DossierEndpoints {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_ATTACHMENTS = 10;

    private final EvidenceGate gate;
    private final Clock clock;

    DossierEndpoints(EvidenceGate gate, Clock clock) {
        this.gate = gate;
        this.clock = clock;
    }

    /** A dossier as the status call shows it. */
    record DossierStatus(String dossierCode, String procedureCode, String status, String submittedAt,
                         String appointmentDate, String assurance) {
    }

    ApiResponse procedures(ApiRequest request, Connection c) {
        return ApiResponse.ok(Map.of("procedures", Procedures.ALL));
    }

    ApiResponse submit(ApiRequest request, Connection c) throws SQLException {
        JsonNode body = RequestFields.body(request);
        String code = RequestFields.text(body, "procedureCode");
        Procedure procedure = Procedures.byCode(code).orElseThrow(() -> new ProblemException(422,
                "UNKNOWN_PROCEDURE", "Thủ tục không tồn tại.", "No such procedure."));
        JsonNode identity = RequestFields.identity(body, "identity");
        JsonNode fields = body.path("fields");
        for (FormField field : procedure.extraFields()) {
            JsonNode value = fields.path(field.name());
            boolean present = value.isValueNode() && !value.asText().isBlank();
            if (field.required() && !present) {
                throw new ProblemException(422, "MISSING_FIELD", "Thiếu thông tin: " + field.labelVi() + ".",
                        "Missing field: " + field.labelEn() + " (" + field.name() + ").");
            }
            if (present && field.type().equals("SELECT") && !field.options().contains(value.asText())) {
                throw new ProblemException(422, "INVALID_FIELD", "Giá trị không hợp lệ: " + field.labelVi() + ".",
                        "Not one of the allowed values: " + field.name() + ".");
            }
        }
        checkAttachments(body.path("attachments"));
        String assurance = gate.admit(body, identity);

        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        String appointment = addWorkingDays(today, procedure.processingDays()).toString();
        long id = Database.insert(c, "INSERT INTO dossiers (code, procedure_code, status, submitted_at, "
                        + "appointment_date, assurance, payload) VALUES (?, ?, 'RECEIVED', ?, ?, ?, ?)",
                "pending-" + System.nanoTime(), code, clock.instant().toString(), appointment, assurance,
                body.toString());
        // The code is the row's number (the insert's placeholder only satisfies UNIQUE), so it is unique and never reused even after a restart.
        String dossierCode = String.format("HS-%s-%06d", today.toString().replace("-", ""), id);
        Database.update(c, "UPDATE dossiers SET code = ? WHERE id = ?", dossierCode, id);
        return ApiResponse.created(new DossierStatus(dossierCode, code, "RECEIVED", clock.instant().toString(),
                appointment, assurance));
    }

    ApiResponse status(ApiRequest request, Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT code, procedure_code, status, submitted_at, "
                + "appointment_date, assurance FROM dossiers WHERE code = ?")) {
            s.setString(1, request.pathParameter("code"));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw ProblemException.notFound("DOSSIER_NOT_FOUND", "Không tìm thấy hồ sơ.", "No such dossier.");
                }
                return ApiResponse.ok(new DossierStatus(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6)));
            }
        }
    }

    private static void checkAttachments(JsonNode attachments) {
        if (attachments.isMissingNode() || attachments.isNull()) {
            return;
        }
        if (!attachments.isArray() || attachments.size() > MAX_ATTACHMENTS) {
            throw ProblemException.badRequest("Tệp đính kèm không hợp lệ.",
                    "'attachments' must be an array of at most " + MAX_ATTACHMENTS + ".");
        }
        for (JsonNode attachment : attachments) {
            RequestFields.text(attachment, "name");
            RequestFields.text(attachment, "mediaType");
            try {
                Base64.getDecoder().decode(RequestFields.text(attachment, "content"));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Tệp đính kèm không hợp lệ.", "An attachment's content is not base64.");
            }
        }
    }

    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}
