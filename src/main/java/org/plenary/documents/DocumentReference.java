package org.plenary.documents;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** What a letter says of an attached document: symbol, title, and the path of each language file. */
@NamedInterface("api")
public record DocumentReference(DocumentId id, String symbol, String title, List<String> languages, String path) {

    public String filePath(String language) {
        return path + "/files/" + language;
    }
}
