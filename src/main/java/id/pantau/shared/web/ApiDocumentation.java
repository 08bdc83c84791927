package id.pantau.shared.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import org.springframework.context.annotation.Configuration;

/** What Swagger UI says about the API as a whole (docs/api.md says more). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Pantau API", version = "0.1.0", description = """
		Follow-up of ASN neutrality violations. One name per concept in every response, \
		parameter and CSV header: `caseNumber`, `stepKey` (task definition key) and `stepName`, \
		`roles` / `candidateRoles` / `recipientRole`, `…At` for instants in UTC, `…On` for days, \
		`employeeNip`, `fileId`, `direction=ASC|DESC`. Absent values are left out of the JSON \
		(read a missing field as null); lists are always present. Errors are \
		application/problem+json with the field at fault. See docs/api.md."""))
class ApiDocumentation {

}
