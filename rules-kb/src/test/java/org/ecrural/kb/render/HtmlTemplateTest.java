package org.ecrural.kb.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTemplateTest {
    private static String render(String template, Map<String, ?> context) {
        return HtmlTemplate.parse("test", template).render(context);
    }

    @Test
    void everyValueIsEscapedUnlessTheTemplateMarksItSafe() {
        Map<String, Object> c = Map.of("name", "<script>alert('x')</script> & \"q\"", "markup", "<mark>a</mark>");
        assertThat(render("<td title=\"{{name}}\">{{name}}</td>{{&markup}}", c)).isEqualTo(
                "<td title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\">"
                        + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</td><mark>a</mark>");
        assertThat(render("{{name}}", Map.of("name", "a\u202Eb"))).isEqualTo("a\\u202Eb");
    }

    @Test
    void sectionsRepeatPerElementAndInvertedOnesShowWhenEmpty() {
        String t = "<ul>\n{{#items}}\n<li>{{id}}{{#tag}} [{{tag}}]{{/tag}}</li>\n{{/items}}\n{{^items}}\n<li>none</li>\n{{/items}}\n</ul>\n";
        Map<String, Object> withTag = new HashMap<>();
        withTag.put("id", "a");
        withTag.put("tag", "x<y");
        Map<String, Object> without = new HashMap<>();
        without.put("id", "b");
        without.put("tag", null);
        assertThat(render(t, Map.of("items", List.of(withTag, without)))).isEqualTo("<ul>\n<li>a [x&lt;y]</li>\n<li>b</li>\n</ul>\n");
        assertThat(render(t, Map.of("items", List.of()))).isEqualTo("<ul>\n<li>none</li>\n</ul>\n");
        assertThat(render("{{#on}}yes{{/on}}{{^on}}no{{/on}}", Map.of("on", false))).isEqualTo("no");
    }

    @Test
    void wordsFollowThePageLanguage() {
        assertThat(render("{{zh:筛选 |Filter }}", Map.of("zh", true))).isEqualTo("筛选 ");
        assertThat(render("{{zh:筛选 |Filter }}", Map.of("zh", false))).isEqualTo("Filter ");
    }

    @Test
    void anUnknownNameOrAnUnclosedSectionIsAnError() {
        assertThatThrownBy(() -> render("{{nmae}}", Map.of("name", "x"))).hasMessageContaining("no value named nmae");
        assertThatThrownBy(() -> render("{{#a}}x", Map.of("a", true))).hasMessageContaining("{{#a}} is not closed");
        assertThatThrownBy(() -> render("{{#a}}x{{/b}}", Map.of("a", true))).hasMessageContaining("{{/b}} closes no open section");
    }

    @Test
    void thePageTemplatesParse() {
        assertThat(HtmlTemplate.of("page")).isNotNull();
        assertThat(HtmlTemplate.of("finding")).isNotNull();
    }
}
