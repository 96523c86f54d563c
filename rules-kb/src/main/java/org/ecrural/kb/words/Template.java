package org.ecrural.kb.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.RuleProblem;

/**
 * One template of a words file: text with named placeholders. {@code {name}} shows a value the
 * rule recorded under that name, formatted by its type; {@code {name.property}} a property of it
 * ({@code {item.centralFunds}}, {@code {missing.size}}); {@code {name:spec}} formats it as money,
 * percent, count, date, code (an enum's name as written in the plan) or label; {@code {name:lines}} writes
 * each element of a list through the evidence template of that name (or of the element's type). {@code {{} and
 * {@code }}} write a brace. Its text never changes; it keeps some texts it wrote ({@link #memo}), and is
 * safe to share between threads.
 */
final class Template {
    /** A piece of a template: literal text, or a placeholder (root, property path, spec). */
    record Part(String literal, String root, List<String> path, String spec) {
        boolean isPlaceholder() {
            return root != null;
        }
    }

    private final String source;
    private final List<Part> parts;
    /** the parts again, as an array: rendering runs for every finding */
    private final Part[] partArray;
    final String file;
    final int line;

    /** the length a rendering starts with: the literal text and room for the values */
    private final int capacity;

    /** the text of a template without placeholders, or null */
    private final String constant;
    /** the number of placeholders */
    private final int placeholderCount;
    /**
     * Renderings kept for reuse, or null where the template names the finding's subject, its evidence
     * item or a list of lines (values that differ from finding to finding). A limit or a remedy that
     * names only edition parameters and labelled values ("one of {groups}") reads the same for thousands
     * of findings: it is written once per distinct set of values and shared. Only values that cannot
     * change are compared and kept (text, numbers, dates, enum values, the formats' own values and lists
     * of them); a rendering that reads a fact is never kept. Slots are replaced in turn and read without
     * locks: a {@link Memo} is immutable, so a thread sees a whole one, an older one or none.
     */
    private final Memo[] memo;
    /** per part: the last list it showed, where the list's values cannot change (see {@link #formatList}); null where {@link #memo} is used */
    private final Memo[] listMemo;
    private int memoNext;
    private int memoTries;
    private int memoHits;

    private Template(String source, List<Part> parts, String file, int line) {
        this.source = source;
        this.parts = List.copyOf(parts);
        this.partArray = this.parts.toArray(new Part[0]);
        this.file = file;
        this.line = line;
        int length = 0;
        int count = 0;
        boolean memoable = true;
        for (Part p : partArray) {
            if (p.isPlaceholder()) {
                length += 16;
                count++;
                if ("lines".equals(p.spec()) || p.root().equals("subject") || p.root().equals("item")) {
                    memoable = false;
                }
            } else {
                length += p.literal().length();
            }
        }
        this.capacity = length;
        this.placeholderCount = count;
        this.constant = count == 0 ? String.join("", parts.stream().map(Part::literal).toList()) : null;
        this.memo = count > 0 && memoable ? new Memo[MEMO_SLOTS] : null;
        // only the templates rendered without kept renderings keep lists per placeholder
        this.listMemo = count > 0 && !memoable ? new Memo[partArray.length] : null;
    }

    /** Renderings kept per template. */
    static final int MEMO_SLOTS = 4;
    /** Renderings tried before a template whose values seldom repeat stops keeping them. */
    private static final int MEMO_TRIAL = 256;

    /** A rendering kept: the placeholders' values (each unchangeable), the language, the labels and the text. */
    private record Memo(Object[] values, Language lang, Labels labels, String text) {
    }

