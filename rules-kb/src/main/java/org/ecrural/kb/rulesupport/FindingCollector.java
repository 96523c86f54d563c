package org.ecrural.kb.rulesupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import org.ecrural.kb.words.RuleWords;
import org.ecrural.kb.words.Values;
import org.ecrural.kb.words.Wording;

/**
 * The DRL global {@code findings}: rule consequences describe what they found through it. One
 * collector serves one evaluation; the engine tells it which rule is firing, so a consequence
 * never repeats its rule's id, clause or severity: those come from the rule's metadata.
 *
 * <p>A rule with words (its section's {@code .words.yaml}) records typed, named values and
 * says nothing itself; its words' templates write the finding in both languages:
 *
 * <pre>
 * findings.area($code).money("upward", $upward).money("allocated", $allocated)
 *         .shareBelow("share", $upward, $allocated).evidence("projects", $items).emit();
 * findings.project($p).variant("NO_FUNDS").emit();
 * </pre>
 *
 * A rule still written the old way (DRL annotations) builds its texts with {@code measured},
 * {@code limit}, {@code says}, {@code remedy} and {@code evidence(kind, id, detail)}.
 *
 * <p>For DRL consequences only; hosts read findings from the report.
 */
public final class FindingCollector {
    private final List<Draft> drafts = new ArrayList<>();
    private final Wording wording;
    private RuleInfo firing;

    /** A collector for rules written the old way only. */
    public FindingCollector() {
        this(Wording.none());
    }

    /** A collector that writes the findings of rules with words through their templates. */
    public FindingCollector(Wording wording) {
        this.wording = wording;
    }

    /**
     * A finding as a rule consequence described it, before the engine applies justifications.
     *
     * @param measuredText what was measured, in both languages; null for a rule written the old way
     * @param limitText    the limit, in both languages; null for a rule written the old way
     */
    public record Draft(RuleInfo rule, Subject subject, String measured, String limit, Text message,
                        Text remedy, List<Evidence> evidence, Text measuredText, Text limitText) {
        public Draft(RuleInfo rule, Subject subject, String measured, String limit, Text message,
                     Text remedy, List<Evidence> evidence) {
            this(rule, subject, measured, limit, message, remedy, evidence, null, null);
        }
    }

    /** Called by the engine before each rule consequence. */
    public void firing(RuleInfo rule) {
        this.firing = rule;
    }

    /** @return every draft so far, in firing order */
    public List<Draft> drafts() {
        return List.copyOf(drafts);
    }

    public Builder about(SubjectType type, String id) {
        if (firing == null) {
            throw new IllegalStateException("a finding was described outside a rule consequence");
        }
        return new Builder(firing, new Subject(type, id));
    }

    /**
     * A finding about a fact of the plan: a project, nomination, demo area, province, training
     * record or reallocation, named in the words by its name and id ({@code {subject}}).
     */
    public Builder about(Object fact) {
        Values.Subject s = Values.subjectOf(fact);
        return about(s.type(), s.id()).named(s.name());
    }

    /** A finding about a project, named by its name and id. */
    public Builder project(org.ecrural.model.ProjectItem p) {
        return about(p);
    }

    public Builder province(String code) {
        return about(SubjectType.PROVINCE, code);
    }

    public Builder nomination(String countyCode) {
        return about(SubjectType.NOMINATION, countyCode);
    }

    public Builder prefecture(String code) {
        return about(SubjectType.PREFECTURE, code);
    }

    public Builder area(String code) {
        return about(SubjectType.AREA, code);
    }

    public Builder project(String id) {
        return about(SubjectType.PROJECT, id);
    }

    public Builder trainingRecord(String id) {
        return about(SubjectType.TRAINING_RECORD, id);
    }

    public Builder reallocation(String id) {
        return about(SubjectType.REALLOCATION, id);
    }

    /** Describes one finding; {@link #emit()} records it. */
    public final class Builder {
        private final RuleInfo rule;
        private final Subject subject;
        private String measured;
        private String limit;
        private Text message;
        private Text remedy;
        private final List<Evidence> evidence = new ArrayList<>();
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final List<Map.Entry<String, Object>> items = new ArrayList<>();
        private String subjectName;
        private String variant;

        private Builder(RuleInfo rule, Subject subject) {
            this.rule = rule;
            this.subject = subject;
        }

