package org.ecrural.kb.words;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;

/**
 * The words of one rule, read from its section's words file: its metadata ({@link #info()}) and
 * the templates of what its findings say. Immutable and thread-safe.
 */
public final class RuleWords {
    /** The parts of a finding a rule's templates write. */
    static final List<String> PARTS = List.of("message", "measured", "limit", "remedy");

    /** A template in both languages. */
    record Pair(Template zh, Template en) {
        Text render(Map<String, Object> values, Labels labels) {
            return render(values, labels, null);
        }

        Text render(Map<String, Object> values, Labels labels, Template.Lines lines) {
            return new Text(zh.render(values, Language.ZH, labels, lines), en.render(values, Language.EN, labels, lines));
        }
    }

    /** The section a words file describes: its check, title and shared evidence templates. */
    record Section(String file, Check check, Text title, Map<String, Pair> evidence) {
    }

    /**
     * What a finding says, rendered in both languages.
     *
     * @param measured null when the rule's words have no measured template; so limit and remedy
     */
    public record Rendered(Text message, Text measured, Text limit, Text remedy, List<Evidence> evidence) {
    }

    private final RuleInfo info;
    private final Set<SubjectType> subjectTypes;
    final String wordsFile;
    final int line;
    final Map<String, Pair> templates;
    final Map<String, Pair> evidence;
    final Map<String, Map<String, Pair>> variants;
    final Map<String, Map<String, Pair>> variantEvidence;
    final Section section;
    private final Labels labels;

    RuleWords(RuleInfo info, Set<SubjectType> subjectTypes, String wordsFile, int line, Map<String, Pair> templates, Map<String, Pair> evidence,
              Map<String, Map<String, Pair>> variants, Map<String, Map<String, Pair>> variantEvidence,
              Section section, Labels labels) {
        this.info = info;
        this.subjectTypes = Set.copyOf(subjectTypes);
        this.wordsFile = wordsFile;
        this.line = line;
        this.templates = Map.copyOf(templates);
        this.evidence = Map.copyOf(evidence);
        this.variants = Map.copyOf(variants);
        this.variantEvidence = Map.copyOf(variantEvidence);
        this.section = section;
        this.labels = labels;
    }

    /** @return the rule's metadata as its words state it */
    public RuleInfo info() {
        return info;
    }

    /**
     * @return the kinds of subject its findings are about: {@code info().subjectType()}, or for one
     *         obligation over several kinds ({@code subject: [AREA, PROVINCE]}) each of them
     */
    public Set<SubjectType> subjectTypes() {
        return subjectTypes;
    }

    /**
     * Renders a finding of the rule (for {@code FindingCollector}).
     *
     * @param variant the named case of the words the consequence chose, or null for the rule's own
     * @param values  every named value the consequence recorded, and {@code subject}
     * @param items   the evidence the consequence recorded: evidence name and the fact or value
     * @throws IllegalStateException when the consequence asks for a variant the words lack, or a
     *                               template names a value it did not record
     */
    public Rendered render(String variant, Map<String, Object> values, List<Map.Entry<String, Object>> items) {
        if (variant != null && !variants.containsKey(variant)) {
            throw new IllegalStateException(wordsFile + ":" + line + ": rule " + info.id() + " has no variant " + variant);
        }
        Template.Lines lines = (name, list, lang) -> lines(variant, values, name, list, lang);
        Text[] parts = new Text[PARTS.size()];
        for (int i = 0; i < parts.length; i++) {
            Pair p = pick(variant, PARTS.get(i));
            parts[i] = p == null ? null : p.render(values, labels, lines);
        }
        List<Evidence> list = new ArrayList<>();
        for (Map.Entry<String, Object> item : items) {
            Pair p = evidenceTemplate(variant, item.getKey(), item.getValue());
            Text text = p.render(new WithItem(values, item.getValue()), labels);
            list.add(new Evidence(Words.kind(item.getKey(), item.getValue()), Words.id(item.getValue()), text.en(), text));
        }
        list.sort(null);
        return new Rendered(parts[0], parts[1], parts[2], parts[3], List.copyOf(list));
    }

    /** A list named {@code {name:lines}}: each element through the evidence template of that name or type, joined. */
    private String lines(String variant, Map<String, Object> values, String name, Object list, Language lang) {
        Collection<?> elements = list instanceof Collection<?> c ? c : java.util.Collections.singletonList(list);
        if (elements.isEmpty()) {
            return lang == Language.ZH ? "无" : "none";
        }
        List<String> out = new ArrayList<>();
        for (Object e : elements) {
            Template t = lang == Language.ZH ? evidenceTemplate(variant, name, e).zh() : evidenceTemplate(variant, name, e).en();
            out.add(t.render(new WithItem(values, e), lang, labels, (n, l, g) -> lines(variant, values, n, l, g)));
        }
        return String.join(lang == Language.ZH ? "、" : ", ", out);
    }

    private Pair pick(String variant, String part) {
        if (variant != null) {
            Pair p = variants.get(variant).get(part);
            if (p != null) {
                return p;
            }
        }
        return templates.get(part);
    }

    private Pair evidenceTemplate(String variant, String name, Object item) {
        Pair p = variant == null ? null : variantEvidence.getOrDefault(variant, Map.of()).get(name);
        if (p == null) {
            p = evidence.get(name);
        }
        if (p == null) {
            p = section.evidence().get(name);
        }
        if (p == null && item != null) {
            p = section.evidence().get(item.getClass().getSimpleName());
        }
        if (p == null) {
            throw new IllegalStateException(wordsFile + ":" + line + ": rule " + info.id() + " has no evidence template "
                    + name + (item == null ? "" : " (nor its section one for " + item.getClass().getSimpleName() + ")"));
        }
        return p;
    }

    /**
     * The recorded values with {@code item} (the evidence element an evidence template is writing)
     * put in: what a copy of the values with it added would hold, without copying them for every element.
     */
    private static final class WithItem extends java.util.AbstractMap<String, Object> {
        private final Map<String, Object> values;
        private final Object item;

        WithItem(Map<String, Object> values, Object item) {
            this.values = values;
            this.item = item;
        }

        @Override
        public boolean containsKey(Object key) {
            return "item".equals(key) || values.containsKey(key);
        }

        @Override
        public Object get(Object key) {
            return "item".equals(key) ? item : values.get(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(values);
            copy.put("item", item);
            return copy.entrySet();
        }
    }
}
