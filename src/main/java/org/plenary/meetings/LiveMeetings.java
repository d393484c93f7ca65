package org.plenary.meetings;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.LiveStreams;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The viewers of the live view of meetings on this instance. When a meeting changes (on any instance, see
 * {@link MeetingChannel}), its state is read once, rendered once per format, and pushed to every
 * viewer as a Server-Sent Event named {@code state}.
 */
@Service
public class LiveMeetings {

    /** How a viewer wants the state: e.g. as JSON for programs, as an HTML fragment for the page. */
    public interface Format extends Function<LiveState, String> {
    }

    /**
     * What the live view shows: the meeting (with its title and items in other languages, {@code texts}), the item
     * under discussion and its speakers' list.
     */
    public record LiveState(Process process, Meeting meeting, LanguageVersions<MeetingText> texts,
            Optional<SpeakersListState> list) {

        /** The title of the agenda item under discussion, if any. */
        public Optional<String> currentTitle() {
            return currentTitle(meeting);
        }

        /** The meeting as a reader of {@code language} reads it: its version in that language, else the original. */
        public Meeting meetingIn(String language) {
            return texts.in(texts.shownTo(language)).applyTo(meeting);
        }

        /** The title of the item under discussion in the reader's {@code language} where it has a version, if any. */
        public Optional<String> currentTitle(String language) {
            return currentTitle(meetingIn(language));
        }

        private static Optional<String> currentTitle(Meeting meeting) {
            return meeting.agenda().stream().filter(i -> i.label().equals(meeting.currentItem()))
                    .map(AgendaItem::title).findFirst();
        }
    }

    private final LiveStreams<MeetingId, LiveState> streams = new LiveStreams<>();
    private final Processes processes;
    private final Meetings meetings;
    private final MeetingRepository repository;
    private final TransactionTemplate readOnly;

    LiveMeetings(Processes processes, Meetings meetings, MeetingRepository repository,
            TransactionTemplate transactions, MeterRegistry registry) {
        this.processes = processes;
        this.meetings = meetings;
        this.repository = repository;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        streams.measure(registry, "meeting");
    }

    /**
     * A new viewer, who receives the current state at once and every change after it. The state is read once for all
     * the viewers who join between two changes, of whatever process they asked it under: a meeting of another
     * process is not found.
     */
    public SseEmitter watch(Process process, MeetingId meeting, Format format) throws IOException {
        return streams.open(meeting, format, () -> read(meeting).orElseThrow(() -> notFound(meeting)), state -> {
            if (!state.process().id().equals(process.id())) {
                throw notFound(meeting);
            }
        });
    }

    /** Pushes the current state of a meeting to its viewers on this instance. */
    void refresh(MeetingId meeting) {
        streams.publish(meeting, () -> read(meeting));
    }

    private Optional<LiveState> read(MeetingId meeting) {
        return readOnly.execute(status -> repository.find(meeting)
                .map(m -> state(processes.require(m.process()), meeting)));
    }

    private static NotFoundException notFound(MeetingId meeting) {
        return new NotFoundException("Meeting", meeting.toString());
    }

    /** Pushes the current state of every meeting watched on this instance, whatever changed. */
    void refreshAll() {
        streams.watched().forEach(this::refresh);
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        streams.keepAlive();
    }

    /** Before the web server's graceful shutdown, which would otherwise wait for these never-ending requests. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams.closeAll();
    }

    private LiveState state(Process process, MeetingId id) {
        Meeting meeting = meetings.require(process, id);
        Optional<SpeakersListState> list = Optional.ofNullable(meeting.currentItem())
                .map(item -> meetings.listState(process, meeting, item));
        return new LiveState(process, meeting, meetings.versions(meeting), list);
    }
}