        private Builder put(String name, Object value) {
            if (name.equals("subject") || name.equals("item")) {
                throw new IllegalArgumentException("rule " + rule.id() + ": \"" + name + "\" is reserved; name the value otherwise");
            }
            values.put(name, value);
            return this;
        }

        /** How the words name the subject ({@code {subject}}): its name beside its id; the id alone when null. */
        public Builder named(String name) {
            this.subjectName = name;
            return this;
        }

        /** Chooses a named case of the rule's words ({@code variants:}) instead of its own templates. */
        public Builder variant(String name) {
            this.variant = name;
            return this;
        }

        /**
         * Chooses a named case of the rule's words when {@code applies} holds, and leaves the choice
         * as it is otherwise: {@code .variant("NOT_EVIDENCED", $column == null)}.
         */
        public Builder variant(String name, boolean applies) {
            if (applies) {
                this.variant = name;
            }
            return this;
        }

        /** An amount of money in yuan: {@code 1,600,000.00 元} / {@code 1,600,000.00 yuan}. */
        public Builder money(String name, BigDecimal yuan) {
            return put(name, Values.money(yuan));
        }

        /**
         * The share part / whole measured against a limit, shown with two decimals rounded away
         * from the limit (down when below it, up when above), so it never reads as the limit itself.
         */
        public Builder share(String name, BigDecimal part, BigDecimal whole, BigDecimal limit) {
            boolean below = whole.signum() != 0 && part.compareTo(whole.multiply(limit)) < 0;
            return put(name, Values.share(part, whole, below ? RoundingMode.FLOOR : RoundingMode.CEILING));
        }

        /** A share that fails a minimum, shown rounded down: 49.995% reads 49.99%. */
        public Builder shareDown(String name, BigDecimal part, BigDecimal whole) {
            return put(name, Values.share(part, whole, RoundingMode.FLOOR));
        }

        /** A share that exceeds a maximum, shown rounded up: 15.001% reads 15.01%. */
        public Builder shareUp(String name, BigDecimal part, BigDecimal whole) {
            return put(name, Values.share(part, whole, RoundingMode.CEILING));
        }

        /**
         * A count out of a total measured against a limit share: {@code 49.34% (75 of 152)} /
         * {@code 49.34%（152 个中的 75 个）}, the share rounded away from the limit; {@code n/a (0 of 0)}
         * for a total of 0; absent ({@code not stated} / {@code 未填写}) when either is null.
         */
        public Builder shareOf(String name, Integer part, Integer whole, BigDecimal limit) {
            boolean below = part != null && whole != null && whole != 0
                    && BigDecimal.valueOf(part.longValue()).compareTo(BigDecimal.valueOf(whole.longValue()).multiply(limit)) < 0;
            return put(name, Values.countShare(part, whole, below ? RoundingMode.FLOOR : RoundingMode.CEILING));
        }

        /**
         * The margin value − reference in percentage points, signed, rounded away from zero so a
         * margin above zero never reads 0.00: {@code +5.00 pp} / {@code +5.00 个百分点}, {@code -0.01 pp}.
         */
        public Builder points(String name, BigDecimal value, BigDecimal reference) {
            return put(name, Values.points(value.subtract(reference)));
        }

        /** A fraction such as an edition parameter 0.50, shown as 50.00%. */
        public Builder percent(String name, BigDecimal fraction) {
            return put(name, Values.percent(fraction));
        }

        /** A count. */
        public Builder count(String name, long n) {
            return put(name, n);
        }

        /** A date: {@code 2018年5月31日} / {@code 31 May 2018}. */
        public Builder date(String name, LocalDate date) {
            return put(name, date);
        }

        /** A code or id, shown as written (a county code, a project id). */
        public Builder code(String name, String code) {
            return put(name, Values.code(code));
        }

        /**
         * A province-level division by its code (610000), shown by its name in the label table:
         * {@code 陕西省（610000）} / {@code Shaanxi (province 610000)}; {@code {name:code}} shows the code.
         */
        public Builder province(String name, String code) {
            return put(name, Values.province(code));
        }

        /** An enum value, shown by its label in the label table. */
        public Builder value(String name, Enum<?> value) {
            return put(name, value);
        }

        /** A list of enum values (labels), codes or facts (named), in the order given. */
        public Builder values(String name, Collection<?> list) {
            return put(name, List.copyOf(list));
        }

