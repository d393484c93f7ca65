package org.plenary.shared.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Event streams of one kind of live page on this instance, per thing watched ({@code K}, e.g. a
 * meeting). Each stream wants the state ({@code S}) in its own format; a change is read once, rendered once per
 * format into one event named {@code state}, and that event is sent to every stream of the thing; a stream that
 * cannot be written to is dropped. A stream costs no thread while idle, and joining or leaving costs the same
 * whatever the number of streams (there may be 10,000 of one meeting). Viewers who join get the state kept since the
 * last change ({@link LiveSnapshot}): thousands joining at once read it from the database once, not once each. The module that owns the page keeps the streams alive ({@link #keepAlive()}) and closes
 * them when the instance stops ({@link #closeAll()}).
 */
public final class LiveStreams<K, S> {

    /** A viewer's stream, which never goes back to an earlier state than one it has received. */
    private static final class Stream<S> {
        private final SseEmitter emitter;
        private final Function<? super S, String> format;
        private long received = -1;

        Stream(SseEmitter emitter, Function<? super S, String> format) {
            this.emitter = emitter;
            this.format = format;
        }

        synchronized void send(long generation, Set<DataWithMediaType> event) throws IOException {
            if (generation > received) {
                received = generation;
                emitter.send(event);
            }
        }
    }

    private final Map<K, Set<Stream<S>>> streams = new ConcurrentHashMap<>();
    private final Map<K, LiveSnapshot<S>> snapshots = new ConcurrentHashMap<>();
    private final AtomicLong generations = new AtomicLong();
    private volatile boolean closed;

    /**
     * A new stream of {@code key}, which receives the {@code current} state at once and every state published after
     * it: the state is taken once the stream is registered, so that no change falls between the two; it is read with
     * {@code current} unless another viewer has read it since the last change. If it cannot be read (e.g. the thing
     * does not exist), the stream is dropped and the exception passed on.
     */
    public SseEmitter open(K key, Function<? super S, String> format, Supplier<? extends S> current)
            throws IOException {
        return open(key, format, current, state -> {
        });
    }

    /**
     * As {@link #open(Object, Function, Supplier)}, for a viewer who may see the state only if {@code admit} accepts
     * it (it throws otherwise): e.g. a meeting asked for under another process than its own.
     */
    public SseEmitter open(K key, Function<? super S, String> format, Supplier<? extends S> current,
            Consumer<? super S> admit) throws IOException {
        SseEmitter emitter = new SseEmitter(0L);
        Stream<S> stream = new Stream<>(emitter, format);
        streams.compute(key, (k, open) -> {
            Set<Stream<S>> of = open == null ? ConcurrentHashMap.newKeySet() : open;
            of.add(stream);
            return of;
        });
        emitter.onCompletion(() -> drop(key, stream));
        emitter.onTimeout(() -> drop(key, stream));
        emitter.onError(e -> drop(key, stream));
        LiveSnapshot<S> snapshot = snapshots.computeIfAbsent(key,
                k -> new LiveSnapshot<>(generations.incrementAndGet(), current));
        S state;
        try {
            state = snapshot.state();
        } catch (RuntimeException unreadable) {
            snapshots.remove(key, snapshot);
            drop(key, stream);
            throw unreadable;
        }
        try {
            admit.accept(state);
            stream.send(snapshot.generation(), snapshot.event(format));
        } catch (IOException | RuntimeException refused) {
            drop(key, stream);
            throw refused;
        }
        if (closed) {
            drop(key, stream);
            emitter.complete();
        }
        return emitter;
    }

    /**
     * Sends the state of {@code key} to its streams; {@code state} is read only if there are any. The state kept for
     * viewers who join is forgotten first, so that they read the new one.
     */
    public void publish(K key, Supplier<Optional<S>> state) {
        long generation = generations.incrementAndGet();
        snapshots.remove(key);
        Set<Stream<S>> watching = streams.get(key);
        if (watching == null || watching.isEmpty()) {
            return;
        }
        Optional<S> read = state.get();
        if (read.isEmpty()) {
            return;
        }
        LiveSnapshot<S> snapshot = new LiveSnapshot<>(generation, read::get);
        snapshots.merge(key, snapshot, (kept, fresh) -> kept.generation() > fresh.generation() ? kept : fresh);
        for (Stream<S> stream : watching) {
            write(key, stream, generation, snapshot.event(stream.format));
        }
    }

    /**
     * Shows operators how many of these streams are open on this instance, as
     * {@code plenary_live_viewers{page="<page>"}}.
     */
    public void measure(MeterRegistry registry, String page) {
        Gauge.builder("plenary.live.viewers", streams, open -> open.values().stream().mapToInt(Set::size).sum())
                .description("Live pages open on this instance (Server-Sent Event streams)").tag("page", page)
                .register(registry);
    }

    /** The things that have open streams. */
    public Set<K> watched() {
        return Set.copyOf(streams.keySet());
    }

    /** Sends a comment on every stream, which keeps idle connections open through proxies. */
    public void keepAlive() {
        Set<DataWithMediaType> comment = SseEmitter.event().comment("keep-alive").build();
        streams.forEach((key, watching) -> watching.forEach(stream -> write(key, stream, comment)));
    }

    /**
     * Ends every stream, and any opened later, so that viewers reconnect to another instance: called when the
     * instance stops, before the web server waits for open requests to finish (a stream never does).
     */
    public void closeAll() {
        closed = true;
        streams.values().forEach(watching -> watching.forEach(stream -> stream.emitter.complete()));
        streams.clear();
        snapshots.clear();
    }

    private void write(K key, Stream<S> stream, Set<DataWithMediaType> event) {
        try {
            stream.emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            drop(key, stream);
        }
    }

    private void write(K key, Stream<S> stream, long generation, Set<DataWithMediaType> event) {
        try {
            stream.send(generation, event);
        } catch (IOException | IllegalStateException gone) {
            drop(key, stream);
        }
    }

    private void drop(K key, Stream<S> stream) {
        streams.computeIfPresent(key, (k, watching) -> {
            watching.remove(stream);
            if (watching.isEmpty()) {
                snapshots.remove(key);
                return null;
            }
            return watching;
        });
    }
}
