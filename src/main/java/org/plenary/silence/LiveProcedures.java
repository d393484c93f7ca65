package org.plenary.silence;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import org.plenary.processes.Processes;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The viewers of procedure pages on this instance. When a procedure changes (on any instance, see
 * {@link SilenceChannel}), it is read once, rendered once per format, and pushed to every viewer as a
 * Server-Sent Event named {@code state}.
 */
@Service
public class LiveProcedures implements SmartLifecycle {

    /** How a viewer wants the state: JSON for programs, an HTML fragment in a language for the page. */
    public interface Format extends Function<ProcedureView, String> {
    }

    private record Viewer(SseEmitter emitter, Format format) {
    }

    private final Map<SilenceProcedureId, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Processes processes;
    private final ProcedureRepository procedures;
    private final TransactionTemplate readOnly;
    private volatile boolean running;

    LiveProcedures(Processes processes, ProcedureRepository procedures, TransactionTemplate transactions) {
        this.processes = processes;
        this.procedures = procedures;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server shuts down gracefully (a later phase): an open stream is a request
     * that never finishes, and would hold the shutdown until its timeout.
     */
    @Override
    public void stop() {
        running = false;
        viewers.values().forEach(watching -> watching.forEach(v -> v.emitter().complete()));
        viewers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A new viewer of {@code view}'s procedure, who receives its state at once and after every change. */
    public SseEmitter watch(ProcedureView view, Format format) throws IOException {
        SseEmitter emitter = new SseEmitter(0L);
        Viewer viewer = new Viewer(emitter, format);
        Set<Viewer> watching = viewers.computeIfAbsent(view.procedure().id(), p -> new CopyOnWriteArraySet<>());
        watching.add(viewer);
        Runnable leave = () -> watching.remove(viewer);
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(e -> leave.run());
        emitter.send(SseEmitter.event().name("state").data(format.apply(view)));
        return emitter;
    }

    /** Pushes the current state of a procedure to its viewers on this instance. */
    void refresh(SilenceProcedureId id) {
        Set<Viewer> watching = viewers.getOrDefault(id, Set.of());
        if (watching.isEmpty()) {
            return;
        }
        Optional<ProcedureView> view = readOnly.execute(status -> procedures.find(id).map(p -> ProcedureView.of(
                processes.require(p.process().toString()), p, procedures.eligible(id), procedures.responses(id))));
        if (view.isEmpty()) {
            return;
        }
        Map<Format, String> rendered = new ConcurrentHashMap<>();
        for (Viewer viewer : watching) {
            send(viewer, watching, rendered.computeIfAbsent(viewer.format(), f -> f.apply(view.get())));
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

    private static void send(Viewer viewer, Set<Viewer> watching, String data) {
        try {
            viewer.emitter().send(SseEmitter.event().name("state").data(data));
        } catch (IOException | IllegalStateException gone) {
            watching.remove(viewer);
        }
    }
}
