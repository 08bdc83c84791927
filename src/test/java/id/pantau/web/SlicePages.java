package id.pantau.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What the pages' templates and advice need in a slice: the menu ({@code nav}), the
 * formats ({@code ui}), the form errors and the choice lists ({@code choices}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ Pages.class, UiFormat.class, FormErrors.class, FormChoices.class })
class SlicePages {

}
