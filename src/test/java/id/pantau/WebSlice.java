package id.pantau;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import id.pantau.identity.SliceSecurity;
import id.pantau.shared.web.SliceInput;

import org.springframework.boot.test.autoconfigure.filter.TypeExcludeFilters;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTypeExcludeFilter;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A {@code @WebMvcTest} of Pantau controllers: the named controllers with the real URL
 * rules and local login ({@link SliceSecurity}), the strict reading of requests
 * ({@link SliceInput}), the problem handler, the web components of the test's own module
 * only ({@link OwnModuleOnly}), and the profiles of the tests. Collaborators of the
 * controllers are {@code @MockitoBean}s; no engine, no database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TypeExcludeFilters({ WebMvcTypeExcludeFilter.class, OwnModuleOnly.class })
@WebMvcTest
@Import({ SliceSecurity.class, SliceInput.class })
@ActiveProfiles({ "local", "test" })
public @interface WebSlice {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
