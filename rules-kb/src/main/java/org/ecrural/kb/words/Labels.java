package org.ecrural.kb.words;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import org.ecrural.kb.facts.DisclosureWebsite;
import org.ecrural.kb.facts.GrowthMeasure;
import org.ecrural.kb.facts.IdleRewardFailure;
import org.ecrural.model.Direction;
import org.ecrural.model.DivisionType;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.FilingContent;
import org.ecrural.model.LedgerField;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.ProjectEvidence;
import org.ecrural.model.ProjectStatus;
import org.ecrural.model.StationFunction;
import org.ecrural.model.SubmissionForm;
import org.ecrural.model.SupportMethod;
import org.ecrural.model.Track;
import org.ecrural.model.TraineeGroup;
import org.ecrural.model.TrainingRecordField;
import org.ecrural.model.TrainingTopic;
import org.ecrural.model.WorkPlanItem;

/**
 * The label table ({@code labels.yaml}): how every enum value of the plan's model and every
 * clause key of the notice reads in a finding, in Chinese and in English ({@code OLD_AREA} →
 * 革命老区县 / old-area county, {@code annex.3} → 附件三 / annex, part 3). Every value must have
 * both labels; a missing or unknown one is a problem at file:line. Immutable.
 */
public final class Labels {
    /** The enums whose values findings may show: every enum of rules-model, the subject types and outcomes, and the engine's derived ones. */
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(Direction.class, DivisionType.class,
            ExpenseType.class, FilingContent.class, OldAreaRegion.class, ProjectStatus.class, StationFunction.class,
            SubmissionForm.class, SupportMethod.class, Track.class, TraineeGroup.class, TrainingTopic.class,
            WorkPlanItem.class, SubjectType.class, DisclosureWebsite.class, TrainingRecordField.class, LedgerField.class,
            ProjectEvidence.class, IdleRewardFailure.class, GrowthMeasure.class, org.ecrural.kb.report.Outcome.class);

    private final Map<Enum<?>, Text> values;
    /** the same labels by enum type, each at its value's ordinal (null where none): {@link #of} runs for every label of every finding */
    private final Map<Class<?>, Text[]> byOrdinal;
    private final Map<String, Text> clauses;
    /** Province-level divisions by code (610000 → 陕西省 / Shaanxi); optional in a label table. */
    private final Map<String, Text> provinces;

    private Labels(Map<Enum<?>, Text> values, Map<String, Text> clauses) {
        this(values, clauses, Map.of());
    }

    private Labels(Map<Enum<?>, Text> values, Map<String, Text> clauses, Map<String, Text> provinces) {
        this.values = Map.copyOf(values);
        Map<Class<?>, Text[]> byType = new HashMap<>();
        for (Map.Entry<Enum<?>, Text> e : values.entrySet()) {
            Class<?> type = e.getKey().getDeclaringClass();
            byType.computeIfAbsent(type, t -> new Text[t.getEnumConstants().length])[e.getKey().ordinal()] = e.getValue();
        }
        this.byOrdinal = Map.copyOf(byType);
        this.clauses = Map.copyOf(clauses);
        this.provinces = Map.copyOf(provinces);
    }

    /**
     * Reads a label table; every problem found is added to problems.
     *
     * @param clauseKeys the clause keys of the notice, each of which needs a label
     */
    static Labels read(String file, String text, Collection<String> clauseKeys, List<RuleProblem> problems) {
        return read(file, Node.parse(file, text, problems), clauseKeys, problems);
    }

