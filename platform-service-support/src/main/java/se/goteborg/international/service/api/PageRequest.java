package se.goteborg.international.service.api;

import se.goteborg.international.service.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Validated paging parameters ({@code page} from 0, {@code size} 1–{@value #MAX_SIZE}), with the
 * SQL offset they mean. Out-of-range values are a 400 naming the parameter.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", "page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", "size",
                    "size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
