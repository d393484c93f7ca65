package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Validators for the files Plenary generates on each request (calendars, letter and compilation PDFs, DOCX and
 * CSV exports): a strong ETag from the hash of the content, and {@code 304 Not Modified} when a client's
 * {@code If-None-Match} names it (weak comparison, RFC 9110 §13.1.2), so that a polling calendar client or a
 * browser does not download an unchanged file again. Stored document files have validators of their own.
 */
@Component
class GeneratedFileValidators extends ShallowEtagHeaderFilter {

    private static final Pattern GENERATED = Pattern.compile(".*(\\.ics|\\.pdf|\\.docx|\\.csv|/letters/[^/]+/pdf)$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || path.contains("/files/") || !GENERATED.matcher(path).matches();
    }
}
