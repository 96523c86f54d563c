package org.ecrural.kb.render;

import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.Text;
import org.ecrural.kb.report.Verdict;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a report as format v1 JSON, fields in the order of plan-format.md, with fields added
 * (as v1 allows): per finding {@code clauseText} (the notice's text of its clause keys, joined by
 * a blank line), {@code clauseQuotes} (the sentence(s) its rule enforces) and, for a justified
 * deviation, {@code justification}; for a rule with words, {@code measuredText} and
 * {@code limitText} ({zh, en}; {@code measured} and {@code limit} are their English) and, per
 * evidence line, {@code text} ({zh, en}; {@code detail} is its English); and a top-level {@code summary} (counts per severity, per
 * section and per verdict, and the central funds at stake).
 *
 * <pre>{@code
 * String json = ReportJson.write(engine.evaluate(plan));   // format v1, byte for byte the same for the same plan
 * }</pre>
 */
public final class ReportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportJson() {
    }

    /** @return the report as format v1 JSON, byte for byte the same for the same plan */
    public static String write(Report report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            writeFields(g, report);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString() + "\n";
    }

    /**
     * One line of a batch's JSON lines: an object whose first field {@code "plan"} names the plan,
     * followed by the fields of {@link #write} in their order, without white space between tokens,
     * and a newline. Written straight from the report: a province of the national batch gives a
     * line of about 18 MB.
     */
    public static String writeLine(String plan, Report report) {
        StringWriter out = new StringWriter(1 << 16);
        try {
            writeLine(plan, report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the line of {@link #writeLine(String, Report)} to {@code out}, with no copy of it in
     * memory; {@code out} is flushed, not closed.
     *
     * @throws IOException when {@code out} fails
     */
    public static void writeLine(String plan, Report report, java.io.Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("plan", plan);
            writeFields(g, report);
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFields(JsonGenerator g, Report report) throws IOException {
        g.writeNumberField("format", report.format());
        g.writeStringField("edition", report.edition());
        g.writeStringField("evaluationDate", report.evaluationDate().toString());
        g.writeBooleanField("blocking", report.hasBlocking());
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            writeFinding(g, report, f);
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
        writeSummary(g, report.summary());
    }

    private static void writeSummary(JsonGenerator g, Report.Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("findings", s.findings());
        g.writeNumberField("blocking", s.blocking());
        g.writeNumberField("justified", s.justified());
        g.writeObjectFieldStart("bySeverity");
        for (Map.Entry<Severity, Integer> e : s.bySeverity().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("bySection");
        for (Map.Entry<Check, Map<Severity, Integer>> e : s.bySection().entrySet()) {
            g.writeObjectFieldStart(e.getKey().name());
            for (Map.Entry<Severity, Integer> c : e.getValue().entrySet()) {
                g.writeNumberField(c.getKey().name(), c.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("verdicts");
        for (Map.Entry<Outcome, Integer> e : s.verdicts().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("fundsAtStake");
        g.writeObjectFieldStart("nonCompliantAreas");
        g.writeNumberField("count", s.nonCompliantAreas());
        g.writeStringField("centralFunds", plainYuan(s.nonCompliantAreaFunds()));
        g.writeEndObject();
        g.writeObjectFieldStart("notAcceptableProjects");
        g.writeNumberField("count", s.notAcceptableProjects());
        g.writeStringField("centralFunds", plainYuan(s.notAcceptableProjectFunds()));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Report report, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("clause", f.clause());
        String clauseText = ClauseTexts.joinedTextFor(f, report.localClauses());
        if (!clauseText.isEmpty()) {
            g.writeStringField("clauseText", clauseText);
        }
        List<String> quotes = ClauseTexts.quotesFor(f, report.localClauses());
        if (!quotes.isEmpty()) {
            g.writeArrayFieldStart("clauseQuotes");
            for (String q : quotes) {
                g.writeString(q);
            }
            g.writeEndArray();
        }
        java.util.Optional<Text> basis = java.util.Optional.ofNullable(f.rule().basis());
        if (basis.isPresent()) {
            g.writeObjectFieldStart("basis");
            g.writeStringField("zh", basis.get().zh());
            g.writeStringField("en", basis.get().en());
            g.writeEndObject();
        }
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
        if (f.measuredText() != null) {
            writeText(g, "measuredText", f.measuredText());
        }
        if (f.limitText() != null) {
            writeText(g, "limitText", f.limitText());
        }
        writeText(g, "message", f.message());
        if (f.remedy() != null) {
            writeText(g, "remedy", f.remedy());
        }
        Optional<String> justification = report.justification(f);
        if (f.justified() && justification.isPresent()) {
            g.writeStringField("justification", justification.get());
        }
        if (!f.evidence().isEmpty()) {
            g.writeArrayFieldStart("evidence");
            for (Evidence e : f.evidence()) {
                g.writeStartObject();
                g.writeStringField("kind", e.kind());
                g.writeStringField("id", e.id());
                g.writeStringField("detail", e.detail());
                if (e.text() != null) {
                    writeText(g, "text", e.text());
                }
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

    /** @return an amount in yuan as the JSON report writes it: plain, at least two decimals, e.g. "3000000.00" */
    static String plainYuan(java.math.BigDecimal amount) {
        if (amount == null) {
            return "0.00";
        }
        return amount.scale() <= 2 ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()
                : amount.stripTrailingZeros().toPlainString();
    }
}
