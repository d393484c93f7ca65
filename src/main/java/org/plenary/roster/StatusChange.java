package org.plenary.roster;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of a State's treaty history: from {@code since} on, its status towards {@code treaty} is {@code status}. */
@Table("treaty_status")
public record StatusChange(String treaty, TreatyStatus status, LocalDate since, Instant recordedAt) {
}
