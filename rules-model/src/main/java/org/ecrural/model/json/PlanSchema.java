package org.ecrural.model.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.DivisionType;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.Filing;
import org.ecrural.model.FilingContent;
import org.ecrural.model.FinalSubmission;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.IdleFundReallocation;
import org.ecrural.model.Justification;
import org.ecrural.model.Ledger;
import org.ecrural.model.NationalRuralAverage;
import org.ecrural.model.Nomination;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.PrefecturePromotion;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.ProjectStatus;
import org.ecrural.model.Province;
import org.ecrural.model.StationFunction;
import org.ecrural.model.SubmissionForm;
import org.ecrural.model.SupportMethod;
import org.ecrural.model.Track;
import org.ecrural.model.TraineeGroup;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.TrainingTopic;
import org.ecrural.model.Villages;
import org.ecrural.model.WorkPlan;
import org.ecrural.model.WorkPlanItem;

/**
 * Plan format v1 as data: the value types (how one JSON value is checked, read and written) and,
 * per fact class, its fields in the order of plan-format.md. {@link Binder} reads with it while
 * Jackson's parser streams the document, and {@link PlanWriter} writes with it, so the two cannot
 * drift apart.
 */
final class PlanSchema {

    private PlanSchema() {
    }

    // ------------------------------------------------------------------ value types

    /** How a value at one place of the document is checked, read and written. */
    abstract static class Type<V> {
        /**
         * Reads a present value ({@code n} may be a JSON null inside an array, which is then wrong).
         * Records every problem with {@code b} and returns null when the value is unusable.
         *
         * <p>A scalar comes as its value node. An object or an array comes as a stand-in
         * ({@link JsonNode#isObject()} or {@link JsonNode#isArray()}, with no content): a type that
         * takes it reads its content from {@code b} ({@link Binder#bindObject}, {@link Binder#element});
         * any other type only reports it, and {@code b} passes over it.
         */
        abstract V read(Binder b, JsonNode n, Ptr at);

        /** Appends the canonical JSON of a non-null value; {@code indent} is the current indentation. */
        abstract void write(StringBuilder out, V value, int indent);

        /** Whether the value is written on one line (scalars). */
        boolean inline() {
            return true;
        }
    }

    /** A JSON string; {@code nonBlank} rejects empty and white-space-only strings. */
    static final class Text extends Type<String> {
        private final boolean nonBlank;

        Text(boolean nonBlank) {
            this.nonBlank = nonBlank;
        }

        @Override
        String read(Binder b, JsonNode n, Ptr at) {
            if (!n.isTextual()) {
                b.error(at, "expected " + (nonBlank ? "a non-blank string" : "a string") + ", found " + describe(n));
                return null;
            }
            if (nonBlank && n.textValue().isBlank()) {
                b.error(at, "expected a non-blank string, found " + describe(n));
                return null;
            }
            return n.textValue();
        }

        @Override
        void write(StringBuilder out, String value, int indent) {
            out.append(quote(value));
        }
    }

    /** Where a code must be found once the whole document is read. */
    enum RefTarget {
        /** none: the code is only checked for its form */
        NONE,
        /** a code of {@code counties[]} */
        COUNTY,
        /** a code of {@code counties[]} or a prefecture of {@code prefecturePromotions[]} */
        COUNTY_OR_PREFECTURE
    }

    /** A 6-digit GB/T 2260 code written as a string. */
    static final class Code extends Type<String> {
        private final boolean province;
        private final RefTarget target;

        Code(boolean province, RefTarget target) {
            this.province = province;
            this.target = target;
        }

        @Override
        String read(Binder b, JsonNode n, Ptr at) {
            String what = province
                    ? "a 6-digit GB/T 2260 province code ending in 0000 as a string"
                    : "a 6-digit GB/T 2260 code as a string";
            if (!n.isTextual()) {
                b.error(at, "expected " + what + ", found " + describe(n)
                        + (n.isNumber() ? " (write the code in quotes)" : ""));
                return null;
            }
            String s = n.textValue();
            if (!isCode(s)) {
                b.error(at, "expected " + what + " (six digits, the first not 0), found " + describe(n));
                return null;
            }
            if (province && !s.endsWith("0000")) {
                b.error(at, "expected " + what + ", found " + describe(n) + ", which does not end in 0000");
                return null;
            }
            if (target != RefTarget.NONE) {
                b.reference(at, s, target);
            }
            return s;
        }

        @Override
        void write(StringBuilder out, String value, int indent) {
            out.append(quote(value));
        }
    }

    /** An ISO calendar date {@code YYYY-MM-DD}, checked strictly (no 30 February). */
    static final class Date extends Type<LocalDate> {
        private static final DateTimeFormatter ISO =
                DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

