package org.mosaiccrm.kernel.api.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One slice of a longer list. A REST resource may return a {@code Page} as is: the kernel writes
 * the items as the JSON body and the total as the {@code X-Total-Count} header.
 *
 * @param items  this slice
 * @param total  how many items the whole list holds
 * @param offset where this slice starts
 * @param limit  the size asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.offset(), request.limit());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, offset, limit);
    }
}
