package vn.kiosk.simulator.backend;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One parsed request as an endpoint sees it.
 *
 * @param pathParameters the values of the route's {@code {name}} segments
 * @param body           the JSON body, a MissingNode when there was none
 */
record ApiRequest(String method, String path, Map<String, String> pathParameters, JsonNode body,
                  Optional<String> idempotencyKey) {

    ApiRequest {
        pathParameters = Map.copyOf(pathParameters);
        body = body == null ? MissingNode.getInstance() : body;
    }

    String pathParameter(String name) {
        return pathParameters.get(name);
    }
}
