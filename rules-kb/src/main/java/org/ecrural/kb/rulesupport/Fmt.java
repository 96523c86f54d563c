package org.ecrural.kb.rulesupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Exact money and share arithmetic and formatting for DRL rules. Shares are compared exactly by
 * multiplication, never by a rounded quotient; they are shown with two decimals rounded away
 * from the limit, so a failing share never reads as the limit itself.
 */
public final class Fmt {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fmt() {
    }

    /** @return the exact sum of the amounts, nulls counted as zero */
    public static BigDecimal sum(Collection<?> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Object a : amounts) {
            if (a != null) {
                total = total.add((BigDecimal) a);
            }
        }
        return total;
    }

    /** @return whether part / whole &lt; share, exactly; false where whole is zero */
    public static boolean shareBelow(BigDecimal part, BigDecimal whole, BigDecimal share) {
        return whole.signum() > 0 && part.compareTo(whole.multiply(share)) < 0;
    }

    /** @return whether part / whole &gt; share, exactly; false where whole is zero */
    public static boolean shareAbove(BigDecimal part, BigDecimal whole, BigDecimal share) {
        return whole.signum() > 0 && part.compareTo(whole.multiply(share)) > 0;
    }

    /** @return part / whole as a percentage with two decimals, rounded down: "49.99%" for 49.995% */
    public static String pctDown(BigDecimal part, BigDecimal whole) {
        return pct(part, whole, RoundingMode.FLOOR);
    }

    /** @return part / whole as a percentage with two decimals, rounded up: "15.01%" for 15.001% */
    public static String pctUp(BigDecimal part, BigDecimal whole) {
        return pct(part, whole, RoundingMode.CEILING);
    }

    private static String pct(BigDecimal part, BigDecimal whole, RoundingMode mode) {
        if (whole.signum() == 0) {
            return "n/a";
        }
        return part.multiply(HUNDRED).divide(whole, 2, mode).toPlainString() + "%";
    }

    /** @return a share such as 0.5 written as "50.00%" */
    public static String pct(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** @return a growth figure such as 0.35 as "35.00%", signed when negative */
    public static String growth(BigDecimal fraction) {
        return pct(fraction);
    }

    /**
     * @return a growth figure measured against a limit, as a percentage rounded away from the
     *         limit: 29.999% against 30% reads "29.99%", never the limit itself
     */
    public static String growthAgainst(BigDecimal fraction, BigDecimal limit) {
        RoundingMode mode = fraction.compareTo(limit) < 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
        return fraction.multiply(HUNDRED).setScale(2, mode).toPlainString() + "%";
    }

    /** @return a margin in percentage points, signed: "+5.00 pp" */
    public static String points(BigDecimal fraction) {
        BigDecimal p = fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        return (p.signum() >= 0 ? "+" : "") + p.toPlainString() + " pp";
    }

    /** @return an amount in yuan with at least two decimals, e.g. "3000000.00" */
    public static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "0.00";
        }
        return amount.scale() <= 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : amount.stripTrailingZeros().toPlainString();
    }

    /** @return the amount rounded up to the next fen (cent), so a remedy of that size suffices */
    public static BigDecimal ceilFen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.CEILING);
    }

    /** @return share × whole − part, rounded up to the fen: what must be added to part to reach the share */
    public static BigDecimal shortfall(BigDecimal part, BigDecimal whole, BigDecimal share) {
        return ceilFen(whole.multiply(share).subtract(part));
    }

    /** @return part − share × whole, rounded up to the fen: what must leave part to get down to the share */
    public static BigDecimal excess(BigDecimal part, BigDecimal whole, BigDecimal share) {
        return ceilFen(part.subtract(whole.multiply(share)));
    }

    /** @return the values sorted and joined with ", " */
    public static String list(Collection<?> values) {
        return values.stream().filter(Objects::nonNull).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
    }

    /** @return the values sorted and joined with "、" for Chinese text */
    public static String listZh(Collection<?> values) {
        return values.stream().filter(Objects::nonNull).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("、"));
    }

    /** @return a county's name and code, "通渭县 (621121)", or the code alone */
    public static String county(String name, String code) {
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }

    /** @return whether a string is absent or blank */
    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
