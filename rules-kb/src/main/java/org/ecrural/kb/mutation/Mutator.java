package org.ecrural.kb.mutation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.words.DrlSource;

/**
 * Makes the mutants of a rule folder, one change at a time, in a stable order (file, then offset).
 * The {@code when} part of each rule is read as code, with comments and strings blanked out, so a
 * comparison inside a string or a comment is never changed.
 *
 * <p>Conditions computed in Java (the derived facts of {@code org.ecrural.kb.facts} such as
 * {@code AreaFunds} or {@code IdleRewardCheck}, and the helpers of {@code EditionParameters}) are not
 * mutated: only what the DRL writes is.
 */
final class Mutator {
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    /** a pattern: a type name (not after a dot, not after new) and its opening parenthesis */
    private static final Pattern PATTERN = Pattern.compile("(?<![\\w$.])((?:[a-z_][\\w]*\\.)*[A-Z][\\w]*)\\s*\\(");
    private static final Pattern CE = Pattern.compile("(?<![\\w$.])(not|exists)\\b");
    private static final Pattern MEMBER = Pattern.compile("(?<![\\w$.])(not\\s+)?(memberOf|contains)\\b");
    private static final Pattern BINDING = Pattern.compile("^(\\$[\\w]+\\s*:\\s*)(.*)$", Pattern.DOTALL);
    private static final Pattern OPERATOR = Pattern.compile("==|!=|<=|>=|<|>|&&|\\|\\||(?<![\\w$])(?:not\\s+)?(?:memberOf|contains|matches)(?![\\w$])");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * What a DRL names when it reads a parameter through a helper of {@code EditionParameters}
     * rather than by the parameter's own name: the helper, then the parameter it reads.
     */
    static final Map<String, String> HELPERS = Map.ofEntries(
            Map.entry("isAddressed", "addressedProvinces"), Map.entry("provinceName", "addressedProvinces"),
            Map.entry("regionLiesIn", "oldAreaRegionProvinces"), Map.entry("regionProvinces", "oldAreaRegionProvinces"),
            Map.entry("getRegionProvinces", "oldAreaRegionProvinces"), Map.entry("isEligibleOldAreaCounty", "oldAreaRegionProvinces"),
            Map.entry("isCoveredByPromotion", "oldAreaRegionProvinces"), Map.entry("isProhibited", "prohibitedExpenseTypes"),
            Map.entry("isPreferred", "preferredSupportMethods"), Map.entry("isTargetGroup", "trainingTargetGroups"),
            Map.entry("isPracticalSkill", "practicalSkillTopics"), Map.entry("getWorkPlanPriorSummaryItems", "workPlanPriorSummaryItems"),
            Map.entry("getWorkPlanManagementItems", "workPlanManagementItems"));

    private Mutator() {
    }

    /** A rule as written: its id, file, and where its {@code when} part lies. */
    record RuleText(String id, String file, String section, int start, int whenStart, int whenEnd, int end) {
    }

    /** @return every rule of the folder's DRL files, in file and text order */
    static List<RuleText> rules(RuleFolder folder) {
        List<RuleText> out = new ArrayList<>();
        folder.drlFiles().forEach((file, text) -> {
            String code = DrlSource.blank(text, true);
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                int at = m.start();
                while (Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                if (!code.startsWith("rule", at)) {
                    continue; // in a comment
                }
                Matcher w = WHEN.matcher(code);
                if (!w.find(m.end())) {
                    continue;
                }
                Matcher t = THEN.matcher(code);
                if (!t.find(w.end())) {
                    continue;
                }
                Matcher e = Pattern.compile("(?m)^\\s*end\\b").matcher(code);
                int end = e.find(t.end()) ? e.end() : code.length();
                out.add(new RuleText(m.group(1), file, section(file), at, w.end(), t.start(), end));
            }
        });
        return out;
    }

    /**
     * @return the text as code: comments blanked, every character of a string or character literal
     *         an {@code x} (never an operator, a comma or a parenthesis, yet not white space either)
     */
    static String code(String text) {
        String noLiterals = DrlSource.blank(text, true);
        String noComments = DrlSource.blank(text, false);
        StringBuilder out = new StringBuilder(noLiterals);
        for (int i = 0; i < out.length(); i++) {
            if (noLiterals.charAt(i) == ' ' && noComments.charAt(i) != ' ') {
                out.setCharAt(i, 'x');
            }
        }
        return out.toString();
    }

    static String section(String file) {
        return file.endsWith(".drl") ? file.substring(0, file.length() - 4) : file;
    }

