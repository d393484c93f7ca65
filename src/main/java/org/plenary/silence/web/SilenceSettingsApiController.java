package org.plenary.silence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.silence.ObjectionsPublication;
import org.plenary.silence.SetObjectionsPublication;
import org.plenary.silence.SetSymbolPattern;
import org.plenary.silence.SilenceSettings;
import org.plenary.silence.SymbolPattern;
import org.plenary.silence.SymbolPatterns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/silence-settings")
@Tag(name = "Silence procedures")
class SilenceSettingsApiController {

    record Settings(ObjectionsPublication objectionsPublication) {
    }

    /** The settings as read: what is published of objections, the symbol pattern and the next symbol, if any. */
    record SettingsView(ObjectionsPublication objectionsPublication, String symbolPattern, String nextSymbol) {
    }

    record Symbols(String symbolPattern, String nextSymbol) {
    }

    private final Processes processes;
    private final SilenceSettings settings;
    private final SetObjectionsPublication set;
    private final SymbolPatterns symbols;
    private final SetSymbolPattern setSymbols;

    SilenceSettingsApiController(Processes processes, SilenceSettings settings, SetObjectionsPublication set,
            SymbolPatterns symbols, SetSymbolPattern setSymbols) {
        this.symbols = symbols;
        this.setSymbols = setSymbols;
        this.processes = processes;
        this.settings = settings;
        this.set = set;
    }

    @GetMapping
    @Operation(operationId = "getSilenceSettings", summary = "What the process publishes of objections: NAMED, "
            + "WITHOUT_NAMES or NOT_PUBLISHED (the default: the objecting State is named to delegations only); the "
            + "pattern of the symbols of draft decisions and the next symbol, if the process has one")
    SettingsView get(@PathVariable ProcessId pid) {
        ProcessId process = processes.require(pid).id();
        return new SettingsView(settings.objectionsPublication(process),
                symbols.of(process).map(SymbolPattern::pattern).orElse(null), symbols.next(process).orElse(null));
    }

    @PutMapping("/symbol-pattern")
    @Operation(operationId = "setSymbolPattern", summary = "Set the pattern of the symbols of draft decisions "
            + "(Presidency, Secretariat), {n} standing for the number (ATT/CSP6/2020/DEC.{n}); none removes it")
    Symbols symbols(@PathVariable ProcessId pid, @RequestBody Symbols body) {
        Optional<SymbolPattern> pattern = setSymbols.execute(pid, body == null ? null : body.symbolPattern());
        return new Symbols(pattern.map(SymbolPattern::pattern).orElse(null),
                symbols.next(processes.require(pid).id()).orElse(null));
    }

    @PutMapping
    @Operation(operationId = "setSilenceSettings", summary = "Set what the process publishes of objections "
            + "(Presidency, Secretariat); the public page and outcome letters follow it")
    Settings put(@PathVariable ProcessId pid, @RequestBody Settings body) {
        return new Settings(set.execute(pid, body == null ? null : body.objectionsPublication()));
    }
}
