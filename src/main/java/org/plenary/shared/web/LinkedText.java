package org.plenary.shared.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text people wrote, shown as it is (escaped) with its web addresses made links: what a final report under silence
 * lists, with the address of each decision, is read and followed on the procedure's page.
 */
public record LinkedText(String text) implements Content {

    /** An http(s) address up to white space, without the punctuation that may end a sentence after it. */
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    @Override
    public void writeTo(TemplateOutput output) {
        if (text == null) {
            return;
        }
        Matcher m = ADDRESS.matcher(text);
        int from = 0;
        StringBuilder html = new StringBuilder();
        while (m.find()) {
            html.append(escaped(text.substring(from, m.start())));
            String address = escaped(m.group());
            html.append("<a href=\"").append(address).append("\" dir=\"ltr\">").append(address).append("</a>");
            from = m.end();
        }
        html.append(escaped(text.substring(from)));
        output.writeContent(html.toString());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
