package org.plenary.silence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.plenary.shared.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * The procedures' pages moved from {@code /processes/{code}/silence-procedures/{id}} to
 * {@code /processes/{code}/silence/SP.2}: old links are sent on (301 for reading, 308 for a form, which keeps its
 * method), and {@code /processes/{code}/silence} is the list of procedures.
 */
@PageController
class ProcedureAddresses {

    @RequestMapping({"/processes/{code}/silence-procedures/{id:[0-9a-fA-F-]{36}}",
        "/processes/{code}/silence-procedures/{id:[0-9a-fA-F-]{36}}/{*rest}"})
    void moved(@PathVariable String code, @PathVariable String id, HttpServletRequest request,
            HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.substring(path.indexOf(id) + id.length());
        String query = request.getQueryString();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        response.setStatus((read ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.PERMANENT_REDIRECT).value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/processes/"
                + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/silence/" + id + rest
                + (query == null ? "" : "?" + query));
    }

    @GetMapping("/processes/{code}/silence")
    String list(@PathVariable String code) {
        return "redirect:/processes/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/silence-procedures";
    }
}