    /**
     * @param only the rule ids to mutate; empty for every rule
     * @return the mutants of the folder's rules, conditions first then parameters, in a stable order
     */
    static List<Mutant> mutants(RuleFolder folder, Set<String> only) {
        List<Mutant> out = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        List<RuleText> rules = rules(folder);
        for (RuleText r : rules) {
            if (!only.isEmpty() && !only.contains(r.id())) {
                continue;
            }
            String text = folder.drlFiles().get(r.file());
            List<Raw> raws = conditionMutants(text, code(text), r);
            for (Raw raw : raws) {
                String mutated = text.substring(0, raw.from) + raw.replacement + text.substring(raw.to);
                out.add(mutant(r.id(), r.section(), r.file(), line(text, raw.at), raw.kind, raw.before, raw.after, null, mutated,
                        occurrences));
            }
            out.addAll(parameterMutants(folder, r, occurrences));
        }
        return out;
    }

    private static Mutant mutant(String rule, String section, String file, int line, Mutant.Kind kind, String before, String after,
                                 String parameter, String text, Map<String, Integer> occurrences) {
        String base = rule + " | " + kind + " | " + before + " -> " + after;
        int n = occurrences.merge(base, 1, Integer::sum) - 1;
        return new Mutant(rule, section, file, line, kind, before, after, base + " | #" + n, parameter, text);
    }

    /** One change of the DRL text: replace [from, to) by replacement; shown as before -> after, at offset at. */
    private record Raw(int at, int from, int to, String replacement, Mutant.Kind kind, String before, String after) {
    }

    /** A pattern's parenthesised constraints: the open and close parenthesis, and each constraint's span. */
    private record Pat(int nameStart, int open, int close, List<int[]> pieces) {
    }

    private static List<Raw> conditionMutants(String text, String code, RuleText r) {
        List<Raw> out = new ArrayList<>();
        List<Pat> patterns = patterns(code, r.whenStart(), r.whenEnd());
        // comparisons and logic
        for (int i = r.whenStart(); i < r.whenEnd(); i++) {
            char c = code.charAt(i);
            char n = i + 1 < r.whenEnd() ? code.charAt(i + 1) : ' ';
            String op = null;
            String to = null;
            Mutant.Kind kind = Mutant.Kind.COMPARISON;
            if ((c == '<' || c == '>') && n == '=') {
                op = c + "=";
                to = String.valueOf(c);
            } else if ((c == '=' || c == '!') && n == '=') {
                op = c + "=";
                to = c == '=' ? "!=" : "==";
            } else if (c == '<' || c == '>') {
                char p = i > 0 ? code.charAt(i - 1) : ' ';
                if (p != '-' && p != '=' && n != '>' && n != '<') {
                    op = String.valueOf(c);
                    to = c + "=";
                }
            } else if ((c == '&' && n == '&') || (c == '|' && n == '|')) {
                op = c == '&' ? "&&" : "||";
                to = c == '&' ? "||" : "&&";
                kind = Mutant.Kind.LOGIC;
            }
            if (op == null) {
                continue;
            }
            out.add(change(text, code, patterns, i, i + op.length(), to, kind));
            i += op.length() - 1;
        }
        // membership
        Matcher mm = MEMBER.matcher(code).region(r.whenStart(), r.whenEnd());
        while (mm.find()) {
            String to = mm.group(1) != null ? mm.group(2) : "not " + mm.group(2);
            out.add(change(text, code, patterns, mm.start(), mm.end(), to, Mutant.Kind.MEMBERSHIP));
        }
        // not <-> exists
        Matcher ce = CE.matcher(code).region(r.whenStart(), r.whenEnd());
        while (ce.find()) {
            int next = skipSpace(code, ce.end());
            if (next >= r.whenEnd()) {
                continue;
            }
            char nc = code.charAt(next);
            if (!(nc == '(' || Character.isUpperCase(nc) || nc == '$')) {
                continue; // not memberOf, not contains: an operator, done above
            }
            int extentEnd = extent(code, next, r.whenEnd());
            String before = collapse(text.substring(ce.start(), extentEnd));
            String word = ce.group(1).equals("not") ? "exists" : "not";
            String after = word + before.substring(ce.group(1).length());
            out.add(new Raw(ce.start(), ce.start(), ce.end(), word, Mutant.Kind.NOT_EXISTS, before, after));
        }
        // dropped constraints
        for (Pat p : patterns) {
            for (int k = 0; k < p.pieces().size(); k++) {
                int[] piece = p.pieces().get(k);
                String pieceText = text.substring(piece[0], piece[1]);
                String pieceCode = code.substring(piece[0], piece[1]);
                Matcher b = BINDING.matcher(pieceCode.strip());
                int from;
                int to;
                String replacement = "";
                if (b.matches()) {
                    Matcher op = OPERATOR.matcher(pieceCode);
                    if (!op.find()) {
                        continue; // a binding only: nothing to drop
                    }
                    // $prov : code != null -> $prov : code (the binding stays, its condition goes)
                    int opAt = op.start();
                    from = piece[0] + trimEnd(pieceCode.substring(0, opAt));
                    to = piece[1];
                } else if (p.pieces().size() == 1) {
                    from = piece[0];
                    to = piece[1];
                } else if (k < p.pieces().size() - 1) {
                    from = piece[0];
                    to = p.pieces().get(k + 1)[0];
                } else {
                    from = p.pieces().get(k - 1)[1];
                    to = piece[1];
                }
                String before = collapse(text.substring(p.nameStart(), p.close() + 1));
                String mutatedPattern = text.substring(p.nameStart(), from) + replacement + text.substring(to, p.close() + 1);
                String after = collapse(mutatedPattern);
                if (pieceText.isBlank()) {
                    continue;
                }
                out.add(new Raw(piece[0], from, to, replacement, Mutant.Kind.DROP_CONSTRAINT, before, after));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Raw::at).thenComparing(Raw::kind));
        return out;
    }

