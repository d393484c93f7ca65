package org.plenary.silence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.plenary.processes.ProcessId;
import org.plenary.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The symbol pattern of each process: kept, proposing the next symbol (one more than the highest number of the
 * symbols of the process's drafts that follow it), and checking the symbols of new drafts against it.
 */
@Service
public class SymbolPatterns {

    private final JdbcClient jdbc;

    SymbolPatterns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<SymbolPattern> of(ProcessId process) {
        return jdbc.sql("select pattern from silence_symbol_pattern where process = :p").param("p", process.value())
                .query(String.class).optional().map(SymbolPattern::new);
    }

    /** The symbol to propose for a new draft of the process; empty without a pattern. */
    @Transactional(readOnly = true)
    public Optional<String> next(ProcessId process) {
        return next(process, List.of());
    }

    /** The symbol to propose for a new draft besides those {@code taken} (typed in a form), if any. */
    @Transactional(readOnly = true)
    public Optional<String> next(ProcessId process, List<String> taken) {
        return of(process).map(pattern -> pattern.symbol(1 + Stream.concat(taken.stream(), jdbc.sql("""
                select d.symbol from silence_draft d join silence_procedure p on p.id = d.procedure
                 where p.process = :p and d.symbol is not null
                """).param("p", process.value()).query(String.class).list().stream())
                .filter(s -> s != null && !s.isBlank()).mapToInt(s -> pattern.number(s.strip()).orElse(0)).max()
                .orElse(0)));
    }

    /** 400 unless every symbol given follows the process's pattern, if it has one. */
    void check(ProcessId process, List<DraftContent.DraftText> drafts) {
        Optional<SymbolPattern> pattern = of(process);
        if (pattern.isEmpty()) {
            return;
        }
        for (int i = 0; i < drafts.size(); i++) {
            String symbol = drafts.get(i).symbol();
            if (symbol != null && pattern.get().number(symbol).isEmpty()) {
                throw InvalidInputException.of("drafts[" + i + "].symbol", "The symbol " + symbol
                        + " does not follow the pattern of the process, " + pattern.get().pattern() + " ("
                        + pattern.get().symbol(1) + ", " + pattern.get().symbol(2) + ", …)");
            }
        }
    }

    void save(ProcessId process, SymbolPattern pattern, Instant at, String by) {
        if (pattern == null) {
            jdbc.sql("delete from silence_symbol_pattern where process = :p").param("p", process.value()).update();
            return;
        }
        jdbc.sql("""
                insert into silence_symbol_pattern (process, pattern, updated_at, updated_by)
                values (:p, :pattern, :at, :by)
                on conflict (process) do update set pattern = excluded.pattern, updated_at = excluded.updated_at,
                       updated_by = excluded.updated_by
                """).param("p", process.value()).param("pattern", pattern.pattern())
                .param("at", Timestamp.from(at)).param("by", by).update();
    }
}
