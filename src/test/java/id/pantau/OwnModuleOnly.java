package id.pantau;

import java.io.IOException;
import java.util.List;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Leaves out of a slice the web components (filters, advice, configurers) of the modules
 * a test is not about: a slice sees its own module, {@code shared} and {@code identity}.
 * The audit's request filter, for example, is the audit's to test, and needs the audit
 * log.
 */
class OwnModuleOnly extends TypeExcludeFilter {

	private static final String BASE = "id.pantau.";

	private final List<String> modules;

	OwnModuleOnly(Class<?> testClass) {
		String own = testClass.getPackageName().substring(BASE.length()).split("\\.")[0];
		this.modules = List.of(BASE + own + ".", BASE + "shared.", BASE + "identity.");
	}

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
		String name = reader.getClassMetadata().getClassName();
		return name.startsWith(BASE) && this.modules.stream().noneMatch(name::startsWith);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OwnModuleOnly only && only.modules.equals(this.modules);
	}

	@Override
	public int hashCode() {
		return this.modules.hashCode();
	}

}
