package org.mirarchive.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security's form login takes what it posts ({@link SecurityConfiguration}). */
@Controller
class LoginController {

	@GetMapping(SecurityConfiguration.LOGIN)
	String login() {
		return "account/login";
	}

}
