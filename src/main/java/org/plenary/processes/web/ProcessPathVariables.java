package org.plenary.processes.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.NotFoundException;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Resolves the process a path names ({@code {pid}}, {@code {code}}), by its id or its code, once, at the web edge:
 * controllers declare {@code @PathVariable ProcessId pid} and pass the id on; an unknown process is 404. The API
 * still documents and takes the id as a string. A process is never deleted and its id and code never change, so
 * the names already resolved are remembered (not an unknown one): the use cases still load the process itself.
 */
@Component
class ProcessPathVariables implements Converter<String, ProcessId> {

    static {
        SpringDocUtils.getConfig().replaceWithClass(ProcessId.class, String.class);
    }

    private final Processes processes;
    private final Cache<String, ProcessId> resolved = Caffeine.newBuilder().maximumSize(10_000).build();

    ProcessPathVariables(Processes processes) {
        this.processes = processes;
    }

    @Override
    public ProcessId convert(String idOrCode) {
        ProcessId known = resolved.getIfPresent(idOrCode);
        if (known != null) {
            return known;
        }
        ProcessId id = processes.find(idOrCode).map(Process::id)
                .orElseThrow(() -> new NotFoundException("Process", idOrCode));
        resolved.put(idOrCode, id);
        return id;
    }
}
