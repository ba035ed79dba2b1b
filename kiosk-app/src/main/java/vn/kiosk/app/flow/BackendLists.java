package vn.kiosk.app.flow;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.kiosk.app.backend.ApiResult;
import vn.kiosk.app.backend.BackendClient;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.backend.Notary;

/**
 * The backend's lists (procedures, departments, notary request types), with the last good copy
 * kept: when the backend is down a citizen can still choose, and the submission waits in the
 * outbox. The lists hold nothing personal.
 */
final class BackendLists {
    private final BackendClient backend;
    private final AtomicReference<List<Catalogue.Procedure>> procedures = new AtomicReference<>();
    private final AtomicReference<List<Clinic.DepartmentQueue>> departments = new AtomicReference<>();
    private final AtomicReference<List<Notary.RequestType>> requestTypes = new AtomicReference<>();

    BackendLists(BackendClient backend) {
        this.backend = backend;
    }

    Optional<List<Catalogue.Procedure>> procedures() {
        return fetch(backend::procedures, procedures);
    }

    Optional<List<Clinic.DepartmentQueue>> departments() {
        return fetch(backend::departments, departments);
    }

    Optional<List<Notary.RequestType>> requestTypes() {
        return fetch(backend::notaryRequestTypes, requestTypes);
    }

    private static <T> Optional<List<T>> fetch(Supplier<ApiResult<List<T>>> call, AtomicReference<List<T>> last) {
        ApiResult<List<T>> result = call.get();
        if (result instanceof ApiResult.Ok && !((ApiResult.Ok<List<T>>) result).value().isEmpty()) {
            last.set(List.copyOf(((ApiResult.Ok<List<T>>) result).value()));
        }
        return Optional.ofNullable(last.get());
    }
}
