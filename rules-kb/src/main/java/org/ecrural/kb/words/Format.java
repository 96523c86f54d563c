package org.ecrural.kb.words;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ecrural.kb.report.Language;

/**
 * Formatting by type, in each language: the typed values a rule records and the properties of
 * facts its templates read.
 *
 * <ul>
 *   <li>money: {@code 1,600,000.00 元} / {@code 1,600,000.00 yuan} (at least two decimals, more when the amount has them);</li>
 *   <li>share of a part in a whole: {@code 49.99%}, two decimals rounded away from the limit it was measured against;</li>
 *   <li>percent (a parameter share such as 0.5): {@code 50.00%};</li>
 *   <li>count share: {@code 49.34% (75 of 152)} / {@code 49.34%（152 个中的 75 个）}, the share rounded away from the limit;</li>
 *   <li>points (a margin): {@code +5.00 pp} / {@code +5.00 个百分点}, rounded away from zero;</li>
 *   <li>count: {@code 3}; date: {@code 2018年5月31日} / {@code 31 May 2018};</li>
 *   <li>enum value: its label ({@link Labels}); code or id: as written;</li>
 *   <li>list: each element by its type, joined with {@code 、} / {@code , }; empty: 无 / none;</li>
 *   <li>fact: its name and id, {@code 通渭县（621121）} / {@code 通渭县 (621121)}, or its id alone when it has no name;</li>
 *   <li>yes/no evidence: 是 / 否 / 未提供证明, yes / no / not evidenced; an absent value: 未填写 / not stated;</li>
 *   <li>a yes/no evidence field with what a fact states of it: 交易信息（否） / transaction information (no).</li>
 * </ul>
 */
