package org.mosaiccrm.kernel.api.paging;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.Test;

public class PagesTest {

    private static Page<Integer> slice(List<Integer> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + request.limit(), all.size())), all.size(), request);
    }

    @Test
    public void everyItemOfEveryPageIsVisitedOnceInOrder() {
        List<Integer> all = IntStream.range(0, 1234).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        assertEquals(1234, Pages.forEach(request -> slice(all, request), seen::add));
        assertEquals(all, seen);
    }

    @Test
    public void anEmptyListIsOneRequest() {
        List<PageRequest> asked = new ArrayList<>();
        assertEquals(0, Pages.forEach(request -> {
            asked.add(request);
            return slice(List.<Integer>of(), request);
        }, item -> { }));
        assertEquals(1, asked.size());
    }

    @Test
    public void aListThatShrinksWhileWalkedStillEnds() {
        List<Integer> all = new ArrayList<>(IntStream.range(0, 600).boxed().toList());
        long visited = Pages.forEach(request -> {
            Page<Integer> page = slice(all, request);
            all.subList(0, 200).clear(); // rows deleted meanwhile
            return page;
        }, item -> { });
        assertEquals(500, visited);
    }
}
