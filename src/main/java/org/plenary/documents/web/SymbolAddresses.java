package org.plenary.documents.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.plenary.documents.DocumentKeys;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * A document's page at its symbol, slashes kept ({@code /processes/CCM-2RC/documents/CCM/CONF/2020/WP.4}, and
 * {@code …/WP.4/files/en} for a file): the symbol is the path's leading parts (a symbol's parts start with a capital or
 * a digit, the page's own words with a small letter), and the request goes on to the page of the document's id.
 */
@PageController
class SymbolAddresses {

    private final DocumentKeys keys;

    SymbolAddresses(DocumentKeys keys) {
        this.keys = keys;
    }

    @RequestMapping("/processes/{code}/documents/{*path}")
    void forward(@PathVariable String code, @PathVariable String path, HttpServletRequest request,
            HttpServletResponse response) throws ServletException, IOException {
        String[] parts = path.substring(1).split("/", -1);
        int symbolParts = 0;
        while (symbolParts < parts.length && !parts[symbolParts].isEmpty()
                && !Character.isLowerCase(parts[symbolParts].charAt(0))) {
            symbolParts++;
        }
        String symbol = String.join("/", Arrays.copyOf(parts, symbolParts));
        UUID id = symbolParts < 2 ? null : keys.id(code, symbol).orElse(null);
        if (id == null) {
            throw new NotFoundException("Document", path.substring(1));
        }
        String rest = String.join("/", Arrays.copyOfRange(parts, symbolParts, parts.length));
        request.getRequestDispatcher("/processes/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8)
                + "/documents/" + id + (rest.isEmpty() ? "" : "/" + rest)).forward(request, response);
    }
}