final class Format {
    /** Format specs a placeholder may name after a colon: {@code {item.centralFunds:money}}. */
    static final Set<String> SPECS = Set.of("money", "percent", "count", "date", "code", "label", "lines");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** per class, its getters by property name, looked up once */
    private static final ClassValue<Map<String, Optional<Method>>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final List<String> ID_PROPERTIES = List.of("id", "code", "county", "prefecture", "recipient");
    /** per class, the getter of its id ({@link #ID_PROPERTIES}, the first it has), or none */
    private static final ClassValue<Optional<Method>> ID_GETTERS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            for (String p : ID_PROPERTIES) {
                Optional<Method> m = getter(type, p);
                if (m.isPresent()) {
                    return m;
                }
            }
            return Optional.empty();
        }
    };

    private Format() {
    }

    /** An amount of money in yuan. */
    record Money(BigDecimal yuan) {
    }

    /** A share of part in whole, shown rounded with the given mode (away from the limit it is measured against). */
    record Share(BigDecimal part, BigDecimal whole, RoundingMode mode) {
    }

    /** A fraction such as an edition parameter 0.50, shown as a percentage: 50.00%. */
    record Percent(BigDecimal fraction) {
    }

    /** A count out of a total with its share, shown rounded with the given mode: {@code 49.34% (75 of 152)}. */
    record CountShare(long part, long whole, RoundingMode mode) {
    }

    /** A margin between two fractions in percentage points, signed, rounded away from zero: {@code +5.00 pp}. */
    record Points(BigDecimal fraction) {
    }

    /** A code or id, shown as written. */
    record Code(String code) {
    }

    /** A province-level division by its code, named from the label table: 陕西省（610000） / Shaanxi (province 610000). */
    record ProvinceCode(String code) {
    }

    /** A thing named by its id and, where it has one, its name. */
    record Named(String id, String name) {
    }

    /** A yes/no evidence field and what a fact states of it: 交易信息（否） / transaction information (no). */
    record Stated(Enum<?> field, Boolean value) {
    }

    /** A value a fact does not state: an absent yes/no evidence field, or any other absent value. */
    enum Absent {
        EVIDENCE, VALUE
    }

    static String format(Object value, String spec, Language lang, Labels labels) {
        if (spec != null) {
            value = convert(value, spec);
        }
        boolean zh = lang == Language.ZH;
        if (value == null || value == Absent.VALUE) {
            return zh ? "未填写" : "not stated";
        }
        if (value == Absent.EVIDENCE) {
            return zh ? "未提供证明" : "not evidenced";
        }
        if (value instanceof Money m) {
            return money(m.yuan(), lang);
        }
        if (value instanceof BigDecimal b) {
            return money(b, lang);
        }
        if (value instanceof Share s) {
            return share(s, lang);
        }
        if (value instanceof CountShare c) {
            String share = share(new Share(BigDecimal.valueOf(c.part()), BigDecimal.valueOf(c.whole()), c.mode()), lang);
            return zh ? share + "（" + c.whole() + " 个中的 " + c.part() + " 个）" : share + " (" + c.part() + " of " + c.whole() + ")";
        }
        if (value instanceof Points p) {
            return points(p.fraction(), lang);
        }
        if (value instanceof Percent p) {
            return p.fraction().multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
        }
        if (value instanceof Stated s) {
            String state = format(s.value() == null ? Absent.EVIDENCE : s.value(), null, lang, labels);
            return labels.of(s.field(), lang) + (zh ? "（" + state + "）" : " (" + state + ")");
        }
        if (value instanceof Code c) {
            return c.code();
        }
        if (value instanceof Named n) {
            return named(n.id(), n.name(), lang);
        }
        if (value instanceof ProvinceCode p) {
            return province(p.code(), lang, labels);
        }
        if (value instanceof LocalDate d) {
            return date(d, lang);
        }
        if (value instanceof Boolean b) {
            return zh ? (b ? "是" : "否") : (b ? "yes" : "no");
        }
        if (value instanceof Enum<?> e) {
            return labels.of(e, lang);
        }
        if (value instanceof Number || value instanceof String) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return zh ? "无" : "none";
            }
            StringBuilder out = new StringBuilder();
            boolean first = true;
            for (Object o : c) { // no stream: this runs for every listed value of every finding
                if (!first) {
                    out.append(zh ? "、" : ", ");
                }
                first = false;
                out.append(format(o, null, lang, labels));
            }
            return out.toString();
        }
        if (value instanceof Object[] a) {
            return format(List.of(a), null, lang, labels);
        }
        return named(id(value), name(value), lang);
    }

    /** Applies a format spec: money and percent read a decimal, code shows an enum's name or a list's codes. */
    private static Object convert(Object value, String spec) {
        return switch (spec) {
            case "money" -> value instanceof BigDecimal b ? new Money(b) : value;
            case "percent" -> value instanceof BigDecimal b ? new Percent(b) : value;
            case "count" -> value instanceof Collection<?> c ? (long) c.size() : value;
            case "code" -> value instanceof Enum<?> e ? new Code(e.name())
                    : value instanceof Collection<?> c ? c.stream().map(o -> o instanceof Enum<?> e ? new Code(e.name()) : o).toList()
                    : value instanceof Named n ? new Code(n.id())
                    : value instanceof ProvinceCode p ? new Code(p.code())
                    : value;
            default -> value;
        };
    }

    static String money(BigDecimal amount, Language lang) {
        BigDecimal s = amount.scale() > 2 ? amount.stripTrailingZeros() : amount;
        if (s.scale() < 2) {
            s = s.setScale(2, RoundingMode.UNNECESSARY);
        }
        String plain = s.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (s.signum() < 0 ? "-" : "") + grouped + plain.substring(dot) + (lang == Language.ZH ? " 元" : " yuan");
    }

    static String share(Share s, Language lang) {
        if (s.whole().signum() == 0) {
            return lang == Language.ZH ? "无从计算" : "n/a";
        }
        return s.part().multiply(HUNDRED).divide(s.whole(), 2, s.mode()).toPlainString() + "%";
    }

    /** @return 陕西省（610000） / Shaanxi (province 610000); 省份 990000 / province 990000 where the table has no name */
    static String province(String code, Language lang, Labels labels) {
        org.ecrural.kb.report.Text name = labels.province(code);
        boolean zh = lang == Language.ZH;
        if (name == null) {
            return zh ? "省份 " + code : "province " + code;
        }
        return zh ? name.zh() + "（" + code + "）" : name.en() + " (province " + code + ")";
    }

    /** A margin in percentage points, two decimals rounded away from zero: +0.01 pp, 0.00 pp, -0.01 pp. */
    static String points(BigDecimal fraction, Language lang) {
        BigDecimal p = fraction.multiply(HUNDRED);
        String unit = lang == Language.ZH ? " 个百分点" : " pp";
        if (p.signum() == 0) {
            return "0.00" + unit;
        }
        p = p.setScale(2, p.signum() > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + unit;
    }

    static String date(LocalDate d, Language lang) {
        return lang == Language.ZH ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    static String named(String id, String name, Language lang) {
        if (name == null || name.isBlank() || name.equals(id)) {
            return id == null ? "" : id;
        }
        if (id == null || id.isBlank()) {
            return name;
        }
        return lang == Language.ZH ? name + "（" + id + "）" : name + " (" + id + ")";
    }

    /** @return a fact's id: its id, code, county, prefecture or recipient property, or its text */
    static String id(Object fact) {
        Optional<Method> m = ID_GETTERS.get(fact.getClass());
        if (m.isPresent()) {
            Object v = invoke(m.get(), fact);
            return v == null ? null : v.toString();
        }
        return fact.toString();
    }

    /** @return a fact's name property, or null */
    static String name(Object fact) {
        return getter(fact.getClass(), "name").map(m -> invoke(m, fact)).map(Object::toString).orElse(null);
    }

    /**
     * @return the value of a property of a recorded value: {@code size} of a list, or a fact's
     *         getter ({@code centralFunds} → getCentralFunds(), {@code signage} → getSignage() or isSignage())
     * @throws IllegalArgumentException when the value has no such property
     */
    static Object property(Object target, String name) {
        if (target instanceof Collection<?> c && name.equals("size")) {
            return (long) c.size();
        }
        if (target instanceof Named n && name.equals("id")) {
            return new Code(n.id());
        }
        if (target instanceof Named n && name.equals("name")) {
            return n.name() == null ? n.id() : n.name();
        }
        if (target == null || target instanceof Absent) {
            return Absent.VALUE;
        }
        Method m = getter(target.getClass(), name).orElseThrow(() -> new IllegalArgumentException(
                target.getClass().getSimpleName() + " has no property " + name));
        Object v = invoke(m, target);
        if (v == null) {
            return m.getReturnType() == Boolean.class ? Absent.EVIDENCE : Absent.VALUE;
        }
        if (v instanceof Collection<?> c) {
            // a list the plan states (a record's topics, a project's station functions) reads in a fixed
            // order, whatever the order the plan gave it: the same plan, the same report
            return Values.sorted(c);
        }
        return v;
    }

    /** @return whether a class has a readable property of that name */
    static boolean hasProperty(Class<?> type, String name) {
        return getter(type, name).isPresent();
    }

    static Optional<Method> getter(Class<?> type, String name) {
        return GETTERS.get(type).computeIfAbsent(name, k -> {
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String candidate : List.of("get" + cap, "is" + cap)) {
                try {
                    Method m = type.getMethod(candidate);
                    if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                        return Optional.of(m);
                    }
                } catch (NoSuchMethodException e) {
                    // try the next form
                }
            }
            return Optional.empty();
        });
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + m.getName() + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
