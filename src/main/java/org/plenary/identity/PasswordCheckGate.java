package org.plenary.identity;

import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Lets at most one password check per core but one run at a time. A check costs about 100 ms of CPU by design;
 * requests run on virtual threads, which share one carrier thread per core and are not preempted, so a burst of
 * sign-ins would otherwise take every carrier and stall the readers of public pages. Waiting here parks the
 * virtual thread without holding a carrier, a database connection or anything else.
 */
@Component
class PasswordCheckGate {

    private final Semaphore permits = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), true);

    /** Waits for a turn; close the answer to give it back. */
    Turn enter() {
        permits.acquireUninterruptibly();
        return permits::release;
    }

    interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
