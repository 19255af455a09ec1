package quebec.maillon.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL with named parameters ({@code :name}; {@code ::} casts are left alone), turned into a JDBC statement with
 * positional parameters. A name may be used several times.
 */
final class NamedSql {

    private final String sql;
    private final List<String> names;

    private NamedSql(String sql, List<String> names) {
        this.sql = sql;
        this.names = names;
    }

    static NamedSql parse(String template) {
        StringBuilder out = new StringBuilder(template.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = template.length();
        while (i < n) {
            char ch = template.charAt(i);
            if (ch == '\'') {
                int end = template.indexOf('\'', i + 1);
                end = end < 0 ? n - 1 : end;
                out.append(template, i, end + 1);
                i = end + 1;
            } else if (ch == ':' && i + 1 < n && template.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (ch == ':' && i + 1 < n && Character.isLetter(template.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) {
                    j++;
                }
                names.add(template.substring(i + 1, j));
                out.append('?');
                i = j;
            } else {
                out.append(ch);
                i++;
            }
        }
        return new NamedSql(out.toString(), List.copyOf(names));
    }

    String sql() {
        return sql;
    }

    PreparedStatement prepare(Connection c, Map<String, Object> values) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(k);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                ps.setObject(k + 1, values.get(name));
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
