package quebec.maillon.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as the reports write it (RFC 4180): UTF-8 with a byte-order mark (so that Excel shows accents), comma
 * separator, CRLF line ends, a value quoted when it holds a comma, a quote or a line break (quotes doubled), decimal
 * point. A text value that would start with = + - @ is prefixed with an apostrophe so that a spreadsheet does not
 * run it as a formula (codes and numbers never start so).
 */
final class Csv implements AutoCloseable {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final char BOM = '\uFEFF';

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    Csv(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write(BOM);
    }

    Csv row(List<String> headers) throws IOException {
        for (String h : headers) {
            text(h);
        }
        return end();
    }

    /** A code, number or date: written as is (quoted only if needed). */
    Csv value(Object value) {
        separator();
        if (value != null) {
            quote(value.toString());
        }
        return this;
    }

    /** Free or human text (labels, names, titles): guarded against formula injection. */
    Csv text(String value) {
        separator();
        if (value != null && !value.isEmpty()) {
            char c = value.charAt(0);
            quote(c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value);
        }
        return this;
    }

    Csv end() throws IOException {
        line.append("\r\n");
        out.append(line);
        line.setLength(0);
        first = true;
        return this;
    }

    void flush() throws IOException {
        out.flush();
    }

    private void separator() {
        if (!first) {
            line.append(',');
        }
        first = false;
    }

    private void quote(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs) {
            line.append(s);
            return;
        }
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
