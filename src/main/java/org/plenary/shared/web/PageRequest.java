package org.plenary.shared.web;

import java.util.List;
import org.plenary.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code ?page=&size=} of a list endpoint, and the answer with an RFC 8288 {@code Link: rel="next"} header.
 * Pages count from 0; without parameters a list answers its first 100 elements.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    /** Asks for one element more than the page holds, to know whether a next page exists. */
    public int limitWithLookahead() {
        return size + 1;
    }

    /** The page of {@code fetched} (fetched with {@link #limitWithLookahead()}) with its Link header. */
    public <T> ResponseEntity<List<T>> respond(List<T> fetched) {
        if (fetched.size() <= size) {
            return ResponseEntity.ok(fetched);
        }
        String next = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page + 1)
                .replaceQueryParam("size", size)
                .build().toUriString();
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"")
                .body(fetched.subList(0, size));
    }
}
