package quebec.maillon.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation of an input record inside a service, so that its field errors and the service's own checks
 * (reference codes, territories, related records) come back together in one 422 naming every invalid field.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    /** The input's constraint violations as field errors (JSON paths such as "contacts[0].email"). */
    public List<Problem.FieldError> check(Object input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            errors.add(new Problem.FieldError(ProblemMappers.field(v.getPropertyPath()), v.getMessage()));
        }
        return errors;
    }

    /** 422 with every error, sorted by field, when there is any. */
    public static void throwIfAny(List<Problem.FieldError> errors) {
        List<Problem.FieldError> present = errors.stream().filter(java.util.Objects::nonNull).sorted(
                Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message)).toList();
        if (!present.isEmpty()) {
            throw ProblemException.validation(present);
        }
    }
}