        /**
         * A list of enum values, codes or facts, sorted (enum values in declaration order, codes
         * as text, facts by id; duplicates kept), so the finding reads the same whatever the
         * order of the facts.
         */
        public Builder sorted(String name, Collection<?> list) {
            return put(name, Values.sorted(list));
        }

        /** The values of an enum, e.g. {@code StationFunction.values()}, in declaration order. */
        public Builder values(String name, Enum<?>[] list) {
            return put(name, List.of(list));
        }

        /**
         * Adds a yes/no evidence field to the list {@code name} unless the fact states yes, in the
         * order of the calls; the list is recorded even when it stays empty. Each reads with what
         * the fact states: 交易信息（否）、活动信息（未提供证明） / transaction information (no),
         * activity information (not evidenced).
         *
         * @param field  the field, an enum value the label table names
         * @param stated what the fact states; null is not evidenced
         */
        public Builder unlessYes(String name, Enum<?> field, Boolean stated) {
            List<Object> list = new ArrayList<>();
            if (values.get(name) instanceof List<?> before) {
                list.addAll(before);
            }
            if (!Boolean.TRUE.equals(stated)) {
                list.add(Values.stated(field, stated));
            }
            return put(name, List.copyOf(list));
        }

        /** A fact the templates may name ({@code {station}}) or read properties of ({@code {station.name}}). */
        public Builder fact(String name, Object fact) {
            return put(name, fact);
        }

        /**
         * Facts or values behind the finding, one evidence line each, written by the evidence
         * template of that name ({@code {item}} is the fact); also a value the templates may name.
         */
        public Builder evidence(String name, Collection<?> facts) {
            put(name, List.copyOf(facts));
            facts.forEach(f -> items.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, f)));
            return this;
        }

        /** One fact behind the finding, as one evidence line written by the evidence template of that name. */
        public Builder evidence(String name, Object fact) {
            put(name, fact);
            items.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, fact));   // an absent value is a line too
            return this;
        }

        /** What was measured, e.g. "42.00%". */
        public Builder measured(Object measured) {
            this.measured = measured == null ? null : measured.toString();
            return this;
        }

        /** The limit it was measured against, e.g. "&gt;= 50.00%". */
        public Builder limit(Object limit) {
            this.limit = limit == null ? null : limit.toString();
            return this;
        }

        /** What is wrong, naming the county, project or province, in Chinese and English. */
        public Builder says(String zh, String en) {
            this.message = new Text(zh, en);
            return this;
        }

        /** The smallest change that would comply, in Chinese and English. */
        public Builder remedy(String zh, String en) {
            this.remedy = new Text(zh, en);
            return this;
        }

        /** A fact of the plan behind the finding. */
        public Builder evidence(String kind, String id, Object detail) {
            evidence.add(new Evidence(kind == null ? "" : kind, id == null ? "" : id, detail == null ? "" : detail.toString()));
            return this;
        }

        /** Records the finding. */
        public void emit() {
            RuleWords words = wording.rule(rule.id());
            if (words != null) {
                emitWithWords(words);
                return;
            }
            if (!values.isEmpty() || variant != null) {
                throw new IllegalStateException("rule " + rule.id() + " records values but has no words entry");
            }
            if (message == null) {
                throw new IllegalStateException("rule " + rule.id() + " emitted a finding without a message");
            }
            List<Evidence> sorted = new ArrayList<>(evidence);
            sorted.sort(null);
            drafts.add(new Draft(rule, subject, measured, limit, message, remedy, sorted));
        }

        private void emitWithWords(RuleWords words) {
            if (message != null || measured != null || limit != null || remedy != null || !evidence.isEmpty()) {
                throw new IllegalStateException("rule " + rule.id() + " has words; its consequence records values, it does not write text");
            }
            if (!words.subjectTypes().contains(subject.type())) {
                throw new IllegalStateException("rule " + rule.id() + " is about a " + words.info().subjectType()
                        + " in its words, but its consequence names a " + subject.type());
            }
            Map<String, Object> all = new LinkedHashMap<>(values);
            all.put("subject", Values.named(subject.id(), subjectName));
            RuleWords.Rendered r = words.render(variant, all, items);
            drafts.add(new Draft(rule, subject, r.measured() == null ? null : r.measured().en(),
                    r.limit() == null ? null : r.limit().en(), r.message(), r.remedy(), r.evidence(), r.measured(), r.limit()));
        }
    }
}
