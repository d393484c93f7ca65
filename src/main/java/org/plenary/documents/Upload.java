package org.plenary.documents;

import org.springframework.core.io.InputStreamSource;
import org.springframework.modulith.NamedInterface;

/** A file sent for one language version: its name and type as the sender gave them, and its content. */
@NamedInterface("api")
public record Upload(String language, String fileName, String declaredType, InputStreamSource content) {
}
