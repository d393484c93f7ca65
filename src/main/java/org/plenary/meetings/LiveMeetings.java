package org.plenary.meetings;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The viewers of the live view of meetings on this instance. When a meeting changes (on any instance, see
 * {@link MeetingChangeListener}), its state is read once, rendered once per format, and pushed to every
 * viewer as a Server-Sent Event named {@code state}.
 */
@Service
public class LiveMeetings {

    /** How a viewer wants the state: e.g. as JSON for programs, as an HTML fragment for the page. */
    public interface Format extends Function<LiveState, String> {
    }

    /** What the live view shows: the meeting, the item under discussion and its speakers' list. */
    public record LiveState(Process process, Meeting meeting, Optional<SpeakersListState> list) {

        /** The title of the agenda item under discussion, if any. */
        public Optional<String> currentTitle() {
            return meeting.agenda().stream().filter(i -> i.label().equals(meeting.currentItem()))
                    .map(AgendaItem::title).findFirst();
        }
    }

    private record Viewer(SseEmitter emitter, Format format) {
    }

    private final Map<MeetingId, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Processes processes;
    private final Meetings meetings;
    private final MeetingRepository repository;
    private final TransactionTemplate readOnly;

    LiveMeetings(Processes processes, Meetings meetings, MeetingRepository repository,
            TransactionTemplate transactions) {
        this.processes = processes;
        this.meetings = meetings;
        this.repository = repository;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** A new viewer, who receives the current state at once and every change after it. */
    public SseEmitter watch(Process process, MeetingId meeting, Format format) throws IOException {
        SseEmitter emitter = new SseEmitter(0L);
        Viewer viewer = new Viewer(emitter, format);
        Set<Viewer> ofMeeting = viewers.computeIfAbsent(meeting, m -> new CopyOnWriteArraySet<>());
        ofMeeting.add(viewer);
        Runnable leave = () -> ofMeeting.remove(viewer);
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(e -> leave.run());
        emitter.send(SseEmitter.event().name("state").data(format.apply(state(process, meeting))));
        return emitter;
    }

    /** Pushes the current state of a meeting to its viewers on this instance. */
    void refresh(MeetingId meeting) {
        Set<Viewer> watching = viewers.getOrDefault(meeting, Set.of());
        if (watching.isEmpty()) {
            return;
        }
        Optional<LiveState> state = readOnly.execute(status -> repository.find(meeting)
                .map(m -> state(processes.require(m.process().toString()), meeting)));
        if (state.isEmpty()) {
            return;
        }
        Map<Format, String> rendered = new ConcurrentHashMap<>();
        for (Viewer viewer : watching) {
            send(viewer, watching, rendered.computeIfAbsent(viewer.format(), f -> f.apply(state.get())));
        }
    }

    /** A comment every 20 seconds keeps idle connections open through proxies. */
    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        viewers.values().forEach(watching -> watching.forEach(v -> {
            try {
                v.emitter().send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException gone) {
                watching.remove(v);
            }
        }));
    }

    /**
     * Ends every stream when the instance stops, before the web server waits for open requests to finish:
     * viewers reconnect (EventSource does so by itself) to another instance instead of holding the stop.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        viewers.values().forEach(watching -> watching.forEach(v -> v.emitter().complete()));
        viewers.clear();
    }

    private LiveState state(Process process, MeetingId id) {
        Meeting meeting = meetings.require(process, id);
        Optional<SpeakersListState> list = Optional.ofNullable(meeting.currentItem())
                .map(item -> meetings.listState(process, meeting, item));
        return new LiveState(process, meeting, list);
    }

    private static void send(Viewer viewer, Set<Viewer> watching, String data) {
        try {
            viewer.emitter().send(SseEmitter.event().name("state").data(data));
        } catch (IOException | IllegalStateException gone) {
            watching.remove(viewer);
        }
    }
}
