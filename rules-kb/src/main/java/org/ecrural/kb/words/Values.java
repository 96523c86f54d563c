package org.ecrural.kb.words;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.facts.AreaOfPlan;
import org.ecrural.kb.facts.DisclosureSite;
import org.ecrural.model.DemoArea;
import org.ecrural.model.IdleFundReallocation;
import org.ecrural.model.Nomination;
import org.ecrural.model.PrefecturePromotion;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.Province;
import org.ecrural.model.TrainingRecord;

/**
 * The typed values a rule consequence records, as {@code FindingCollector} wraps them for the
 * templates. Engine internals.
 */
public final class Values {
    private Values() {
    }

    /** What a finding about a fact is about: its subject type, id and name. */
    public record Subject(SubjectType type, String id, String name) {
    }

    public static Object money(BigDecimal yuan) {
        return new Format.Money(Objects.requireNonNull(yuan, "money"));
    }

    public static Object share(BigDecimal part, BigDecimal whole, RoundingMode mode) {
        return new Format.Share(Objects.requireNonNull(part, "part"), Objects.requireNonNull(whole, "whole"), mode);
    }

    public static Object percent(BigDecimal fraction) {
        return new Format.Percent(Objects.requireNonNull(fraction, "percent"));
    }

    /** A count out of a total, or an absent value when either is not given. */
    public static Object countShare(Integer part, Integer whole, RoundingMode mode) {
        return part == null || whole == null ? Format.Absent.VALUE : new Format.CountShare(part, whole, mode);
    }

    public static Object points(BigDecimal fraction) {
        return new Format.Points(Objects.requireNonNull(fraction, "points"));
    }

    public static Object code(String code) {
        return new Format.Code(code == null ? "" : code);
    }

    /** A province-level division by its code (610000), shown by its name in the label table; null: not stated. */
    public static Object province(String code) {
        return code == null ? null : new Format.ProvinceCode(code);
    }

    /**
     * @return the values sorted, so a finding does not depend on the order of facts: enum values
     *         in declaration order, codes and numbers in their natural order, facts by their id;
     *         absent values last. Duplicates are kept.
     */
    public static List<Object> sorted(Collection<?> values) {
        List<Object> list = new ArrayList<>(values);
        list.sort(Comparator.nullsLast(Values::compare));
        return Collections.unmodifiableList(list);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(Format.id(a), Format.id(b));
    }

    /** A yes/no evidence field (an enum value the label table names) and what a fact states of it; null: not evidenced. */
    public static Object stated(Enum<?> field, Boolean value) {
        return new Format.Stated(Objects.requireNonNull(field, "field"), value);
    }

    public static Object named(String id, String name) {
        return new Format.Named(id, name);
    }

    /**
     * @return the subject a fact stands for: a project, a nomination (by county), a demo area, a
     *         province, a training record, a reallocation, a prefecture promotion, or a disclosure site (a
     *         province or an area, by its type)
     * @throws IllegalArgumentException for any other fact
     */
    public static Subject subjectOf(Object fact) {
        if (fact instanceof ProjectItem p) {
            return new Subject(SubjectType.PROJECT, p.getId(), p.getName());
        }
        if (fact instanceof Nomination n) {
            return new Subject(SubjectType.NOMINATION, n.getCounty(), null);
        }
        if (fact instanceof AreaOfPlan a) {
            return new Subject(SubjectType.AREA, a.getCode(), a.getName());
        }
        if (fact instanceof DemoArea a) {
            return new Subject(SubjectType.AREA, a.getCode(), null);
        }
        if (fact instanceof Province p) {
            return new Subject(SubjectType.PROVINCE, p.getCode(), p.getName());
        }
        if (fact instanceof TrainingRecord t) {
            return new Subject(SubjectType.TRAINING_RECORD, t.getId(), null);
        }
        if (fact instanceof IdleFundReallocation r) {
            return new Subject(SubjectType.REALLOCATION, r.getId(), null);
        }
        if (fact instanceof DisclosureSite d) {
            return new Subject(d.getType(), d.getCode(), d.getName());
        }
        if (fact instanceof PrefecturePromotion p) {
            return new Subject(SubjectType.PREFECTURE, p.getPrefecture(), null);
        }
        throw new IllegalArgumentException("a " + (fact == null ? "null" : fact.getClass().getSimpleName())
                + " is not a subject of findings");
    }
}
