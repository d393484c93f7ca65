package org.plenary.roster;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/** A treaty such as the Convention on Cluster Munitions ({@code CCM}). */
@NamedInterface("api")
@Table("treaty")
public record Treaty(@Id String code, String title, Instant createdAt) implements Persistable<String> {

    @Override
    public String getId() {
        return code;
    }

    /** Treaties are never updated, so every save is an insert. */
    @Override
    public boolean isNew() {
        return true;
    }
}
