package id.pantau.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.pantau.shared.BusinessTime;

import org.springframework.stereotype.Component;

/**
 * Business time in a region's own zone (WIB, WITA, WIT): its "today", the moment a local
 * time of the region stands for, and the zone's name. Regions do not change while Pantau
 * runs, so their zones are read once.
 */
@Component
public class RegionTime {

	private final Regions regions;

	private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();

	RegionTime(Regions regions) {
		this.regions = regions;
	}

	/**
	 * The zone of a region.
	 * @throws IllegalArgumentException for an unknown region
	 */
	public ZoneId zoneOf(String region) {
		return this.zones.computeIfAbsent(region,
				(code) -> this.regions.find(code)
					.map(Region::zone)
					.orElseThrow(() -> new IllegalArgumentException("Unknown region '" + code + "'")));
	}

	/** Today in the region, by the engine's clock. */
	public LocalDate today(String region) {
		return BusinessTime.today(zoneOf(region));
	}

	/** The moment a wall-clock time of the region stands for. */
	public Instant instantOf(LocalDateTime local, String region) {
		return local.atZone(zoneOf(region)).toInstant();
	}

	/** WIB, WITA or WIT. */
	public String label(String region) {
		return BusinessTime.label(zoneOf(region));
	}

}
