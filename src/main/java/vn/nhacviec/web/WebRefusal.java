package vn.nhacviec.web;

import io.micronaut.http.HttpStatus;

/**
 * A page or action the visitor may not have: thrown by {@link WebAccess} (or a controller) before anything
 * changes, answered by {@link WebRefusalHandler} with the status and a Vietnamese page.
 */
public final class WebRefusal extends RuntimeException {

    private final HttpStatus status;

    public WebRefusal(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** Another commune's page, a deadline that does not exist: the same answer, so nothing is told. */
    public static WebRefusal notFound() {
        return new WebRefusal(HttpStatus.NOT_FOUND, "Không tìm thấy trang này, hoặc bạn không có quyền xem.");
    }

    public static WebRefusal forbidden(String message) {
        return new WebRefusal(HttpStatus.FORBIDDEN, message);
    }
}
