package org.ecrural.kb.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small template engine for the HTML report's markup, kept as resources beside its CSS and
 * script ({@value #DIR}). Every inserted value is HTML-escaped unless the template marks it safe:
 *
 * <ul>
 * <li>{@code {{name}}}: the value, escaped ({@link HtmlReport#escape(String)});</li>
 * <li>{@code {{&name}}}: the value as it is, for markup the renderer made and escaped itself
 *     (the CSS, the script, a clause text with its quotes marked);</li>
 * <li>{@code {{#name}}…{{/name}}}: the part once per element of a list (each element, a map, its
 *     context), once for {@code true} or a map, never for {@code false}, null or an empty list;</li>
 * <li>{@code {{^name}}…{{/name}}}: the part when the value is {@code false}, null or empty;</li>
 * <li>{@code {{>name}}}: the template {@code name.html} with the current context;</li>
 * <li>{@code {{zh:中文|English}}}: the page's words in its language (the context's {@code zh}),
 *     written in the template as they are (template text is markup, not a value).</li>
 * </ul>
 *
 * <p>A line that holds only a section tag ({@code #}, {@code ^}, {@code /}) is left out with its
 * line break, so templates can put sections on lines of their own. A name is looked up in the
 * innermost context first, then outwards; an unknown name is an error, not an empty string.
 */
final class HtmlTemplate {
    static final String DIR = "/org/ecrural/kb/render/";
    private static final Map<String, HtmlTemplate> CACHE = new ConcurrentHashMap<>();

    private sealed interface Node permits Literal, Value, Section, Include, Words {
    }

    private record Literal(String text) implements Node {
    }

    private record Value(String name, boolean safe) implements Node {
    }

    private record Section(String name, boolean inverted, List<Node> body) implements Node {
    }

    private record Include(String name) implements Node {
    }

    private record Words(String zh, String en) implements Node {
    }

    private final String name;
    private final List<Node> nodes;

    private HtmlTemplate(String name, List<Node> nodes) {
        this.name = name;
        this.nodes = nodes;
    }

    /** @return the template of a resource {@code name.html} beside the report's CSS */
    static HtmlTemplate of(String name) {
        return CACHE.computeIfAbsent(name, n -> parse(n, resource(n + ".html")));
    }

    /** @return a resource of the report ({@value #DIR}) as text */
    static String resource(String file) {
        try (InputStream in = HtmlTemplate.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR.substring(1) + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a template's text; visible to tests. */
    static HtmlTemplate parse(String name, String text) {
        Deque<Section> open = new ArrayDeque<>();
        Deque<List<Node>> lists = new ArrayDeque<>();
        lists.push(new ArrayList<>());
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf("{{", at);
            if (start < 0) {
                lists.peek().add(new Literal(text.substring(at)));
                break;
            }
            int end = text.indexOf("}}", start);
            if (end < 0) {
                throw new IllegalStateException(name + ": unclosed {{ at offset " + start);
            }
            String raw = text.substring(start + 2, end);
            String tag = raw.strip();
            char kind = raw.startsWith("zh:") ? 'W' : tag.isEmpty() ? ' ' : tag.charAt(0);
            int after = end + 2;
            int literalEnd = start;
            if (kind == '#' || kind == '^' || kind == '/') {
                // a section tag alone on its line takes the line with it
                int lineStart = text.lastIndexOf('\n', start - 1) + 1;
                int lineEnd = text.indexOf('\n', after);
                if (text.substring(lineStart, start).isBlank()
                        && (lineEnd < 0 ? text.substring(after) : text.substring(after, lineEnd)).isBlank()) {
                    literalEnd = lineStart;
                    after = lineEnd < 0 ? text.length() : lineEnd + 1;
                }
            }
            if (literalEnd > at) {
                lists.peek().add(new Literal(text.substring(at, literalEnd)));
            }
            at = after;
            switch (kind) {
                case '#', '^' -> {
                    Section s = new Section(tag.substring(1).strip(), kind == '^', new ArrayList<>());
                    lists.peek().add(s);
                    open.push(s);
                    lists.push(s.body());
                }
                case '/' -> {
                    String closed = tag.substring(1).strip();
                    if (open.isEmpty() || !open.peek().name().equals(closed)) {
                        throw new IllegalStateException(name + ": {{/" + closed + "}} closes no open section");
                    }
                    open.pop();
                    lists.pop();
                }
                case '&' -> lists.peek().add(new Value(tag.substring(1).strip(), true));
                case '>' -> lists.peek().add(new Include(tag.substring(1).strip()));
                case 'W' -> {
                    int bar = raw.indexOf('|');
                    if (bar < 0) {
                        throw new IllegalStateException(name + ": {{" + raw + "}} needs the English after a |");
                    }
                    lists.peek().add(new Words(raw.substring(3, bar), raw.substring(bar + 1)));
                }
                default -> lists.peek().add(new Value(tag, false));
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException(name + ": {{#" + open.peek().name() + "}} is not closed");
        }
        return new HtmlTemplate(name, lists.getLast());
    }

    /** @return the template rendered with the context */
    String render(Map<String, ?> context) {
        StringBuilder out = new StringBuilder(64 * 1024);
        Deque<Map<String, ?>> stack = new ArrayDeque<>();
        stack.push(context);
        render(nodes, stack, out);
        return out.toString();
    }

    private void render(List<Node> list, Deque<Map<String, ?>> stack, StringBuilder out) {
        for (Node n : list) {
            if (n instanceof Literal l) {
                out.append(l.text());
            } else if (n instanceof Value v) {
                Object value = lookup(v.name(), stack);
                String text = value == null ? "" : String.valueOf(value);
                out.append(v.safe() ? text : HtmlReport.esc(text));
            } else if (n instanceof Words w) {
                out.append(Boolean.TRUE.equals(lookup("zh", stack)) ? w.zh() : w.en());
            } else if (n instanceof Include i) {
                HtmlTemplate.of(i.name()).render(HtmlTemplate.of(i.name()).nodes, stack, out);
            } else if (n instanceof Section s) {
                Object value = lookup(s.name(), stack);
                boolean empty = value == null || Boolean.FALSE.equals(value)
                        || value instanceof List<?> l && l.isEmpty();
                if (s.inverted()) {
                    if (empty) {
                        render(s.body(), stack, out);
                    }
                } else if (!empty) {
                    if (value instanceof List<?> items) {
                        for (Object item : items) {
                            section(s, item, stack, out);
                        }
                    } else {
                        section(s, value, stack, out);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void section(Section s, Object value, Deque<Map<String, ?>> stack, StringBuilder out) {
        if (value instanceof Map<?, ?> m) {
            stack.push((Map<String, ?>) m);
            render(s.body(), stack, out);
            stack.pop();
        } else if (value instanceof Boolean) {
            render(s.body(), stack, out);
        } else {
            stack.push(Map.of(".", value));
            render(s.body(), stack, out);
            stack.pop();
        }
    }

    private Object lookup(String key, Deque<Map<String, ?>> stack) {
        for (Map<String, ?> m : stack) {
            if (m.containsKey(key)) {
                return m.get(key);
            }
        }
        throw new IllegalStateException(name + ": no value named " + key);
    }
}
