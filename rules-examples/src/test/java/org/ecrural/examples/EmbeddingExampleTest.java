package org.ecrural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanReader;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void listsTheSamplePlansProjectsThatCannotBeAcceptedWithClauseAndRemedy() throws Exception {
        PlanDocument plan;
        try (InputStream in = getClass().getResourceAsStream("/samples/gansu-2018.json")) {
            plan = PlanReader.read(in);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int n = EmbeddingExample.projectsThatCannotBeAccepted(plan, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(n).isEqualTo(6);
        assertThat(out).contains("P-TW-06 县域电商交易平台开发: 不得验收").contains("FUND-PROHIBITED-USE (四（财建〔2015〕256号禁止性规定）)")
                .contains("P-TW-03").contains("ACPT-SIGNAGE").contains("整改: ");
    }
}
