package org.mirarchive.account;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A curator's own account page: who is logged in, with which role, and their API tokens, to make
 * (the new token is shown once, on the page the form leads back to) and to revoke.
 */
@Controller
class AccountController {

	/** The longest label a token may have (the column's width). */
	static final int LONGEST_LABEL = 100;

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(SecurityConfiguration.ACCOUNT)
	String show(Authentication curator, Model model) {
		model.addAttribute("username", curator.getName());
		Role role = roleOf(curator);
		model.addAttribute("role", role);
		model.addAttribute("administrator", role == Role.ADMINISTRATOR);
		model.addAttribute("tokens", accounts.tokensOf(curator.getName()).stream().map(TokenLine::of).toList());
		return "account/account";
	}

	@PostMapping(SecurityConfiguration.ACCOUNT + "/tokens")
	String makeToken(Principal curator, @RequestParam(defaultValue = "") String label, RedirectAttributes next) {
		String given = label.strip();
		if (given.isEmpty() || given.length() > LONGEST_LABEL) {
			next.addFlashAttribute("labelProblem", true);
		}
		else {
			next.addFlashAttribute("newToken", accounts.newToken(curator.getName(), given));
		}
		return "redirect:" + SecurityConfiguration.ACCOUNT;
	}

	@PostMapping(SecurityConfiguration.ACCOUNT + "/tokens/{id}/revoke")
	String revoke(Principal curator, @PathVariable long id, RedirectAttributes next) {
		next.addFlashAttribute(accounts.revoke(curator.getName(), id) ? "revoked" : "notYours", true);
		return "redirect:" + SecurityConfiguration.ACCOUNT;
	}

	/** The highest role the session holds (roles include the ones below them). */
	private static Role roleOf(Authentication curator) {
		Role highest = null;
		for (var authority : curator.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority()) && (highest == null || role.compareTo(highest) > 0)) {
					highest = role;
				}
			}
		}
		return highest;
	}

}
