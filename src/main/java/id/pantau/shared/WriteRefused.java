package id.pantau.shared;

/**
 * A request that would have changed something was refused before it reached Pantau's code
 * (by the URL rules of the security configuration), for the audit log.
 *
 * @param method the HTTP method
 * @param path the request path, without the context path
 */
public record WriteRefused(String method, String path) {
}
