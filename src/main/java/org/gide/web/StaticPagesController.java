package org.gide.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Home page, the legal pages every public site must carry, robots.txt (naming the sitemap), the named error pages. */
@Controller
class StaticPagesController {

	private final String publicUrl;

	StaticPagesController(@Value("${gide.public-url}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@GetMapping("/")
	String home() {
		return "web/home";
	}

	@GetMapping("/mentions-legales")
	String legalNotice() {
		return "web/mentions-legales";
	}

	@GetMapping("/accessibilite")
	String accessibilityStatement() {
		return "web/accessibilite";
	}

	@GetMapping("/donnees-personnelles")
	String privacy() {
		return "web/donnees-personnelles";
	}

	@GetMapping("/plan-du-site")
	String siteMap() {
		return "web/plan-du-site";
	}

	@GetMapping(value = "/robots.txt", produces = "text/plain")
	@ResponseBody
	String robots() {
		return "User-agent: *\nDisallow: /admin/\nDisallow: /compte\n\nSitemap: " + publicUrl + "/sitemap.xml\n";
	}

	/** Any method: access denied on a POST forwards here too, and must still answer 403, not 405. */
	@RequestMapping("/error/{status:403|404|500}")
	String errorPage(@PathVariable int status, jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus(status);
		return "error/" + status;
	}

}
