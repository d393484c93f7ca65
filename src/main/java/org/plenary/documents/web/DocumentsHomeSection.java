package org.plenary.documents.web;

import java.util.List;
import java.util.Optional;
import org.plenary.documents.Document;
import org.plenary.documents.Documents;
import org.plenary.processes.HomeSection;
import org.plenary.processes.Process;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Component;

/** The newest documents on the home page of a process, current versions only. */
@Component
class DocumentsHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final Documents documents;

    DocumentsHomeSection(Documents documents) {
        this.documents = documents;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public String link(Process process) {
        return "/processes/" + process.code() + "/documents";
    }

    @Override
    public List<Item> recent(Process process, Optional<Actor> reader) {
        return documents.visible(process).stream().filter(Document::current).limit(SHOWN)
                .map(d -> new Item(d.symbol() == null ? null : d.symbol().value(), d.title(), d.issuedOn(),
                        DocumentsPage.page(d, process), null))
                .toList();
    }
}
