package org.ecrural.kb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportMarkupTest {
    @Test
    void marksMergeOverlappingQuotesAndEscapeTheRest() {
        assertThat(HtmlReport.marked("a<b>cde&f", List.of("b>c", "cd"))).isEqualTo("a&lt;<mark>b&gt;cd</mark>e&amp;f");
        assertThat(HtmlReport.marked("abc", List.of("x"))).isEqualTo("abc");
        assertThat(HtmlReport.esc("<'\"&>")).isEqualTo("&lt;&#39;&quot;&amp;&gt;");
    }
}
