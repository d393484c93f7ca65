package org.plenary.meetings;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;
import org.plenary.shared.web.HtmlToPdf;
import org.springframework.stereotype.Component;

/**
 * Renders a printable document of a meeting (its agenda, its list of participants) from one template: as HTML
 * linking the stylesheet served by the site, and as PDF with openhtmltopdf reading the same stylesheet.
 */
@Component
class PrintRendering {

    static final String STYLESHEET = "/css/un-document.css";

    private final TemplateEngine templates;

    PrintRendering(TemplateEngine templates) {
        this.templates = templates;
    }

    String html(String template, Map<String, Object> params) {
        return render(template, params, STYLESHEET);
    }

    byte[] pdf(String template, Map<String, Object> params) {
        String stylesheet = PrintRendering.class.getResource("/static" + STYLESHEET).toExternalForm();
        return HtmlToPdf.render(render(template, params, stylesheet), stylesheet, template);
    }

    private String render(String template, Map<String, Object> params, String stylesheet) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("stylesheet", stylesheet);
        StringOutput out = new StringOutput();
        templates.render(template, all, out);
        return out.toString();
    }
}
