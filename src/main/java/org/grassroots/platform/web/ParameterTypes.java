package org.grassroots.platform.web;

import java.util.Arrays;
import java.util.Collection;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What a request parameter that did not convert should have been, in words people read. */
final class ParameterTypes {

    private ParameterTypes() {}

    /** The reason, such as: must be a whole number, not 'abc'. The value is cut at 40 characters. */
    static String reason(TypeMismatchException ex) {
        String value = String.valueOf(ex.getValue());
        return expected(ex) + ", not '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    /** The parameter and the reason, as a sentence. */
    static String detail(TypeMismatchException ex) {
        return name(ex) + " " + reason(ex) + ".";
    }

    static String name(TypeMismatchException ex) {
        return ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
    }

    private static String expected(TypeMismatchException ex) {
        ResolvableType type = ex instanceof MethodArgumentTypeMismatchException argument
                ? ResolvableType.forMethodParameter(argument.getParameter())
                : ResolvableType.forClass(ex.getRequiredType() == null ? Object.class : ex.getRequiredType());
        Class<?> target = Collection.class.isAssignableFrom(type.toClass())
                ? type.asCollection().resolveGeneric(0)
                : type.resolve(Object.class);
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of "
                    + String.join(
                            ", ",
                            Arrays.stream(target.getEnumConstants())
                                    .map(constant -> ((Enum<?>) constant).name())
                                    .toList());
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "must be a number";
        }
        return "has the wrong type";
    }
}
