package org.plenary.audit;

import java.util.Optional;

/** The latest signed tree head of the audit log, for what publishes it (e-mail headers, pages). */
public interface LatestTreeHead {

    Optional<TreeHead> latest();
}