    /**
     * Reads a label table from its tree; every problem found is added to problems.
     *
     * @param root the table's tree, or null when its text is not well-formed YAML (that problem is
     *             already added; no labels then)
     */
    static Labels read(String file, Node root, Collection<String> clauseKeys, List<RuleProblem> problems) {
        Map<Enum<?>, Text> values = new HashMap<>();
        Map<String, Text> clauses = new HashMap<>();
        if (root == null) {
            return new Labels(values, clauses);
        }
        Words.keys(file, root, List.of("clauses", "enums", "provinces"), problems);
        Node c = root.get("clauses");
        for (Map.Entry<String, Node> e : c == null ? Map.<String, Node>of().entrySet() : c.map().entrySet()) {
            if (!clauseKeys.contains(e.getKey())) {
                problems.add(new RuleProblem(file, e.getValue().line(), 0, "\"" + e.getKey()
                        + "\" is not a clause key of the notice" + Words.didYouMean(e.getKey(), clauseKeys)));
            } else {
                clauses.put(e.getKey(), Words.text(file, e.getValue(), "the label of clause " + e.getKey(), problems));
            }
        }
        for (String key : clauseKeys) {
            if (!clauses.containsKey(key)) {
                problems.add(new RuleProblem(file, c == null ? root.line() : c.line(), 0, "clause " + key + " has no label"));
            }
        }
        Node en = root.get("enums");
        Map<String, Node> byType = en == null ? Map.of() : en.map();
        List<String> typeNames = ENUMS.stream().map(Class::getSimpleName).toList();
        for (Map.Entry<String, Node> e : byType.entrySet()) {
            if (!typeNames.contains(e.getKey())) {
                problems.add(new RuleProblem(file, e.getValue().line(), 0, "\"" + e.getKey()
                        + "\" is not an enum of the plan's model" + Words.didYouMean(e.getKey(), typeNames)));
            }
        }
        for (Class<? extends Enum<?>> type : ENUMS) {
            Node t = byType.get(type.getSimpleName());
            int line = t != null ? t.line() : en != null ? en.line() : root.line();
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            if (t != null) {
                for (Map.Entry<String, Node> v : t.map().entrySet()) {
                    if (!names.contains(v.getKey())) {
                        problems.add(new RuleProblem(file, v.getValue().line(), 0, "\"" + v.getKey() + "\" is not a value of "
                                + type.getSimpleName() + Words.didYouMean(v.getKey(), names)));
                    }
                }
            }
            for (Enum<?> value : type.getEnumConstants()) {
                Node v = t == null ? null : t.get(value.name());
                if (v == null) {
                    problems.add(new RuleProblem(file, line, 0, type.getSimpleName() + "." + value.name() + " has no label"));
                } else {
                    values.put(value, Words.text(file, v, "the label of " + type.getSimpleName() + "." + value.name(), problems));
                }
            }
        }
        Map<String, Text> provinces = new HashMap<>();
        Node pr = root.get("provinces");
        for (Map.Entry<String, Node> e : pr == null || pr.isNull() ? Map.<String, Node>of().entrySet() : pr.map().entrySet()) {
            if (!e.getKey().matches("\\d{2}0000")) {
                problems.add(new RuleProblem(file, e.getValue().line(), 0, "\"" + e.getKey()
                        + "\" is not the code of a province-level division (two digits and 0000, e.g. 610000)"));
            } else {
                provinces.put(e.getKey(), Words.text(file, e.getValue(), "the name of province " + e.getKey(), problems));
            }
        }
        return new Labels(values, clauses, provinces);
    }

    /**
     * @return the name of the province-level division a code lies in (its first two digits),
     *         陕西省 / Shaanxi for 610000 or 610622; null where the table has none
     */
    public Text province(String code) {
        return code == null || code.length() < 2 ? null : provinces.get(code.substring(0, 2) + "0000");
    }

    /** @return the label of an enum value in a language; its name when the table has none (a type outside the table) */
    public String of(Enum<?> value, Language language) {
        Text[] labels = byOrdinal.get(value.getDeclaringClass());
        Text t = labels == null ? null : labels[value.ordinal()];
        return t == null ? value.name() : t.in(language);
    }

    /** @return whether the table labels values of this enum type */
    boolean labels(Class<?> type) {
        return ENUMS.contains(type);
    }

    /** @return these labels with those of a rule folder's local clauses (clauses.yaml) added */
    Labels withClauses(Map<String, Text> local) {
        if (local.isEmpty()) {
            return this;
        }
        Map<String, Text> all = new HashMap<>(clauses);
        all.putAll(local);
        return new Labels(values, all, provinces);
    }

    /** @return the label of a clause key, e.g. 附件三 / annex, part 3; the key itself when unknown */
    public Text clause(String key) {
        Text t = clauses.get(key);
        return t == null ? new Text(key, key) : t;
    }
}
