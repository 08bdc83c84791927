package id.pantau.intake;

/**
 * The normal form of a reference number, for the benchmark's seeder
 * ({@code id.pantau.bench}), which writes copies of real cases with SQL.
 */
public final class ReferenceKeysForBench {

	private ReferenceKeysForBench() {
	}

	public static String of(String referenceNumber) {
		return NeutralityCase.referenceKey(referenceNumber);
	}

}
