package org.plenary.consultations.web;

import java.util.Optional;
import org.plenary.consultations.CompileConsultation;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.Consultations;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The compilation for the officers: counts, the matrix of elements and delegations, the views with their diffs. */
@PageController
class CompilationPagesController {

    private final Processes processes;
    private final Consultations consultations;
    private final CompileConsultation compile;

    CompilationPagesController(Processes processes, Consultations consultations, CompileConsultation compile) {
        this.processes = processes;
        this.consultations = consultations;
        this.compile = compile;
    }

    @GetMapping("/processes/{code}/consultations/{id}/compilation")
    String compilation(@PathVariable ProcessId code, @PathVariable String id,
            @RequestParam(required = false) String category, @RequestParam(required = false) String stance,
            Model model) {
        Process process = processes.require(code);
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        String query = UriComponentsBuilder.newInstance().queryParamIfPresent("category",
                Optional.ofNullable(category).filter(s -> !s.isBlank()))
                .queryParamIfPresent("stance", Optional.ofNullable(stance).filter(s -> !s.isBlank()))
                .build().getQuery();
        model.addAttribute("compilation", new ConsultationPages.CompilationPage(process,
                new ConsultationPages.Entry(c, consultations.status(c)),
                compile.execute(code, c.id(), CompilationFilters.parse(category, stance)),
                query == null ? "" : "?" + query));
        return "consultations/compilation";
    }
}
