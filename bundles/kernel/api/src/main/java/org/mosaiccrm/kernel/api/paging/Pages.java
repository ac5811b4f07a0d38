package org.mosaiccrm.kernel.api.paging;

import java.util.function.Function;

/** Walks a paged list from start to end, one page of {@link PageRequest#MAX_LIMIT} at a time. */
public final class Pages {

    /** What to do with each item; may throw, e.g. while writing an export. */
    @FunctionalInterface
    public interface ItemAction<T, E extends Exception> {
        void accept(T item) throws E;
    }

    private Pages() {
    }

    /** @return how many items were visited */
    public static <T, E extends Exception> long forEach(Function<PageRequest, Page<T>> fetch,
                                                        ItemAction<? super T, E> action) throws E {
        long visited = 0;
        while (true) {
            Page<T> page = fetch.apply(new PageRequest((int) visited, PageRequest.MAX_LIMIT));
            for (T item : page.items()) {
                action.accept(item);
            }
            visited += page.items().size();
            if (page.items().isEmpty() || visited >= page.total()) {
                return visited;
            }
        }
    }
}
