package io.backstop.app.rest;

/** An answer other than success: status, the field at fault (if any) and a message a person can act on. */
public class ApiError extends RuntimeException {

    private final int status;
    private final String field;

    public ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiError badInput(String field, String message) {
        return new ApiError(400, field, message);
    }

    public static ApiError unauthenticated() {
        return new ApiError(401, null, "log in to use Backstop");
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, null, message);
    }

    public static ApiError notFound(String field, String message) {
        return new ApiError(404, field, message);
    }

    public static ApiError conflict(String field, String message) {
        return new ApiError(409, field, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
