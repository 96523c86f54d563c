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
 * {@code }}} write a brace. Immutable.
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

    private Template(String source, List<Part> parts, String file, int line) {
        this.source = source;
        this.parts = List.copyOf(parts);
        this.partArray = this.parts.toArray(new Part[0]);
        int length = 0;
        for (Part p : partArray) {
            length += p.isPlaceholder() ? 16 : p.literal().length();
        }
        this.capacity = length;
        this.file = file;
        this.line = line;
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
        StringBuilder out = new StringBuilder(capacity);
        for (Part p : partArray) {
            if (!p.isPlaceholder()) {
                out.append(p.literal());
                continue;
            }
            if (!values.containsKey(p.root())) {
                throw new IllegalStateException(file + ":" + line + ": template \"" + source + "\" names {" + p.root()
                        + "}, which the rule did not record (it recorded " + values.keySet() + ")");
            }
            Object v = values.get(p.root());
            try {
                List<String> path = p.path();
                for (int i = 0; i < path.size(); i++) { // no iterator: most placeholders have no path
                    v = Format.property(v, path.get(i));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + ":" + line + ": template \"" + source + "\": " + e.getMessage(), e);
            }
            if ("lines".equals(p.spec())) {
                if (lines == null) {
                    throw new IllegalStateException(file + ":" + line + ": template \"" + source + "\": {" + p.root()
                            + ":lines} is only for a rule's templates");
                }
                out.append(lines.render(p.root(), v, lang));
                continue;
            }
            out.append(Format.format(v, p.spec(), lang, labels));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
