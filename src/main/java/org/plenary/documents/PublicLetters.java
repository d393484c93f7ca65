package org.plenary.documents;

import java.time.LocalDate;
import java.util.List;
import org.plenary.processes.Process;
import org.springframework.modulith.NamedInterface;

/**
 * The letters of a process made public, shown on its documents page beside the documents. Provided by the
 * module that keeps the letters, which depends on this one.
 */
@NamedInterface("api")
public interface PublicLetters {

    /** The public letters that have been sent, newest first. */
    List<Entry> of(Process process);

    /** A public letter: reference, subject, date, and where its PDF is, readable without signing in. */
    record Entry(String reference, String subject, LocalDate date, String pdf) {
    }
}
