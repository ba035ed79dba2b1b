package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for the contract. What the kiosk reads is checked by the records
 * themselves: each refuses (in its compact constructor) a null where docs/api/openapi.yaml requires a
 * value, and a null inside a list; Jackson reports that as a mapping failure, so a body missing them
 * is an invalid response ({@link BackendClient}) or no answer ({@link Submissions#answer}), never a
 * record a flow would trip over.
 */
final class Json {

    private Json() {
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                // a newer backend may add fields and enum values; the kiosk must keep working with it
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                // a missing required number must not silently become 0
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
