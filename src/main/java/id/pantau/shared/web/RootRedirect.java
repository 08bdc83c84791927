package id.pantau.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Until the web interface exists, the root shows the documented API. */
@Controller
class RootRedirect {

	@GetMapping("/")
	String root() {
		return "redirect:/swagger-ui.html";
	}

}
