package vn.kiosk.simulator.backend;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a route does with a request. It gets the store's connection: for a mutating route that is
 * inside the transaction that also records the Idempotency-Key, so the effect and the remembered
 * answer commit together or not at all.
 */
@FunctionalInterface
interface Endpoint {
    ApiResponse handle(ApiRequest request, Connection connection) throws SQLException;
}
