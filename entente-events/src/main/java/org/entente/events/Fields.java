package org.entente.events;

/** Splitting one line into its separated fields, without regular expressions. */
final class Fields {

    private Fields() {
    }

    /**
     * @param line      a line without its terminator
     * @param separator the separator character
     * @return how many fields it holds (separators + 1)
     */
    static int count(String line, char separator) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param line      a line without its terminator
     * @param separator the separator character
     * @return its fields, empty ones kept
     */
    static String[] split(String line, char separator) {
        String[] out = new String[count(line, separator)];
        int start = 0;
        int k = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == separator) {
                out[k++] = line.substring(start, i);
                start = i + 1;
            }
        }
        out[k] = line.substring(start);
        return out;
    }
}
