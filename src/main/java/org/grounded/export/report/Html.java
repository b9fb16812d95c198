package org.grounded.export.report;

/** The pieces of the reports' HTML: escaping that keeps a page well-formed XML, and the page around a body. */
public final class Html {

    static final String STYLE = """
            body { font-family: 'Segoe UI', Helvetica, Arial, sans-serif; max-width: 60em; margin: 2em auto; \
            padding: 0 1em; color: #222; line-height: 1.45; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
            h3 { font-size: 1.1em; margin-top: 1.2em; }
            blockquote { margin: 0.8em 0 0.8em 1em; padding-left: 0.8em; border-left: 3px solid #bbb; }
            blockquote .text { white-space: pre-wrap; margin: 0; }
            .source { color: #555; font-size: 0.9em; margin: 0.2em 0 0 0; }
            .context { white-space: pre-wrap; color: #444; font-size: 0.9em; margin: 0.4em 0 0 0; }
            .context mark { background: #fff3b0; font-weight: bold; }
            table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
            th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; vertical-align: top; }
            th { background: #eee; } td.number { text-align: right; }
            .swatch { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #888; }
            .memo-text { white-space: pre-wrap; }
            .notes { color: #555; font-size: 0.85em; }
            figure { margin: 1em 0; text-align: center; } figure img { max-width: 100%; height: auto; }
            figcaption { font-style: italic; font-size: 0.9em; color: #444; }
            """;

    private Html() {
    }

    /**
     * Escapes text for an element or an attribute, and drops the characters XML 1.0 cannot hold
     * (control characters other than tab and line breaks, lone surrogates), so every page parses as XML.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c);
    }

    /** A standalone page: XHTML-compatible, so that it parses as XML. */
    public static String page(String title, String body) {
        return page(title, "", body);
    }

    /** A standalone page with style rules of its own after the common ones. */
    static String page(String title, String style, String body) {
        return head(title, style) + body + TAIL;
    }

    /** A page's beginning, up to and including {@code <body>}: for a page written piece by piece. */
    static String head(String title, String style) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<title>" + escape(title) + "</title>\n<style>\n" + STYLE + style
                + "</style>\n</head>\n<body>\n";
    }

    /** A page's end, after its body. */
    static final String TAIL = "</body>\n</html>\n";

    static String element(String tag, String text) {
        return "<" + tag + ">" + escape(text) + "</" + tag + ">\n";
    }
}
