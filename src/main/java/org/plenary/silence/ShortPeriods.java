package org.plenary.silence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.plenary.shared.TextInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reasons officers record for a deadline closer than the process's minimum period (24 hours to review a final
 * report): with a reason, the deadline need only be in the future; the reason is kept with the procedure and shown.
 */
@Component
class ShortPeriods {

    /** The longest reason, in characters. */
    static final int MAX_REASON = 2_000;

    private final JdbcClient jdbc;

    ShortPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reason as given, checked (one or more lines, at most {@link #MAX_REASON}); null when none is given. */
    static String checked(String reason) {
        return TextInput.optionalLines("shortPeriodReason", reason, MAX_REASON);
    }

    /** Keeps the reason of a draft (or removes it when an edit gives none). */
    void replace(SilenceProcedureId procedure, String reason, Instant at, String by) {
        jdbc.sql("delete from silence_short_period where procedure = :p").param("p", procedure.value()).update();
        if (reason != null) {
            jdbc.sql("""
                    insert into silence_short_period (procedure, reason, recorded_at, recorded_by)
                    values (:p, :reason, :at, :by)
                    """).param("p", procedure.value()).param("reason", reason).param("at", Timestamp.from(at))
                    .param("by", by).update();
        }
    }

    Optional<String> reason(SilenceProcedureId procedure) {
        return jdbc.sql("select reason from silence_short_period where procedure = :p")
                .param("p", procedure.value()).query(String.class).optional();
    }
}
