package vn.kiosk.simulator.backend;

import java.util.Map;
import java.util.Set;

/** How a request's method and path fit the routes: a route, no such path, or the path with other methods. */
sealed interface RouteMatch {
    record Found(Route route, Map<String, String> pathParameters) implements RouteMatch {
    }

    record NotFound() implements RouteMatch {
    }

    record MethodNotAllowed(Set<String> allowed) implements RouteMatch {
    }
}
