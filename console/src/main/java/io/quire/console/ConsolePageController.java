package io.quire.console;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's single page at {@code /}; it shows the sign-in form until the API says
 * there is a session, so the page itself holds no data.
 */
@RestController
class ConsolePageController {

	private final Resource page = new ClassPathResource("io/quire/console/assets/index.html");

	@GetMapping({ "/", "/console", "/console/" })
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy",
					"default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
			.body(this.page);
	}

}
