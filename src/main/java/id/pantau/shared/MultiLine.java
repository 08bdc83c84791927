package id.pantau.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request that may span lines (a description, note, reason,
 * remark): line feed, carriage return and tab are allowed there. Every other text field
 * (names, numbers, references) refuses them too; control and direction characters are
 * refused everywhere (see {@link Text}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface MultiLine {

}
