package org.entente.server;

/**
 * Building HTML by hand, safely: every piece of text from a case, a source or a request goes
 * through {@link #text} (element content and quoted attribute values alike); links go through
 * {@link #href}, which keeps only web and site-relative URLs.
 */
final class Html {

    private Html() {
    }

    /** @return the text with {@code & < > " '} written as character references */
    static String text(Object value) {
        String s = value == null ? "" : value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** @return an escaped attribute value for a link, or "#" when the URL is not http(s) or site-relative */
    static String href(String url) {
        if (url == null) {
            return "#";
        }
        boolean site = url.startsWith("/") && !url.startsWith("//");
        return site || CaseViews.safeUrl(url) ? text(url.strip()) : "#";
    }

    /** @return text cut to 40 characters, for echoing user input in messages */
    static String clip(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= 40) {
            return text;
        }
        // never cut between the two halves of a surrogate pair, which would leave text no encoder can write
        int end = Character.isLowSurrogate(text.charAt(40)) && Character.isHighSurrogate(text.charAt(39)) ? 39 : 40;
        return text.substring(0, end) + "...";
    }

    /** @return "a-b" path segment encoding for ids already restricted to safe characters */
    static String path(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8);
    }
}
