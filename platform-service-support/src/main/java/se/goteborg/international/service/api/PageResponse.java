package se.goteborg.international.service.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the same shape in every service's API.
 *
 * @param items      the items on this page
 * @param page       zero-based page number
 * @param size       the page size asked for
 * @param totalItems how many items match the filters in all
 * @param totalPages how many pages of {@code size} that makes
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
