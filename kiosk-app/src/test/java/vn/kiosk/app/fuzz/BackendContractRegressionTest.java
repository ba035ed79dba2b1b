package vn.kiosk.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

import vn.kiosk.app.backend.ApiResult;
import vn.kiosk.app.backend.BackendClient;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.backend.Liveness;
import vn.kiosk.app.backend.RetryPolicy;
import vn.kiosk.app.backend.Sleeper;
import vn.kiosk.app.backend.Submissions;
import vn.kiosk.app.backend.UnavailableReason;

/**
 * What fuzzing the backend JSON found (docs/FUZZING.md): bodies that left out what the contract requires,
 * or put a null in a list, were taken as the backend's answer and handed to the flows. Each is now refused.
 */
class BackendContractRegressionTest {
    private final Submissions submissions = new Submissions();

    /** BackendJsonFuzzTestInputs/procedure/crash-75c3ad59…: one letter of "noteEn" changed, so it is missing. */
    @Test
    void aProcedureWhoseFeeLacksItsEnglishNoteIsRefused() {
        String body = "{\"code\":\"XAC_NHAN_HON_NHAN\",\"nameVi\":\"Xác nhận tình trạng hôn nhân\",\"nameEn\":\"Marriage"
                + " status confirmation\",\"identityFields\":[\"idNumber\"],\"extraFields\":[],\"fee\":{\"amountVnd\":0,"
                + "\"noteVi\":\"Miễn lệ phí\",\"notgEn\":\"Free\"},\"processingDays\":3}";
        assertEquals(Optional.empty(), submissions.answer(body, Catalogue.Procedure.class));
        assertTrue(submissions.answer(body.replace("notgEn", "noteEn"), Catalogue.Procedure.class).isPresent());
    }

    @Test
    void nullsInsideListsAndMapsAreRefused() {
        String procedure = "{\"code\":\"X\",\"nameVi\":\"x\",\"nameEn\":\"x\",\"identityFields\":[null],\"extraFields\":[],"
                + "\"fee\":{\"amountVnd\":0,\"noteVi\":\"\",\"noteEn\":\"\"},\"processingDays\":1}";
        assertEquals(Optional.empty(), submissions.answer(procedure, Catalogue.Procedure.class));
        String liveness = "{\"challengeId\":\"C\",\"passive\":\"VALID\",\"active\":\"VALID\",\"challenge\":\"MATCHED\","
                + "\"identity\":\"MATCHED\",\"dataGroups\":{\"DG1\":null},\"verdict\":\"VALID\",\"problems\":[]}";
        assertEquals(Optional.empty(), submissions.answer(liveness, Liveness.Result.class));
        assertTrue(submissions.answer(liveness.replace("null", "\"VALID\""), Liveness.Result.class).isPresent());
    }

    @Test
    void anInsuranceCheckNeedsOnlyItsStatus() {
        assertEquals(Optional.empty(), submissions.answer("{\"cardNumber\":\"GD4791234567890\"}", Clinic.InsuranceCheck.class));
        assertEquals(Clinic.InsuranceStatus.NOT_FOUND,
                submissions.answer("{\"status\":\"NOT_FOUND\",\"cardNumber\":null}", Clinic.InsuranceCheck.class)
                        .orElseThrow().status());
    }

    /** The flows copy the lists (List.copyOf), which a null element would have thrown out of. */
    @Test
    void aProcedureListHoldingNullIsAnInvalidResponse() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{\"procedures\":[null]}").build());
            BackendConfig config = new BackendConfig(URI.create(server.url("/").toString()), "KIOSK-HN-01",
                    Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), RetryPolicy.never(),
                    Optional.empty());
            try (BackendClient client = new BackendClient(config, Sleeper.system(), Clock.systemUTC())) {
                ApiResult<List<Catalogue.Procedure>> result = client.procedures();
                ApiResult.Unavailable<?> unavailable = assertInstanceOf(ApiResult.Unavailable.class, result);
                assertEquals(UnavailableReason.INVALID_RESPONSE, unavailable.reason());
            }
        }
    }
}
