package id.pantau.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the engine guard ({@code pantau.engine.*}).
 *
 * @param restDeployments whether an administrator may deploy (or redeploy, or delete
 * deployments) through Camunda's REST API and webapps; off by default, as Pantau's models
 * ship with the application and sanction tables are deployed under
 * {@code /api/admin/rules}. When on, every such deployment is in the audit log with his
 * name.
 */
@ConfigurationProperties("pantau.engine")
record EngineProperties(@DefaultValue("false") boolean restDeployments) {
}
