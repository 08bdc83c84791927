package id.pantau.identity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user directory under Keycloak: everyone who has logged in or called the API, as his
 * last token described him (table {@code known_user}), then the configured users of
 * {@code pantau.identity.users} (the demo directory, without passwords).
 */
@Component
@Primary
@Profile("keycloak")
class KnownUsers implements UserDirectory {

	private final JdbcClient jdbc;

	private final ConfiguredUsers configured;

	private final Map<String, PantauUser> recorded = new ConcurrentHashMap<>();

	KnownUsers(JdbcClient jdbc, ConfiguredUsers configured) {
		this.jdbc = jdbc;
		this.configured = configured;
	}

	@Override
	public Optional<PantauUser> find(String username) {
		Optional<PantauUser> known = this.jdbc
			.sql("select username, name, roles, regions, nip, email from known_user where username = ?")
			.param(username)
			.query((rs, row) -> new PantauUser(rs.getString("username"), rs.getString("name"),
					split(rs.getString("roles")), split(rs.getString("regions")), rs.getString("nip"),
					rs.getString("email")))
			.optional();
		return known.or(() -> this.configured.find(username));
	}

	/**
	 * Everyone recorded with the role in the region, then the configured users not
	 * recorded.
	 */
	@Override
	public List<PantauUser> withRoleIn(String role, String region) {
		Map<String, PantauUser> found = new TreeMap<>();
		this.configured.withRoleIn(role, region).forEach((u) -> found.put(u.username(), u));
		this.jdbc.sql("select username, name, roles, regions, nip, email from known_user")
			.query((rs, row) -> new PantauUser(rs.getString("username"), rs.getString("name"),
					split(rs.getString("roles")), split(rs.getString("regions")), rs.getString("nip"),
					rs.getString("email")))
			.list()
			.forEach((u) -> {
				if (u.hasRole(role) && u.inRegion(region)) {
					found.put(u.username(), u);
				}
				else {
					found.remove(u.username());
				}
			});
		return List.copyOf(found.values());
	}

	/**
	 * Records the user as his token describes him; writes only when that changed since
	 * the last record of this instance.
	 */
	void record(PantauUser user) {
		if (user.equals(this.recorded.get(user.username()))) {
			return;
		}
		if (update(user) == 0) {
			try {
				this.jdbc.sql(
						"insert into known_user (username, name, roles, regions, nip, email, last_seen) values (?, ?, ?, ?, ?, ?, ?)")
					.params(user.username(), user.name(), join(user.roles()), join(user.regions()), user.nip(),
							user.email(), now())
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another request recorded him first.
				update(user);
			}
		}
		this.recorded.put(user.username(), user);
	}

	private int update(PantauUser user) {
		return this.jdbc.sql(
				"update known_user set name = ?, roles = ?, regions = ?, nip = ?, email = ?, last_seen = ? where username = ?")
			.params(user.name(), join(user.roles()), join(user.regions()), user.nip(), user.email(), now(),
					user.username())
			.update();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private static String join(Set<String> values) {
		return String.join(",", new TreeSet<>(values));
	}

	private static Set<String> split(String values) {
		return Arrays.stream(values.split(",")).filter((v) -> !v.isBlank()).collect(Collectors.toUnmodifiableSet());
	}

}
