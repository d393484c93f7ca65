package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check for hard-coded text must see text where a reader sees it, and nothing else. */
class TemplateTextTest {

    @Test
    void findsTextBetweenTagsAndInSpokenAttributes() {
        assertThat(TemplateText.words("<p class=\"x\">Hello <b>there</b></p><img alt=\"A map\" src=\"m.png\">"))
                .containsExactlyInAnyOrder("Hello", "there", "A", "map");
    }

    @Test
    void findsTextInsideContentBlocksPassedToOtherTemplates() {
        assertThat(TemplateText.words("@template.layout.main(page = page, title = t.get(\"a\"), content = @`\n"
                + "<h1>${t.get(\"b\")}</h1>\n<p>Welcome</p>\n`)")).containsExactly("Welcome");
    }

    @Test
    void ignoresExpressionsDirectivesParametersAndComments() {
        String template = """
                @import org.plenary.shared.web.Page
                @param Page page
                <%-- a comment for developers --%>
                !{var name = "value (with brackets)";}
                @if(page.admin() && name.equals(")"))
                <p title="${page.t().get("x")}">${page.t().get("y", "z {")}</p>
                @elseif(true)
                <!-- an HTML comment -->
                @else
                <input type="hidden" name="form" value="state">
                @endif
                @for(var x : java.util.List.of("a"))<span>${x}</span>@endfor
                """;
        assertThat(TemplateText.words(template)).isEmpty();
    }
}
