package id.pantau.identity;

import id.pantau.shared.InvalidInputException;

/**
 * The region a request about a region's lists means when it may leave it out: the one
 * asked for (which the caller must hold), otherwise the caller's own.
 */
public final class RegionChoice {

	private RegionChoice() {
	}

	/**
	 * The region asked for, or the caller's only one (the API).
	 * @throws id.pantau.shared.AccessRefusedException for a region the caller does not
	 * hold
	 * @throws InvalidInputException (field {@code region}, the message given) when none
	 * is asked for and the caller holds several
	 */
	public static String askedOrOnly(AccessPolicy policy, PantauUser user, String region, String requiredKey) {
		if (region != null && !region.isBlank()) {
			policy.requireRegion(user, region);
			return region;
		}
		if (user.regions().size() == 1) {
			return user.regions().iterator().next();
		}
		throw new InvalidInputException("region", requiredKey);
	}

	/**
	 * The region asked for, or the first of the caller's in alphabetical order (a page
	 * opens on one and offers the others).
	 */
	public static String askedOrFirst(AccessPolicy policy, PantauUser user, String region, String requiredKey) {
		if (region != null && !region.isBlank()) {
			policy.requireRegion(user, region);
			return region;
		}
		return user.regions()
			.stream()
			.sorted()
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("region", requiredKey));
	}

}
