package org.plenary.silence;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.plenary.processes.Processes;
import org.plenary.shared.web.LiveStreams;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
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
public class LiveProcedures {

    /** How a viewer wants the state: JSON for programs, an HTML fragment in a language for the page. */
    public interface Format extends Function<ProcedureView, String> {
    }

    private final LiveStreams<SilenceProcedureId, ProcedureView> streams = new LiveStreams<>();
    private final Processes processes;
    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final ProcedureVersionRepository versions;
    private final ShortPeriods shortPeriods;
    private final DraftCitations citations;
    private final TransactionTemplate readOnly;

    LiveProcedures(Processes processes, ProcedureRepository procedures, DraftRepository drafts,
            ProcedureVersionRepository versions, ShortPeriods shortPeriods, DraftCitations citations, TransactionTemplate transactions,
            MeterRegistry registry) {
        this.shortPeriods = shortPeriods;
        this.citations = citations;
        this.processes = processes;
        this.procedures = procedures;
        this.drafts = drafts;
        this.versions = versions;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        streams.measure(registry, "procedure");
    }

    /**
     * A new viewer of {@code view}'s procedure, who receives its state at once and after every change: read again
     * once the viewer is registered, so that a change made meanwhile is not missed.
     */
    public SseEmitter watch(ProcedureView view, Format format) throws IOException {
        SilenceProcedureId id = view.procedure().id();
        return streams.open(id, format, () -> read(id).orElse(view));
    }

    /** Pushes the current state of a procedure to its viewers on this instance. */
    void refresh(SilenceProcedureId id) {
        streams.publish(id, () -> read(id));
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

    private Optional<ProcedureView> read(SilenceProcedureId id) {
        return readOnly.execute(status -> procedures.find(id).map(p -> ProcedureView.of(
                processes.require(p.process()), p, versions.of(p), procedures.eligible(id),
                procedures.responses(id), drafts.of(id), drafts.reached(id), shortPeriods.reason(id).orElse(null),
                citations.of(id))));
    }
}
