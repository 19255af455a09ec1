package quebec.maillon.support;

/**
 * Marks a test profile whose API must run without its database: {@link PostgresResource} then starts no PostgreSQL
 * and points the datasource at a port where nothing listens (connections are refused at once).
 */
public interface UnreachableDatabase {

    String JDBC_URL = "jdbc:postgresql://127.0.0.1:9/maillon";
}
