package quebec.maillon.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Final touches on the generated contract: every API operation may answer 429 (rate limit) and 503 (database or identity
 * provider unavailable, {@link DatabaseUnavailable}; or the instance is shutting down); the health endpoints
 * are public (no token), which the contract says explicitly, and they answer 503 while the database is unreachable.
 * <p>
 * And the schemas read plainly by client generators: identifiers, dates and instants are written where they are
 * used ({@code type: string} with {@code format: uuid}, {@code date} or {@code date-time}, as Jackson writes them)
 * instead of references to components named after Java classes ({@code UUID}, {@code LocalDate},
 * {@code OffsetDateTime}: names that generators must rename, and a path parameter whose format tools cannot see);
 * and a {@code $ref} carries no {@code type} beside it, since the referenced schema has its own (generators drop
 * such a type with a warning).
 */
public class ContractFilter implements OASFilter {

    /** Java value types that Jackson writes as strings: component name → format. */
    private static final Map<String, String> STRING_FORMATS = Map.of(
            "UUID", "uuid",
            "LocalDate", "date",
            "OffsetDateTime", "date-time");
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            return schema;
        }
        String format = ref.startsWith(SCHEMAS) ? STRING_FORMATS.get(ref.substring(SCHEMAS.length())) : null;
        if (format == null) {
            schema.setType(null);
            return schema;
        }
        schema.setRef(null);
        schema.setType(List.of(Schema.SchemaType.STRING));
        schema.setFormat(format);
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            STRING_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                for (Operation op : item.getOperations().values()) {
                    if (op.getResponses() != null && op.getResponses().getAPIResponse("429") == null) {
                        op.getResponses().addAPIResponse("429",
                                OASFactory.createAPIResponse().ref("#/components/responses/TooManyRequests"));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponse("503") == null) {
                        op.getResponses().addAPIResponse("503",
                                OASFactory.createAPIResponse().ref("#/components/responses/ServiceUnavailable"));
                    }
                }
            }
            if (path.startsWith("/q/health")) {
                for (Operation op : item.getOperations().values()) {
                    op.setSecurity(new ArrayList<>());
                    if (op.getResponses() != null && op.getResponses().getAPIResponse("503") == null) {
                        op.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                                .description("Not ready or not healthy (for example, the database is unreachable)."));
                    }
                }
            }
        });
    }

}