        @Override
        LocalDate read(Binder b, JsonNode n, Ptr at) {
            if (b.memo(this, n) instanceof LocalDate known) {
                return known;
            }
            String s = n.isTextual() ? n.textValue() : "";
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-'
                    || !digits(s, 0, 4) || !digits(s, 5, 7) || !digits(s, 8, 10)) {
                b.error(at, "expected an ISO date YYYY-MM-DD as a string, found " + describe(n));
                return null;
            }
            try {
                // as strict as ISO uuuu-MM-dd with ResolverStyle.STRICT, without its parsing machinery
                LocalDate date = LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                        Integer.parseInt(s, 8, 10, 10));
                b.memo(this, n, date);
                return date;
            } catch (DateTimeException e) {
                b.error(at, "expected an ISO date YYYY-MM-DD, found " + describe(n) + ", which is not a day of the calendar");
                return null;
            }
        }

        @Override
        void write(StringBuilder out, LocalDate value, int indent) {
            out.append('"').append(ISO.format(value)).append('"');
        }
    }

    /**
     * A decimal read exactly, from a JSON number or a plain decimal string ({@code "20000000.00"};
     * no exponent in strings). At most {@value #MAX_DIGITS} digits on either side of the point.
     */
    static final class Decimal extends Type<BigDecimal> {
        static final int MAX_DIGITS = 100;
        private static final Pattern EXPONENT = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)[eE][-+]?[0-9]+");
        private final String expected;
        private final boolean nonNegative;

        Decimal(String expected, boolean nonNegative) {
            this.expected = expected;
            this.nonNegative = nonNegative;
        }

        @Override
        BigDecimal read(Binder b, JsonNode n, Ptr at) {
            if (b.memo(this, n) instanceof BigDecimal known) {
                return known;
            }
            BigDecimal v;
            if (n.isNumber()) {
                v = n.decimalValue();
            } else if (n.isTextual()) {
                String s = n.textValue();
                if (s.length() > 2 * MAX_DIGITS + 2) {
                    b.error(at, "expected " + expected + ", found a string of " + s.length()
                            + " characters (at most " + MAX_DIGITS + " digits before and after the decimal point)");
                    return null;
                }
                if (!isPlainDecimal(s)) {
                    b.error(at, "expected " + expected + ", found " + describe(n)
                            + (EXPONENT.matcher(s).matches() ? " (exponent notation is not allowed in a string; write all digits)" : ""));
                    return null;
                }
                v = new BigDecimal(s);
            } else {
                b.error(at, "expected " + expected + ", found " + describe(n));
                return null;
            }
            if (v.scale() > MAX_DIGITS || (long) v.precision() - v.scale() > MAX_DIGITS) {
                b.error(at, "expected " + expected + ", found " + describe(n)
                        + " (at most " + MAX_DIGITS + " digits before and after the decimal point)");
                return null;
            }
            if (nonNegative && v.signum() < 0) {
                b.error(at, "expected " + expected + ", found " + describe(n) + ", which is negative");
                return null;
            }
            BigDecimal read = v.scale() < 0 ? v.setScale(0) : v;
            b.memo(this, n, read);
            return read;
        }

        @Override
        void write(StringBuilder out, BigDecimal value, int indent) {
            out.append('"').append(value.toPlainString()).append('"');
        }
    }

    /** A whole JSON number between {@code min} and {@code max} ({@code 12.0} is accepted as 12; strings are not). */
    static final class Int extends Type<Integer> {
        private final int min;
        private final int max;
        private final String expected;

        Int(int min, int max, String expected) {
            this.min = min;
            this.max = max;
            this.expected = expected;
        }

        @Override
        Integer read(Binder b, JsonNode n, Ptr at) {
            if (n.isNumber()) {
                BigDecimal v = n.decimalValue();
                boolean whole = v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
                if (whole && v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0) {
                    return v.intValueExact();
                }
            }
            b.error(at, "expected " + expected + ", found " + describe(n));
            return null;
        }

        @Override
        void write(StringBuilder out, Integer value, int indent) {
            out.append(value.intValue());
        }
    }

    /** A fixed value that must be there: {@code format} 1. */
    static final class Constant<V> extends Type<V> {
        private final V value;
        private final Function<JsonNode, V> extract;
        private final String expected;

        Constant(V value, Function<JsonNode, V> extract, String expected) {
            this.value = value;
            this.extract = extract;
            this.expected = expected;
        }

        @Override
        V read(Binder b, JsonNode n, Ptr at) {
            if (value.equals(extract.apply(n))) {
                return value;
            }
            b.error(at, "expected " + expected + ", found " + describe(n));
            return null;
        }

        @Override
        void write(StringBuilder out, V v, int indent) {
            out.append(v instanceof String s ? quote(s) : String.valueOf(v));
        }
    }

    /** A JSON true or false. */
    static final class Bool extends Type<Boolean> {
        @Override
        Boolean read(Binder b, JsonNode n, Ptr at) {
            if (!n.isBoolean()) {
                b.error(at, "expected true or false, found " + describe(n));
                return null;
            }
            return n.booleanValue();
        }

        @Override
        void write(StringBuilder out, Boolean value, int indent) {
            out.append(value.booleanValue());
        }
    }

    /** An enum constant written by its UPPER_SNAKE name. */
    static final class EnumName<E extends Enum<E>> extends Type<E> {
        private final Map<String, E> byName = new LinkedHashMap<>();
        private final String allowed;

        EnumName(Class<E> type) {
            for (E e : type.getEnumConstants()) {
                byName.put(e.name(), e);
            }
            allowed = String.join(", ", byName.keySet());
        }

        @Override
        E read(Binder b, JsonNode n, Ptr at) {
            E e = n.isTextual() ? byName.get(n.textValue()) : null;
            if (e == null) {
                String hint = "";
                if (n.isTextual()) {
                    String upper = n.textValue().trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
                    if (byName.containsKey(upper)) {
                        hint = " (did you mean " + upper + "?)";
                    }
                }
                b.error(at, "expected one of " + allowed + ", found " + describe(n) + hint);
            }
            return e;
        }

        @Override
        void write(StringBuilder out, E value, int indent) {
            out.append('"').append(value.name()).append('"');
        }
    }

    /** A JSON array; elements in error are left out of the list (and reported). */
    static final class ListOf<X> extends Type<List<X>> {
        final Type<X> element;

        ListOf(Type<X> element) {
            this.element = element;
        }

        @Override
        List<X> read(Binder b, JsonNode n, Ptr at) {
            if (!n.isArray()) {
                b.error(at, "expected an array, found " + describe(n));
                return null;
            }
            List<X> list = new ArrayList<>();
            Ptr cursor = at.cursor();
            for (int i = 0; ; i++) {
                JsonNode e = b.element(at, i);
                if (e == null) {
                    return list;
                }
                b.tick();
                X x = b.read(element, e, cursor.at(i));
                if (x != null) {
                    list.add(x);
                }
            }
        }

        @Override
        void write(StringBuilder out, List<X> value, int indent) {
            // a null element is written as null, not left out: the reader then reports it at its own index
            List<X> present = value;
            if (present.isEmpty()) {
                out.append("[]");
            } else if (element.inline()) {
                out.append('[');
                for (int i = 0; i < present.size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    writeOrNull(element, out, present.get(i), indent);
                }
                out.append(']');
            } else {
                out.append("[\n");
                for (int i = 0; i < present.size(); i++) {
                    indent(out, indent + 1);
                    writeOrNull(element, out, present.get(i), indent + 1);
                    out.append(i + 1 < present.size() ? ",\n" : "\n");
                }
                indent(out, indent).append(']');
            }
        }

        @Override
        boolean inline() {
            return false;
        }
    }

    /** A JSON object bound to a fact class by its {@link Schema}. */
    static final class Obj<T> extends Type<T> {
        final Schema<T> schema;

        Obj(Schema<T> schema) {
            this.schema = schema;
        }

        @Override
        T read(Binder b, JsonNode n, Ptr at) {
            if (!n.isObject()) {
                b.error(at, "expected an object, found " + describe(n));
                return null;
            }
            return b.bindObject(schema, at);
        }

        @Override
        void write(StringBuilder out, T value, int indent) {
            boolean first = true;
            for (Field<T, ?> f : schema.fields) {
                first = f.writeTo(out, value, indent + 1, first);
            }
            if (first) {
                out.append("{}");
            } else {
                out.append('\n');
                indent(out, indent).append('}');
            }
        }

        @Override
        boolean inline() {
            return false;
        }
    }

    private static <X> void writeOrNull(Type<X> type, StringBuilder out, X value, int indent) {
        if (value == null) {
            out.append("null");
        } else {
            type.write(out, value, indent);
        }
    }

    // ------------------------------------------------------------------ fields and schemas

    /** One field of a fact class: its JSON name, type, whether required, and how it is got and set. */
    static final class Field<T, V> {
        final String name;
        final Type<V> type;
        final boolean required;
        private final Function<T, V> getter;
        final BiConsumer<T, V> setter;
        /** the set of keys the value belongs to (counties' codes, projects' ids, ...), or null */
        String keySet;
        /** whether a value already in {@link #keySet} is an error */
        boolean unique;
        /** whether a blank string reads as absent (fields a rule reports as missing or blank) */
        boolean blankIsAbsent;
        /** whether the writer writes an empty list rather than leave it out */
        boolean keepEmpty;
        /** the place of the field in its schema */
        int index = -1;
        /**
         * whether its text values seldom repeat (ids, trainees): the reader does not look them up in
         * its table of recent strings, where they would cost a hash each and push out values that do repeat
         */
        boolean distinct;

        Field(String name, Type<V> type, boolean required, Function<T, V> getter, BiConsumer<T, V> setter) {
            this.name = name;
            this.type = type;
            this.required = required;
            this.getter = getter;
            this.setter = setter;
        }

        /** Values are keys of {@code keys}: a repeat is an input error. */
        Field<T, V> unique(String keys) {
            this.keySet = keys;
            this.unique = true;
            this.distinct = true;
            return this;
        }

        /** Its values seldom repeat (see {@link #distinct}). */
        Field<T, V> distinct() {
            this.distinct = true;
            return this;
        }

        /** Values are collected in {@code keys} for references to resolve against; repeats are allowed. */
        Field<T, V> collect(String keys) {
            this.keySet = keys;
            return this;
        }

        Field<T, V> blankIsAbsent() {
            this.blankIsAbsent = true;
            return this;
        }

        Field<T, V> keepEmpty() {
            this.keepEmpty = true;
            return this;
        }

        /** Reads {@code n} and sets it on {@code target}; returns the value read, or null. */
        V readInto(Binder b, T target, JsonNode n, Ptr at) {
            V v = b.read(type, n, at);
            if (v != null) {
                setter.accept(target, v);
            }
            return v;
        }

        /**
         * Writes the field unless absent (or an empty list not kept); returns whether nothing is
         * written yet. A required field that is null is written as JSON null, so that checking a
         * plan built in Java by writing and reading it reports it where it is.
         */
        boolean writeTo(StringBuilder out, T target, int indent, boolean first) {
            V v = getter.apply(target);
            if ((v == null && !required) || (v instanceof List<?> l && l.isEmpty() && !keepEmpty)) {
                return first;
            }
            out.append(first ? "{\n" : ",\n");
            indent(out, indent).append(quote(name)).append(": ");
            if (v == null) {
                out.append("null");
            } else {
                type.write(out, v, indent);
            }
            return false;
        }
    }

    /** What a check of a whole object sees of its fields (by their names in the schema). */
    interface Fields {
        /** @return whether the field is missing or JSON null */
        boolean isAbsent(String name);

        /** @return whether the field is an empty JSON array */
        boolean isEmptyArray(String name);
    }

    /**
     * A check of which fields a JSON object has. It runs once the object is read, and its errors
     * are listed where the object begins, with the missing required fields, before the errors of
     * the object's fields.
     */
    interface Before {
        void check(Binder b, Fields n, Ptr at);
    }

    /** A check run on a bound object after its fields. */
    interface After<T> {
        void check(Binder b, T bound, Ptr at);
    }

    /** The fields of one fact class, in the order of plan-format.md. */
    static final class Schema<T> {
        final Supplier<T> create;
        final List<Field<T, ?>> fields;
        final Map<String, Field<T, ?>> byName = new LinkedHashMap<>();
        final String allowed;
        Before before;
        After<T> after;

        @SafeVarargs
        Schema(Supplier<T> create, Field<T, ?>... fields) {
            this.create = create;
            List<Field<T, ?>> list = new ArrayList<>();
            for (Field<T, ?> f : fields) {
                if (f.index >= 0) {
                    throw new IllegalStateException("field " + f.name + " is already in a schema");
                }
                f.index = list.size();
                list.add(f);
                byName.put(f.name, f);
            }
            this.fields = List.copyOf(list);
            this.allowed = String.join(", ", byName.keySet());
        }

        Schema<T> before(Before check) {
            this.before = check;
            return this;
        }

        Schema<T> after(After<T> check) {
            this.after = check;
            return this;
        }
    }

    static <T, V> Field<T, V> req(String name, Type<V> type, Function<T, V> get, BiConsumer<T, V> set) {
        return new Field<>(name, type, true, get, set);
    }

    static <T, V> Field<T, V> opt(String name, Type<V> type, Function<T, V> get, BiConsumer<T, V> set) {
        return new Field<>(name, type, false, get, set);
    }

    static <X> ListOf<X> list(Type<X> element) {
        return new ListOf<>(element);
    }

    static <T> Obj<T> obj(Schema<T> schema) {
        return new Obj<>(schema);
    }

    static <E extends Enum<E>> EnumName<E> names(Class<E> type) {
        return new EnumName<>(type);
    }

    // ------------------------------------------------------------------ plan format v1

    static final Text TEXT = new Text(false);
    static final Text NON_BLANK = new Text(true);
    static final Code CODE = new Code(false, RefTarget.NONE);
    static final Code COUNTY_REF = new Code(false, RefTarget.COUNTY);
    static final Code SUBMITTED_REF = new Code(false, RefTarget.COUNTY_OR_PREFECTURE);
    static final Code PROVINCE_CODE = new Code(true, RefTarget.NONE);
    static final Date DATE = new Date();
    static final Bool BOOL = new Bool();
    static final Decimal MONEY = new Decimal("money as a non-negative decimal in yuan", true);
    static final Decimal GROWTH = new Decimal("a growth rate as a decimal fraction (0.35 for 35%)", false);
    static final Decimal HOURS = new Decimal("training hours as a non-negative decimal", true);
    static final Int COUNT = new Int(0, Integer.MAX_VALUE, "a whole number >= 0");
    static final Int RANK = new Int(1, Integer.MAX_VALUE, "a whole number >= 1");
    static final Int YEAR = new Int(1990, 2100, "a year between 1990 and 2100");
    static final Constant<Integer> FORMAT = new Constant<>(PlanDocument.FORMAT,
            n -> n.isNumber() && n.decimalValue().compareTo(BigDecimal.ONE) == 0 ? PlanDocument.FORMAT : null,
            "format 1 (the only format version this reader reads)");
    /** The edition of the notice's own rule base. */
    static final String EDITION_2018 = "2018";
    /**
     * An edition name ("2018", "2018-甘肃"): letters, digits, '-', '_' and '.', starting with a letter
     * or digit, at most 64 characters. Which editions exist is the rule base's to say, not the reader's.
     */
    static final Pattern EDITION_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");
    static final Type<String> EDITION = new Type<>() {
        @Override
        String read(Binder b, JsonNode n, Ptr at) {
            if (n.isTextual() && EDITION_NAME.matcher(n.textValue()).matches()) {
                return n.textValue();
            }
            b.error(at, "expected an edition name as a string, such as \"2018\" (letters, digits, '-', '_' and '.', "
                    + "at most 64 characters), found " + describe(n));
            return null;
        }

        @Override
        void write(StringBuilder out, String value, int indent) {
            out.append(quote(value));
        }
    };

    /** Key sets: the words double as the name of the key in messages. */
    static final String COUNTY_CODES = "county code";
    static final String PREFECTURE_CODES = "prefecture code";

    static final Schema<Province> PROVINCE = new Schema<>(Province::new,
            req("code", PROVINCE_CODE, Province::getCode, Province::setCode),
            req("name", NON_BLANK, Province::getName, Province::setName),
            opt("disclosureColumn", BOOL, Province::getDisclosureColumn, Province::setDisclosureColumn),
            opt("reportingChannel", BOOL, Province::getReportingChannel, Province::setReportingChannel));

    static final Schema<Villages> VILLAGES = new Schema<>(Villages::new,
            opt("administrative", COUNT, Villages::getAdministrative, Villages::setAdministrative),
            opt("administrativeServed", COUNT, Villages::getAdministrativeServed, Villages::setAdministrativeServed),
            opt("registeredPoor", COUNT, Villages::getRegisteredPoor, Villages::setRegisteredPoor),
            opt("registeredPoorServed", COUNT, Villages::getRegisteredPoorServed, Villages::setRegisteredPoorServed))
            .after((b, v, at) -> {
                servedWithinTotal(b, at, "administrative", v.getAdministrative(), v.getAdministrativeServed());
                servedWithinTotal(b, at, "registeredPoor", v.getRegisteredPoor(), v.getRegisteredPoorServed());
            });

    static final Schema<County> COUNTY = new Schema<>(County::new,
            req("code", CODE, County::getCode, County::setCode).unique(COUNTY_CODES),
            opt("name", TEXT, County::getName, County::setName),
            opt("prefectureCode", CODE, County::getPrefectureCode, County::setPrefectureCode),
            opt("prefecture", TEXT, County::getPrefecture, County::setPrefecture),
            opt("divisionType", names(DivisionType.class), County::getDivisionType, County::setDivisionType),
            opt("nationalKeyCounty", BOOL, County::getNationalKeyCounty, County::setNationalKeyCounty),
            opt("contiguousArea", TEXT, County::getContiguousArea, County::setContiguousArea),
            opt("oldAreaRegion", names(OldAreaRegion.class), County::getOldAreaRegion, County::setOldAreaRegion),
            opt("supportedInYear", YEAR, County::getSupportedInYear, County::setSupportedInYear),
            opt("villages", obj(VILLAGES), County::getVillages, County::setVillages),
            opt("onlineRetailGrowth", GROWTH, County::getOnlineRetailGrowth, County::setOnlineRetailGrowth),
            opt("agriOnlineRetailGrowth", GROWTH, County::getAgriOnlineRetailGrowth, County::setAgriOnlineRetailGrowth));

    static final Schema<NationalRuralAverage> NATIONAL_RURAL_AVERAGE = new Schema<>(NationalRuralAverage::new,
            opt("onlineRetailGrowth", GROWTH, NationalRuralAverage::getOnlineRetailGrowth,
                    NationalRuralAverage::setOnlineRetailGrowth),
            opt("agriOnlineRetailGrowth", GROWTH, NationalRuralAverage::getAgriOnlineRetailGrowth,
                    NationalRuralAverage::setAgriOnlineRetailGrowth));

    static final Schema<Filing> FILING = new Schema<>(Filing::new,
            req("receivedOn", DATE, Filing::getReceivedOn, Filing::setReceivedOn),
            opt("contents", list(names(FilingContent.class)), Filing::getContents, Filing::setContents).keepEmpty());

    static final Schema<Nomination> NOMINATION = new Schema<>(Nomination::new,
            req("county", COUNTY_REF, Nomination::getCounty, Nomination::setCounty),
            req("track", names(Track.class), Nomination::getTrack, Nomination::setTrack),
            opt("rank", RANK, Nomination::getRank, Nomination::setRank));

    static final Schema<PrefecturePromotion> PREFECTURE_PROMOTION = new Schema<>(PrefecturePromotion::new,
            req("prefecture", CODE, PrefecturePromotion::getPrefecture, PrefecturePromotion::setPrefecture)
                    .unique(PREFECTURE_CODES), // the notice has a prefecture promote its counties once
            opt("agreedCounties", list(COUNTY_REF), PrefecturePromotion::getAgreedCounties,
                    PrefecturePromotion::setAgreedCounties).keepEmpty());

    static final Schema<FinalSubmission> FINAL_SUBMISSION = new Schema<>(FinalSubmission::new,
            req("sentOn", DATE, FinalSubmission::getSentOn, FinalSubmission::setSentOn),
            req("form", names(SubmissionForm.class), FinalSubmission::getForm, FinalSubmission::setForm),
            opt("counties", list(SUBMITTED_REF), FinalSubmission::getCounties, FinalSubmission::setCounties).keepEmpty());

    static final Schema<WorkPlan> WORK_PLAN = new Schema<>(WorkPlan::new,
            opt("items", list(names(WorkPlanItem.class)), WorkPlan::getItems, WorkPlan::setItems).keepEmpty());

    static final Schema<Justification> JUSTIFICATION = new Schema<>(Justification::new,
            req("rule", NON_BLANK, Justification::getRule, Justification::setRule),
            opt("text", TEXT, Justification::getText, Justification::setText));

    static final Schema<DemoArea> AREA = new Schema<>(DemoArea::new,
            req("code", CODE, DemoArea::getCode, DemoArea::setCode).unique("area code"),
            opt("postTrainingService", BOOL, DemoArea::getPostTrainingService, DemoArea::setPostTrainingService),
            opt("infoSystemConnected", BOOL, DemoArea::getInfoSystemConnected, DemoArea::setInfoSystemConnected),
            opt("disclosureColumn", BOOL, DemoArea::getDisclosureColumn, DemoArea::setDisclosureColumn),
            opt("justifications", list(obj(JUSTIFICATION)), DemoArea::getJustifications, DemoArea::setJustifications));

    static final Schema<FundAllocation> FUND_ALLOCATION = new Schema<>(FundAllocation::new,
            req("area", CODE, FundAllocation::getArea, FundAllocation::setArea),
            req("recipient", CODE, FundAllocation::getRecipient, FundAllocation::setRecipient),
            req("centralFunds", MONEY, FundAllocation::getCentralFunds, FundAllocation::setCentralFunds));

    static final Schema<Ledger> LEDGER = new Schema<>(Ledger::new,
            opt("responsible", TEXT, Ledger::getResponsible, Ledger::setResponsible),
            opt("deadline", DATE, Ledger::getDeadline, Ledger::setDeadline).blankIsAbsent());

    static final Schema<ProjectItem> PROJECT = new Schema<>(ProjectItem::new,
            req("id", NON_BLANK, ProjectItem::getId, ProjectItem::setId).unique("project id"),
            req("area", CODE, ProjectItem::getArea, ProjectItem::setArea),
            opt("name", TEXT, ProjectItem::getName, ProjectItem::setName),
            req("direction", names(Direction.class), ProjectItem::getDirection, ProjectItem::setDirection),
            req("expenseType", names(ExpenseType.class), ProjectItem::getExpenseType, ProjectItem::setExpenseType),
            opt("centralFunds", MONEY, ProjectItem::getCentralFunds, ProjectItem::setCentralFunds),
            opt("localFunds", MONEY, ProjectItem::getLocalFunds, ProjectItem::setLocalFunds),
            opt("socialFunds", MONEY, ProjectItem::getSocialFunds, ProjectItem::setSocialFunds),
            opt("supportMethod", names(SupportMethod.class), ProjectItem::getSupportMethod, ProjectItem::setSupportMethod),
            opt("ledger", obj(LEDGER), ProjectItem::getLedger, ProjectItem::setLedger),
            opt("status", names(ProjectStatus.class), ProjectItem::getStatus, ProjectItem::setStatus),
            opt("signage", BOOL, ProjectItem::getSignage, ProjectItem::setSignage),
            opt("transactionInfo", BOOL, ProjectItem::getTransactionInfo, ProjectItem::setTransactionInfo),
            opt("activityInfo", BOOL, ProjectItem::getActivityInfo, ProjectItem::setActivityInfo),
            opt("poorHouseholdRecords", BOOL, ProjectItem::getPoorHouseholdRecords, ProjectItem::setPoorHouseholdRecords),
            opt("onlineSalesRecords", BOOL, ProjectItem::getOnlineSalesRecords, ProjectItem::setOnlineSalesRecords),
            opt("contractorAssessed", BOOL, ProjectItem::getContractorAssessed, ProjectItem::setContractorAssessed),
            opt("operationPlan", BOOL, ProjectItem::getOperationPlan, ProjectItem::setOperationPlan),
            opt("stationFunctions", list(names(StationFunction.class)), ProjectItem::getStationFunctions,
                    ProjectItem::setStationFunctions));

    static final Schema<TrainingRecord> TRAINING_RECORD = new Schema<>(TrainingRecord::new,
            req("id", NON_BLANK, TrainingRecord::getId, TrainingRecord::setId).unique("training record id"),
            req("area", CODE, TrainingRecord::getArea, TrainingRecord::setArea),
            opt("date", DATE, TrainingRecord::getDate, TrainingRecord::setDate).blankIsAbsent(),
            opt("trainee", TEXT, TrainingRecord::getTrainee, TrainingRecord::setTrainee).distinct(),
            opt("group", names(TraineeGroup.class), TrainingRecord::getGroup, TrainingRecord::setGroup).blankIsAbsent(),
            opt("topics", list(names(TrainingTopic.class)), TrainingRecord::getTopics, TrainingRecord::setTopics),
            opt("hours", HOURS, TrainingRecord::getHours, TrainingRecord::setHours).blankIsAbsent(),
            opt("organiser", TEXT, TrainingRecord::getOrganiser, TrainingRecord::setOrganiser));

    static final Schema<IdleFundReallocation> IDLE_FUND_REALLOCATION = new Schema<>(IdleFundReallocation::new,
            req("id", NON_BLANK, IdleFundReallocation::getId, IdleFundReallocation::setId).unique("reallocation id"),
            opt("fromArea", CODE, IdleFundReallocation::getFromArea, IdleFundReallocation::setFromArea),
            req("toCounty", CODE, IdleFundReallocation::getToCounty, IdleFundReallocation::setToCounty),
            req("amount", MONEY, IdleFundReallocation::getAmount, IdleFundReallocation::setAmount),
            opt("recipientRatedOutstanding", BOOL, IdleFundReallocation::getRecipientRatedOutstanding,
                    IdleFundReallocation::setRecipientRatedOutstanding));

    /** Top-level parts that need {@code province}: the province-level parts. */
    static final List<String> PROVINCE_LEVEL_PARTS = List.of("filing", "nominations", "finalSubmission", "quota", "workPlan");

    static final Schema<PlanDocument> DOCUMENT = new Schema<>(PlanDocument::new,
            req("format", FORMAT, PlanDocument::getFormat, PlanDocument::setFormat),
            req("edition", EDITION, PlanDocument::getEdition, PlanDocument::setEdition),
            opt("evaluationDate", DATE, PlanDocument::getEvaluationDate, PlanDocument::setEvaluationDate),
            opt("province", obj(PROVINCE), PlanDocument::getProvince, PlanDocument::setProvince),
            opt("counties", list(obj(COUNTY)), PlanDocument::getCounties, PlanDocument::setCounties),
            opt("nationalRuralAverage", obj(NATIONAL_RURAL_AVERAGE), PlanDocument::getNationalRuralAverage,
                    PlanDocument::setNationalRuralAverage),
            opt("filing", obj(FILING), PlanDocument::getFiling, PlanDocument::setFiling),
            opt("nominations", list(obj(NOMINATION)), PlanDocument::getNominations, PlanDocument::setNominations),
            opt("prefecturePromotions", list(obj(PREFECTURE_PROMOTION)), PlanDocument::getPrefecturePromotions,
                    PlanDocument::setPrefecturePromotions),
            opt("finalSubmission", obj(FINAL_SUBMISSION), PlanDocument::getFinalSubmission,
                    PlanDocument::setFinalSubmission),
            opt("quota", COUNT, PlanDocument::getQuota, PlanDocument::setQuota),
            opt("workPlan", obj(WORK_PLAN), PlanDocument::getWorkPlan, PlanDocument::setWorkPlan),
            opt("areas", list(obj(AREA)), PlanDocument::getAreas, PlanDocument::setAreas),
            opt("fundAllocations", list(obj(FUND_ALLOCATION)), PlanDocument::getFundAllocations,
                    PlanDocument::setFundAllocations),
            opt("projects", list(obj(PROJECT)), PlanDocument::getProjects, PlanDocument::setProjects),
            opt("trainingRecords", list(obj(TRAINING_RECORD)), PlanDocument::getTrainingRecords,
                    PlanDocument::setTrainingRecords),
            opt("idleFundReallocations", list(obj(IDLE_FUND_REALLOCATION)), PlanDocument::getIdleFundReallocations,
                    PlanDocument::setIdleFundReallocations))
            .before((b, n, at) -> {
                if (n.isAbsent("province")) {
                    List<String> present = PROVINCE_LEVEL_PARTS.stream()
                            .filter(part -> !n.isAbsent(part) && !n.isEmptyArray(part))
                            .collect(Collectors.toList());
                    if (!present.isEmpty()) {
                        b.error(at.field("province"), "required field \"province\" (with code and name) is missing; it is"
                                + " required because the document has " + String.join(", ", present));
                    }
                }
            });

    static final Obj<PlanDocument> DOCUMENT_TYPE = obj(DOCUMENT);

    // ------------------------------------------------------------------ helpers

    /** Whether {@code s[from..to)} is ASCII digits, at least one. */
    static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is a GB/T 2260 code in form: six ASCII digits, the first not 0. */
    static boolean isCode(String s) {
        return s.length() == 6 && s.charAt(0) != '0' && digits(s, 0, 6);
    }

    /** Whether {@code s} is a plain decimal: {@code -?[0-9]+(\.[0-9]+)?}. */
    static boolean isPlainDecimal(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int point = s.indexOf('.');
        return point < 0 ? digits(s, start, s.length()) : digits(s, start, point) && digits(s, point + 1, s.length());
    }

    private static void servedWithinTotal(Binder b, Ptr at, String total, Integer all, Integer served) {
        if (all != null && served != null && served > all) {
            b.error(at.field(total + "Served"), "expected at most " + total + " (" + all + ") villages served, found "
                    + served + ", more than the total");
        }
    }

    private static final int QUOTE_LIMIT = 80;

    /** A string as a JSON string literal, shortened past {@value #QUOTE_LIMIT} characters. */
    static String quoteShort(String s) {
        return s.length() <= QUOTE_LIMIT ? quote(s) : quote(s.substring(0, QUOTE_LIMIT)) + "… (" + s.length() + " characters)";
    }

    /** A string as a JSON string literal (quotes, backslashes and control characters escaped). */
    static String quote(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }

    /** What a value is, for "found ..." in messages. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        } else if (n.isNull()) {
            return "null";
        } else if (n.isTextual()) {
            return quoteShort(n.textValue());
        } else if (n.isNumber()) {
            String s = n.decimalValue().toString();
            return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "…";
        } else if (n.isBoolean()) {
            return String.valueOf(n.booleanValue());
        } else if (n.isObject()) {
            return "an object";
        } else if (n.isArray()) {
            return "an array";
        }
        return n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    static StringBuilder indent(StringBuilder out, int levels) {
        for (int i = 0; i < levels; i++) {
            out.append("  ");
        }
        return out;
    }

    /** A field name close to {@code name} (a typo or a case slip), or null. */
    static String closest(String name, Iterable<String> candidates) {
        if (name.length() > 64) {
            return null;
        }
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = c.equalsIgnoreCase(name) ? 0 : distance(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        return org.ecrural.model.Spelling.distance(a, b);
    }
}