    /** Parses a template; syntax problems are added to problems at the template's line. */
    static Template parse(String file, int line, String text, List<RuleProblem> problems) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                problems.add(new RuleProblem(file, line, 0, "template \"" + text + "\": a lone } (write }} for a brace)"));
                i++;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    problems.add(new RuleProblem(file, line, 0, "template \"" + text + "\": a { is never closed"));
                    break;
                }
                String inner = text.substring(i + 1, end).strip();
                String spec = null;
                int colon = inner.indexOf(':');
                if (colon >= 0) {
                    spec = inner.substring(colon + 1).strip();
                    inner = inner.substring(0, colon).strip();
                    if (!Format.SPECS.contains(spec)) {
                        problems.add(new RuleProblem(file, line, 0, "template \"" + text + "\": unknown format :" + spec
                                + Words.didYouMean(spec, Format.SPECS) + "; one of " + String.join(", ", new java.util.TreeSet<>(Format.SPECS))));
                    }
                }
                if (!isPlaceholder(inner)) {
                    problems.add(new RuleProblem(file, line, 0, "template \"" + text + "\": {" + text.substring(i + 1, end)
                            + "} is not a placeholder; write {name}, {name.property} or {name:format}"));
                } else {
                    if (literal.length() > 0) {
                        parts.add(new Part(literal.toString(), null, List.of(), null));
                        literal.setLength(0);
                    }
                    List<String> path = List.of(inner.split("\\."));
                    parts.add(new Part(null, path.get(0), path.subList(1, path.size()), spec));
                }
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), null, List.of(), null));
        }
        return new Template(text, parts, file, line);
    }

    /**
     * @return whether {@code s} is a placeholder's name and property path: names of a letter then
     *         letters, digits or '_', joined by '.' ({@code [A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*},
     *         checked without a regular expression: every placeholder of every words file is checked at start-up)
     */
    static boolean isPlaceholder(String s) {
        boolean nameStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (nameStart) {
                if (!letter) {
                    return false;
                }
                nameStart = false;
            } else if (c == '.') {
                nameStart = true;
            } else if (!letter && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return !nameStart;
    }

    /** @return the placeholders of the template */
    List<Part> placeholders() {
        return parts.stream().filter(Part::isPlaceholder).toList();
    }

    /**
     * @throws IllegalStateException when a placeholder names a value the rule did not record or
     *                               a property its value lacks (validation catches both before a
     *                               rule base is used)
     */
    String render(Map<String, Object> values, Language lang, Labels labels) {
        return render(values, lang, labels, null);
    }

    /** Writes a list named with {@code {name:lines}}: each element as the evidence line of that name, joined as a list. */
    interface Lines {
        String render(String name, Object list, Language lang);
    }

    /** Renders the template; {@code lines} writes the {@code {name:lines}} placeholders (null: none allowed). */
    String render(Map<String, Object> values, Language lang, Labels labels, Lines lines) {
        if (constant != null) {
            return constant;
        }
        Memo[] kept = memo;
        if (kept != null) {
            return renderKept(kept, values, lang, labels);
        }
        StringBuilder out = new StringBuilder(capacity);
        for (int k = 0; k < partArray.length; k++) {
            Part p = partArray[k];
            if (!p.isPlaceholder()) {
                out.append(p.literal());
                continue;
            }
            Object v = valueOf(p, values);
            if ("lines".equals(p.spec())) {
                if (lines == null) {
                    throw new IllegalStateException(file + ":" + line + ": template \"" + source + "\": {" + p.root()
                            + ":lines} is only for a rule's templates");
                }
                out.append(lines.render(p.root(), v, lang));
                continue;
            }
            out.append(v instanceof List<?> list && !list.isEmpty() ? formatList(k, p, list, lang, labels) : Format.format(v, p.spec(), lang, labels));
        }
        return out.toString();
    }

    /**
     * A list a placeholder shows, kept per placeholder when its values cannot change: a message that
     * names each record also names the edition's list of target groups, the same for every finding.
     */
    private String formatList(int k, Part p, List<?> list, Language lang, Labels labels) {
        if (!isUnchangeable(list)) {
            return Format.format(list, p.spec(), lang, labels);
        }
        Memo m = listMemo[k];
        if (m != null && m.lang() == lang && m.labels() == labels && m.values()[0].equals(list)) {
            return m.text();
        }
        String text = Format.format(list, p.spec(), lang, labels);
        listMemo[k] = new Memo(new Object[] {snapshot(list)}, lang, labels, text);
        return text;
    }

    /** Renders through the kept renderings: the placeholders' values first, then a kept text with the same values, or a new one. */
    private String renderKept(Memo[] kept, Map<String, Object> values, Language lang, Labels labels) {
        Object[] leaves = new Object[placeholderCount];
        boolean stable = true;
        int k = 0;
        for (Part p : partArray) {
            if (p.isPlaceholder()) {
                Object v = valueOf(p, values);
                stable &= isUnchangeable(v);
                leaves[k++] = v;
            }
        }
        if (!stable) {
            return write(leaves, lang, labels);
        }
        int tries = ++memoTries;
        for (Memo m : kept) {
            // values compare by equals: a BigDecimal by its exact form (2.0 and 2.00 read differently)
            if (m != null && m.lang() == lang && m.labels() == labels && java.util.Arrays.equals(m.values(), leaves)) {
                memoHits++;
                return m.text();
            }
        }
        String text = write(leaves, lang, labels);
        if (tries > MEMO_TRIAL && memoHits * 4 < tries) {
            return text; // its values seldom repeat: keep nothing more
        }
        Object[] copy = new Object[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            copy[i] = snapshot(leaves[i]);
        }
        int slot = memoNext;
        memoNext = (slot + 1) % kept.length;
        kept[slot] = new Memo(copy, lang, labels, text);
        return text;
    }

    /** The value a placeholder shows: the recorded value, down its property path. */
    private Object valueOf(Part p, Map<String, Object> values) {
        if (!values.containsKey(p.root())) {
            throw new IllegalStateException(file + ":" + line + ": template \"" + source + "\" names {" + p.root()
                    + "}, which the rule did not record (it recorded " + values.keySet() + ")");
        }
        Object v = values.get(p.root());
        try {
            List<String> path = p.path();
            for (int i = 0; i < path.size(); i++) {
                v = Format.property(v, path.get(i));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ":" + line + ": template \"" + source + "\": " + e.getMessage(), e);
        }
        return v;
    }

    /** Writes the template with its placeholders' values, in order. */
    private String write(Object[] leaves, Language lang, Labels labels) {
        StringBuilder out = new StringBuilder(capacity);
        int k = 0;
        for (Part p : partArray) {
            if (p.isPlaceholder()) {
                out.append(Format.format(leaves[k++], p.spec(), lang, labels));
            } else {
                out.append(p.literal());
            }
        }
        return out.toString();
    }

    /**
     * @return whether a value can never change, so a text written from it may be kept: absent, text,
     *         a number, a date, an enum value, a format's own value, or a list of such values
     */
    static boolean isUnchangeable(Object v) {
        if (v == null || v instanceof String || v instanceof Enum<?> || v instanceof Boolean || v instanceof Long
                || v instanceof Integer || v instanceof java.math.BigDecimal || v instanceof java.time.LocalDate) {
            return true;
        }
        if (v instanceof Format.Money || v instanceof Format.Share || v instanceof Format.Percent
                || v instanceof Format.CountShare || v instanceof Format.Points || v instanceof Format.Code
                || v instanceof Format.ProvinceCode || v instanceof Format.Named || v instanceof Format.Stated) {
            return true; // records of the values above
        }
        if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!isUnchangeable(list.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** @return an unchangeable value as it is, a list of them copied (the list itself might change) */
    private static Object snapshot(Object v) {
        if (!(v instanceof List<?> list)) {
            return v;
        }
        List<Object> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            copy.add(snapshot(list.get(i)));
        }
        return java.util.Collections.unmodifiableList(copy);
    }

    @Override
    public String toString() {
        return source;
    }
}
