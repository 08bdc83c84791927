package id.pantau.web;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.Regions;
import id.pantau.intake.CaseRegistration;
import id.pantau.intake.CaseSummary;
import id.pantau.intake.RegisterCaseRequest;
import id.pantau.shared.ConflictException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.UnreadablePayloadException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a report (intake), with the same checks as the API. */
@Controller
class RegisterController {

	private final CaseRegistration registration;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final Regions regions;

	private final FormErrors errors;

	private final Validator validator;

	private final ObjectMapper json;

	private final FormLookups lookups;

	RegisterController(CaseRegistration registration, CurrentUser currentUser, AccessPolicy policy, Regions regions,
			FormErrors errors, Validator validator, ObjectMapper json, FormLookups lookups) {
		this.registration = registration;
		this.currentUser = currentUser;
		this.policy = policy;
		this.regions = regions;
		this.errors = errors;
		this.validator = validator;
		this.json = json;
		this.lookups = lookups;
	}

	@GetMapping("/cases/new")
	ModelAndView form() {
		PantauUser me = this.currentUser.get();
		this.policy.requireAnyRole(me, Groups.INTAKE);
		return page(me, new LinkedMultiValueMap<>(), Map.of(), null);
	}

	/**
	 * What the registry knows of the employee with the NIP typed, in the officer's
	 * regions: the pacts and pledges he signed and his other cases (htmx, as the form is
	 * filled).
	 */
	@GetMapping("/cases/new/employee")
	ModelAndView employee(@RequestParam(name = "employee.nip", required = false) String nip) {
		this.policy.requireAnyRole(this.currentUser.get(), Groups.INTAKE);
		ModelAndView block = new ModelAndView("web/register :: employee");
		String typed = (nip != null) ? nip.strip() : "";
		if (typed.matches("\\d{18}")) {
			block.addObject("signatures", this.lookups.signatures(typed));
			block.addObject("earlierCases", this.lookups.earlierCases(typed, null));
		}
		return block;
	}

	@PostMapping("/cases/new")
	ModelAndView register(@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		PantauUser me = this.currentUser.get();
		this.policy.requireAnyRole(me, Groups.INTAKE);
		try {
			CaseSummary registered = this.registration.register(request(form), me);
			flash.addFlashAttribute("flash", this.errors.text("web.register.done", registered.number()));
			return new ModelAndView("redirect:/cases/" + registered.number());
		}
		catch (ConflictException ex) {
			ModelAndView page = page(me, form, Map.of(), ex.properties().get("existingCaseNumber"));
			page.addObject("flashError", this.errors.text(ex));
			page.setStatus(HttpStatus.CONFLICT);
			return page;
		}
		catch (RuntimeException ex) {
			Map<String, String> fields = this.errors.of(ex);
			if (fields == null) {
				throw ex;
			}
			ModelAndView page = page(me, form, fields, null);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
	}

	private RegisterCaseRequest request(MultiValueMap<String, String> form) {
		RegisterCaseRequest request;
		try {
			request = this.json.treeToValue(FormPayload.of(form, this.json), RegisterCaseRequest.class);
		}
		catch (JsonProcessingException ex) {
			throw new UnreadablePayloadException(ex);
		}
		var violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return request;
	}

	private ModelAndView page(PantauUser me, MultiValueMap<String, String> form, Map<String, String> fieldErrors,
			Object existingCase) {
		ModelAndView page = new ModelAndView("web/register");
		page.addObject("form", form);
		page.addObject("errors", fieldErrors);
		page.addObject("existingCase", existingCase);
		page.addObject("regions", this.regions.all().stream().filter((r) -> me.inRegion(r.code())).toList());
		page.addObject("payloadType", RegisterCaseRequest.class);
		return page;
	}

}
