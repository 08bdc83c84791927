package id.pantau;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bean a process model names in an expression exists in the application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class ProcessBeansTests {

	static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\.");

	/** Names the engine resolves itself, not beans. */
	static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");

	@Autowired
	ApplicationContext context;

	@Test
	void findsEveryBeanNamedInTheModels() throws IOException {
		Set<String> named = new TreeSet<>();
		for (Resource model : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:processes/**/*.bpmn")) {
			try (InputStream in = model.getInputStream()) {
				Matcher m = BEAN_CALL.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				while (m.find()) {
					named.add(m.group(1));
				}
			}
		}
		named.removeAll(ENGINE_NAMES);
		assertThat(named).containsExactlyInAnyOrder("deadlines", "caseClosure", "taskEscalation");
		named.forEach((bean) -> assertThat(this.context.containsBean(bean)).as(bean).isTrue());
	}

}
