/**
 * The web interface people use: server-rendered pages (Thymeleaf, htmx, Bootstrap) over
 * the same services as the API, so every role and region rule applies unchanged. Owns no
 * data and no BPMN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web interface",
		allowedDependencies = { "bulkintake", "documents", "escalation", "identity", "intake", "investigation", "mail",
				"oversight", "pledges", "rules", "sanction", "shared", "tasks", "timeline" })
package id.pantau.web;
