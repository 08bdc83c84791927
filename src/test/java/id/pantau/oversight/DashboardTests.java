package id.pantau.oversight;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The dashboard writes the regions into its SQL as constants (for speed); only region
 * codes are written, nothing that could end the literal.
 */
class DashboardTests {

	@Test
	void writesRegionCodesAsLiteralsAndRefusesAnythingElse() {
		assertThat(Dashboard.regionList(List.of("probolinggo", "bench-007"))).isEqualTo("'probolinggo', 'bench-007'");
		assertThatIllegalArgumentException().isThrownBy(() -> Dashboard.regionList(List.of("x') or ('1'='1")));
		assertThatIllegalArgumentException().isThrownBy(() -> Dashboard.regionList(List.of("")));
	}

}
