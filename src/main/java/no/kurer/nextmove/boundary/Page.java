package no.kurer.nextmove.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a NextMove list, serialized as Digdir's integration point serializes a Spring {@code Page} (the legacy
 * way): {@code content}, {@code pageable}, {@code last}, {@code totalElements}, {@code totalPages}, {@code size},
 * {@code number}, {@code first}, {@code numberOfElements}, {@code empty} and {@code sort}.
 */
public record Page(List<?> content, Paging paging, long totalElements) {

    /** The page as the JSON object efm answers with. */
    public Map<String, Object> json() {
        int size = paging.size();
        long totalPages = size == 0 ? 1 : (totalElements + size - 1) / size;
        Map<String, Object> sort = sort();
        Map<String, Object> pageable = new LinkedHashMap<>();
        pageable.put("sort", sort);
        pageable.put("offset", (long) paging.page() * size);
        pageable.put("pageNumber", paging.page());
        pageable.put("pageSize", size);
        pageable.put("paged", true);
        pageable.put("unpaged", false);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("content", content);
        page.put("pageable", pageable);
        page.put("last", paging.page() >= totalPages - 1);
        page.put("totalElements", totalElements);
        page.put("totalPages", totalPages);
        page.put("size", size);
        page.put("number", paging.page());
        page.put("sort", sort);
        page.put("first", paging.page() == 0);
        page.put("numberOfElements", content.size());
        page.put("empty", content.isEmpty());
        return page;
    }

    private Map<String, Object> sort() {
        Map<String, Object> sort = new LinkedHashMap<>();
        boolean sorted = paging.sort() != null;
        sort.put("sorted", sorted);
        sort.put("unsorted", !sorted);
        sort.put("empty", !sorted);
        return sort;
    }
}
