package id.pantau.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of pages that lives outside the {@code web} module (the letters'
 * pages): the pages' advice gives it the layout's model (the person, the language links)
 * and shows its refusals as the error page, as for every other page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageController {

}
