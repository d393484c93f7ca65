package org.plenary.shared.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The state of one watched thing as of one moment ({@code generation}), read at most once however many viewers
 * join at the same time, and rendered at most once per format. A later generation was read later: a stream that
 * has received a later one ignores an earlier one (see {@link LiveStreams}).
 */
final class LiveSnapshot<S> {

    private final long generation;
    private final Supplier<? extends S> read;
    private final Map<Function<? super S, String>, Set<DataWithMediaType>> events = new ConcurrentHashMap<>();
    private S state;

    LiveSnapshot(long generation, Supplier<? extends S> read) {
        this.generation = generation;
        this.read = read;
    }

    long generation() {
        return generation;
    }

    /** The state, read by the first caller while the others wait for it; read again after a failure. */
    synchronized S state() {
        if (state == null) {
            state = read.get();
        }
        return state;
    }

    /** The event that carries the state in {@code format}. */
    Set<DataWithMediaType> event(Function<? super S, String> format) {
        S current = state();
        return events.computeIfAbsent(format, f -> SseEmitter.event().name("state").data(f.apply(current)).build());
    }
}
