/**
 * Users, roles and regions, and the one access policy every endpoint applies: a person
 * acts only in the roles he holds, on cases of his regions, on tasks that are his. Local
 * demo users come from configuration until an identity provider takes over.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package id.pantau.identity;