    private static int trimEnd(String s) {
        int n = s.length();
        while (n > 0 && Character.isWhitespace(s.charAt(n - 1))) {
            n--;
        }
        return n;
    }

    /** A change of an operator, shown as the constraint (or, outside a pattern, the line) it stands in. */
    private static Raw change(String text, String code, List<Pat> patterns, int from, int to, String replacement, Mutant.Kind kind) {
        int[] span = null;
        for (Pat p : patterns) {
            for (int[] piece : p.pieces()) {
                if (piece[0] <= from && to <= piece[1] && (span == null || piece[1] - piece[0] < span[1] - span[0])) {
                    span = piece;
                }
            }
        }
        if (span == null) {
            int s = code.lastIndexOf('\n', from) + 1;
            int e = code.indexOf('\n', to);
            span = new int[] {s, e < 0 ? code.length() : e};
        }
        String before = collapse(text.substring(span[0], span[1]));
        String after = collapse(text.substring(span[0], from) + replacement + text.substring(to, span[1]));
        return new Raw(from, from, to, replacement, kind, before, after);
    }

    /** @return every pattern Type( … ) in [from, to) of the code, with its top-level comma-separated constraints */
    private static List<Pat> patterns(String code, int from, int to) {
        List<Pat> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(code).region(from, to);
        while (m.find()) {
            int open = m.end() - 1;
            int close = matching(code, open, to);
            if (close < 0) {
                continue;
            }
            List<int[]> pieces = new ArrayList<>();
            int depth = 0;
            int start = open + 1;
            for (int i = open + 1; i < close; i++) {
                char c = code.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    addPiece(code, start, i, pieces);
                    start = i + 1;
                }
            }
            addPiece(code, start, close, pieces);
            out.add(new Pat(m.start(1), open, close, pieces));
        }
        return out;
    }

    private static void addPiece(String code, int start, int end, List<int[]> pieces) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(code.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(code.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            pieces.add(new int[] {s, e});
        }
    }

    private static int matching(String code, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int skipSpace(String code, int i) {
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return the end of the conditional element starting at i: a parenthesised group, or a pattern with its parentheses */
    private static int extent(String code, int i, int limit) {
        if (code.charAt(i) == '(') {
            int close = matching(code, i, limit);
            return close < 0 ? i + 1 : close + 1;
        }
        Matcher m = PATTERN.matcher(code).region(i, limit);
        if (m.find() && m.start() <= i + 80) {
            int close = matching(code, m.end() - 1, limit);
            return close < 0 ? m.end() : close + 1;
        }
        int e = code.indexOf('\n', i);
        return e < 0 || e > limit ? limit : e;
    }

    static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
    }

    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // ---- parameters ----

    /** @return the parameters a rule reads: named in its DRL (name, getter, {@code share("name")}) or through a helper */
    static Set<String> parametersRead(String ruleSource, Set<String> parameters) {
        Set<String> read = new TreeSet<>();
        String code = DrlSource.blank(ruleSource, false);
        for (String p : parameters) {
            String cap = Character.toUpperCase(p.charAt(0)) + p.substring(1);
            Pattern reads = Pattern.compile("(?<![\\w$])(?:" + Pattern.quote(p) + "|(?:get|is)" + Pattern.quote(cap) + ")(?![\\w$])|\""
                    + Pattern.quote(p) + "\"");
            if (reads.matcher(code).find()) {
                read.add(p);
            }
        }
        HELPERS.forEach((helper, p) -> {
            if (parameters.contains(p) && Pattern.compile("(?<![\\w$])" + helper + "(?![\\w$])").matcher(code).find()) {
                read.add(p);
            }
        });
        return read;
    }

    private static List<Mutant> parameterMutants(RuleFolder folder, RuleText r, Map<String, Integer> occurrences) {
        List<Mutant> out = new ArrayList<>();
        ObjectNode root;
        try {
            JsonNode n = JSON.readTree(folder.editionText());
            if (!(n instanceof ObjectNode o) || !o.path("parameters").isObject()) {
                return out;
            }
            root = o;
        } catch (IOException e) {
            return out;
        }
        Map<String, JsonNode> params = new LinkedHashMap<>();
        root.get("parameters").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue()));
        String source = folder.ruleSource(r.id());
        if (source == null) {
            return out;
        }
        for (String name : parametersRead(source, params.keySet())) {
            JsonNode p = params.get(name);
            String type = p.path("type").asText("");
            JsonNode value = p.get("value");
            if (value == null) {
                continue;
            }
            int line = line(folder.editionText(), Math.max(0, folder.editionText().indexOf("\"" + name + "\"")));
            for (String[] step : steps(type, value)) {
                ObjectNode copy = root.deepCopy();
                JsonNode newValue = step[2] == null ? TextNode.valueOf(step[1]) : parseValue(step[2]);
                ((ObjectNode) copy.get("parameters").get(name)).set("value", newValue);
                String before = name + " = " + step[0];
                String after = name + " = " + step[1];
                if ("codes".equals(type)) {
                    before = name + " holds " + step[3];
                    after = name + " without " + step[3];
                }
                out.add(mutant(r.id(), r.section(), RuleFolder.EDITION_FILE, line, Mutant.Kind.PARAMETER, before, after, name,
                        copy.toPrettyString(), occurrences));
            }
        }
        return out;
    }

    private static JsonNode parseValue(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return each one-step move of a value: {shown before, shown after, the new value as JSON or null
     *         for a string, the code dropped (codes only)}
     */
    static List<String[]> steps(String type, JsonNode value) {
        List<String[]> out = new ArrayList<>();
        switch (type) {
            case "share", "money" -> {
                BigDecimal v;
                try {
                    v = new BigDecimal(value.asText());
                } catch (NumberFormatException e) {
                    return out;
                }
                BigDecimal step = new BigDecimal("0.01");
                int scale = Math.max(2, v.scale());
                for (BigDecimal n : List.of(v.subtract(step), v.add(step))) {
                    String s = n.setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString();
                    out.add(new String[] {v.toPlainString(), s, value.isTextual() ? null : s, null});
                }
                if ("money".equals(type)) {
                    for (BigDecimal n : List.of(v.subtract(BigDecimal.ONE), v.add(BigDecimal.ONE))) {
                        String s = n.setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString();
                        out.add(new String[] {v.toPlainString(), s, value.isTextual() ? null : s, null});
                    }
                }
            }
            case "date" -> {
                LocalDate d;
                try {
                    d = LocalDate.parse(value.asText());
                } catch (RuntimeException e) {
                    return out;
                }
                out.add(new String[] {d.toString(), d.minusDays(1).toString(), null, null});
                out.add(new String[] {d.toString(), d.plusDays(1).toString(), null, null});
            }
            case "count" -> {
                if (!value.canConvertToInt()) {
                    return out;
                }
                int v = value.asInt();
                out.add(new String[] {String.valueOf(v), String.valueOf(v - 1), String.valueOf(v - 1), null});
                out.add(new String[] {String.valueOf(v), String.valueOf(v + 1), String.valueOf(v + 1), null});
            }
            case "codes" -> {
                if (!value.isArray() || value.size() < 2) {
                    return out; // an empty list is refused by the edition reader
                }
                for (int i = 0; i < value.size(); i++) {
                    ArrayNode copy = ((ArrayNode) value).deepCopy();
                    copy.remove(i);
                    out.add(new String[] {value.toString(), copy.toString(), copy.toString(), value.get(i).asText()});
                }
            }
            default -> {
                // table and text: not mutated
            }
        }
        return out;
    }
}
