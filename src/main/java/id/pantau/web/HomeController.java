package id.pantau.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the login page. */
@Controller
class HomeController {

	private final Pages pages;

	HomeController(Pages pages) {
		this.pages = pages;
	}

	/** Logged-in people start at their work (auditors at the search); others log in. */
	@GetMapping("/")
	String root() {
		return this.pages.person()
			.map((me) -> this.pages.hasTasks(me) ? "redirect:/work" : "redirect:/audit")
			.orElse("redirect:/login");
	}

	@GetMapping("/login")
	String login() {
		return this.pages.person().isPresent() ? "redirect:/" : "web/login";
	}

}
