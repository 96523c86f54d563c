package org.ecrural.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes a report as format v1 JSON, fields in the order of plan-format.md. */
final class ReportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    static String write(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeNumberField("format", report.format());
            g.writeStringField("edition", report.edition());
            g.writeStringField("evaluationDate", report.evaluationDate().toString());
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                writeFinding(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("verdicts");
            for (Verdict v : report.verdicts()) {
                g.writeStartObject();
                writeSubject(g, v.subject());
                g.writeStringField("outcome", v.outcome().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("clause", f.clause());
        g.writeStringField("severity", f.severity().name());
        writeSubject(g, f.subject());
        g.writeBooleanField("justified", f.justified());
        g.writeBooleanField("blocking", f.blocking());
        if (f.measured() != null) {
            g.writeStringField("measured", f.measured());
        }
        if (f.limit() != null) {
            g.writeStringField("limit", f.limit());
        }
        writeText(g, "message", f.message());
        if (f.remedy() != null) {
            writeText(g, "remedy", f.remedy());
        }
        if (!f.evidence().isEmpty()) {
            g.writeArrayFieldStart("evidence");
            for (Evidence e : f.evidence()) {
                g.writeStartObject();
                g.writeStringField("kind", e.kind());
                g.writeStringField("id", e.id());
                g.writeStringField("detail", e.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeSubject(JsonGenerator g, Subject s) throws IOException {
        g.writeObjectFieldStart("subject");
        g.writeStringField("type", s.type().name());
        g.writeStringField("id", s.id());
        g.writeEndObject();
    }

    private static void writeText(JsonGenerator g, String name, Text t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("zh", t.zh());
        g.writeStringField("en", t.en());
        g.writeEndObject();
    }
}
