package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.plenary.shared.NotFoundException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The bookkeeping of live streams: who watches what, one read and one rendering per format, the end of streams. */
class LiveStreamsTest {

    /** A format that counts how often it renders. */
    private static final class Counting implements Function<String, String> {
        private final Function<String, String> rendering;
        private final AtomicInteger renders = new AtomicInteger();

        Counting(Function<String, String> rendering) {
            this.rendering = rendering;
        }

        @Override
        public String apply(String state) {
            renders.incrementAndGet();
            return rendering.apply(state);
        }
    }

    private final LiveStreams<String, String> streams = new LiveStreams<>();
    private final Counting upper = new Counting(s -> s.toUpperCase(Locale.ROOT));
    private final Counting lower = new Counting(s -> s.toLowerCase(Locale.ROOT));

    @RestController
    final class Pages {
        @GetMapping("/{key}/{format}")
        SseEmitter live(@PathVariable String key, @PathVariable String format) throws IOException {
            return streams.open(key, format.equals("upper") ? upper : lower, () -> "Current " + key);
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages()).build();

    private MockHttpServletResponse viewer(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(request().asyncStarted()).andReturn().getResponse();
    }

    @Test
    void aViewerReceivesTheCurrentStateAtOnceThenEveryStateOfWhatItWatchesInItsFormat() throws Exception {
        MockHttpServletResponse a = viewer("/a/upper");
        MockHttpServletResponse aLower = viewer("/a/lower");
        MockHttpServletResponse b = viewer("/b/upper");

        streams.publish("a", () -> Optional.of("Changed"));

        assertThat(a.getContentAsString()).isEqualTo("event:state\ndata:CURRENT A\n\nevent:state\ndata:CHANGED\n\n");
        assertThat(aLower.getContentAsString()).isEqualTo("event:state\ndata:current a\n\nevent:state\ndata:changed\n\n");
        assertThat(b.getContentAsString()).isEqualTo("event:state\ndata:CURRENT B\n\n");
    }

    @Test
    void aChangeIsReadOnceAndRenderedOncePerFormatHoweverManyWatch() throws Exception {
        for (int i = 0; i < 3; i++) {
            viewer("/a/upper");
            viewer("/a/lower");
        }
        int upperBefore = upper.renders.get();
        int lowerBefore = lower.renders.get();
        AtomicInteger reads = new AtomicInteger();

        streams.publish("a", () -> {
            reads.incrementAndGet();
            return Optional.of("Changed");
        });

        assertThat(reads).hasValue(1);
        assertThat(upper.renders.get() - upperBefore).isEqualTo(1);
        assertThat(lower.renders.get() - lowerBefore).isEqualTo(1);
    }

    @Test
    void viewersWhoJoinBetweenTwoChangesShareOneReadAndTheNextChangeIsReadAgain() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            streams.open("a", i % 2 == 0 ? upper : lower, () -> "Current " + reads.incrementAndGet());
        }
        assertThat(reads).as("one read for five viewers").hasValue(1);

        streams.publish("a", () -> Optional.of("Changed"));
        SseEmitter later = streams.open("a", upper, () -> "Current " + reads.incrementAndGet());
        assertThat(reads).as("a viewer who joins after the change gets the changed state unread").hasValue(1);
        later.complete();
    }

    @Test
    void aViewerWhoMayNotSeeTheStateGetsNoStreamAndTheOthersKeepIt() throws Exception {
        MockHttpServletResponse a = viewer("/a/upper");
        assertThatThrownBy(() -> streams.open("a", upper, () -> "Other", state -> {
            throw new NotFoundException("Meeting", "a");
        })).isInstanceOf(NotFoundException.class);

        streams.publish("a", () -> Optional.of("Changed"));
        assertThat(a.getContentAsString()).isEqualTo("event:state\ndata:CURRENT A\n\nevent:state\ndata:CHANGED\n\n");
    }

    @Test
    void nothingIsReadForWhatNobodyWatchesNorSentForWhatNoLongerExists() throws Exception {
        MockHttpServletResponse a = viewer("/a/upper");
        AtomicInteger reads = new AtomicInteger();

        streams.publish("b", () -> {
            reads.incrementAndGet();
            return Optional.of("Changed");
        });
        streams.publish("a", Optional::empty);

        assertThat(reads).hasValue(0);
        assertThat(a.getContentAsString()).isEqualTo("event:state\ndata:CURRENT A\n\n");
    }

    @Test
    void aStreamThatCannotBeWrittenToIsDroppedAndTheOthersStillReceive() throws Exception {
        SseEmitter gone = streams.open("a", upper, () -> "Current");
        MockHttpServletResponse staying = viewer("/a/lower");
        gone.complete();

        streams.publish("a", () -> Optional.of("Changed"));
        assertThat(staying.getContentAsString()).endsWith("data:changed\n\n");
        assertThat(streams.watched()).containsExactly("a");

        SseEmitter alone = streams.open("b", upper, () -> "Current");
        alone.complete();
        streams.keepAlive();
        assertThat(streams.watched()).as("nothing is kept for what nobody watches any more").containsExactly("a");
    }

    @Test
    void theMeterCountsTheOpenStreamsOfEveryThingWatched() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        streams.measure(registry, "test");
        Gauge open = registry.get("plenary.live.viewers").tag("page", "test").gauge();
        viewer("/a/upper");
        viewer("/a/lower");
        viewer("/b/upper");
        SseEmitter gone = streams.open("b", upper, () -> "Current");
        assertThat(open.value()).isEqualTo(4);

        gone.complete();
        streams.publish("b", () -> Optional.of("Changed"));
        assertThat(open.value()).as("a stream that cannot be written to is no longer counted").isEqualTo(3);
    }

    @Test
    void aStreamWhoseStateCannotBeReadIsNotKept() {
        assertThatThrownBy(() -> streams.open("a", upper, () -> {
            throw new NotFoundException("Meeting", "a");
        })).isInstanceOf(NotFoundException.class);

        assertThat(streams.watched()).isEmpty();
    }

    @Test
    void closingEndsEveryStreamAndThoseOpenedLater() throws Exception {
        SseEmitter first = streams.open("a", upper, () -> "Current");
        SseEmitter second = streams.open("b", lower, () -> "Current");

        streams.closeAll();
        SseEmitter later = streams.open("a", upper, () -> "Current");

        for (SseEmitter ended : new SseEmitter[] {first, second, later}) {
            assertThatThrownBy(() -> ended.send("more")).as("the stream has been completed")
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(streams.watched()).isEmpty();
    }
}
