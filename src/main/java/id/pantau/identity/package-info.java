/**
 * Users, roles and regions, and the one access policy every endpoint applies: a person
 * acts only in the roles he holds, on cases of his regions, on tasks that are his. People
 * log in as the local demo users (configuration) or, in the {@code keycloak} profile,
 * through Keycloak; both logins carry the same role and region authorities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared" })
package id.pantau.identity;
