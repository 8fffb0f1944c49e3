package org.grassroots.market.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectOptionsTest {

    @Test
    void marksTheSelectedValueAndEscapesValuesAndLabels() {
        String html = SelectOptions.html(
                List.of("fruit-veg", "a\"b", "<tea>"), v -> v, v -> v.replace('-', ' ') + " & more", "a\"b");

        assertThat(html)
                .isEqualTo("<option value=\"fruit-veg\">fruit veg &amp; more</option>"
                        + "<option value=\"a&quot;b\" selected>a&quot;b &amp; more</option>"
                        + "<option value=\"&lt;tea&gt;\">&lt;tea&gt; &amp; more</option>");
        assertThat(SelectOptions.html(List.of("x"), v -> v, v -> v, null)).doesNotContain("selected");
    }
}
