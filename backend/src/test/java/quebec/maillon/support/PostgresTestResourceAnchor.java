package quebec.maillon.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the embedded PostgreSQL once, for every @QuarkusTest of the module. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
public class PostgresTestResourceAnchor {
}
