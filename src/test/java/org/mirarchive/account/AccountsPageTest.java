package org.mirarchive.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;
import org.mirarchive.HtmlChecker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The administrators' accounts page, {@code /account/accounts}: accounts made, their roles changed,
 * disabled and enabled in the browser, with CSRF, by administrators only; the safeguards that keep
 * the archive administered; what a disabled account can no longer do; and every change in the
 * audit log, as administrators read it. The first administrator is {@link CuratorsTest}'s; each
 * test makes the other accounts it needs, with names no other test uses, and never disables or
 * demotes the first administrator (the other tests of this database log in as it).
 */
@EditedArchiveWebTest
public class AccountsPageTest {

	private static final String PAGE = "/account/accounts";

	private static final String PASSWORD = "correct horse battery staple";

	private static final HtmlChecker CHECKER = new HtmlChecker();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditLog auditLog;

	@Test
	void anAdministratorMakesAnEditorOnThePageAndTheEditorLogsIn() {
		CuratorBrowser administrator = administrator();
		assertThat(administrator.page("/account").select("a[href=" + PAGE + "]")).hasSize(1);
		String name = unique();
		HttpResponse<byte[]> made = administrator.post(PAGE, form(administrator, "username", name, "password", PASSWORD,
				"role", "EDITOR"));
		assertThat(made.statusCode()).isEqualTo(302);
		assertThat(made.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(PAGE));
		Document page = administrator.page(PAGE);
		assertThat(page.select("[role=status]").text()).isEqualTo("The account " + name + " is made, as editor. "
				+ "Its owner logs in with the password you chose and makes their own API tokens.");
		assertThat(line(page, name).text()).contains(name, "Enabled");
		assertThat(line(page, name).select("select option[selected]").text()).isEqualTo("editor");
		// Made without a token: its owner makes their own.
		assertThat(jdbc.queryForObject("select count(*) from api_token t join account a on a.id = t.account_id "
				+ "where a.username = ?", Integer.class, name)).isZero();

		CuratorBrowser editor = new CuratorBrowser(port);
		assertThat(editor.logIn(name, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/account"));
		assertThat(editor.page("/account").select("main").text()).contains("Logged in as " + name + ", editor.");
		assertThat(auditRows(administrator, name)).anySatisfy(
				row -> assertThat(row).contains("Account made", CuratorsTest.ADMINISTRATOR, name, "EDITOR"));
	}

	@Test
	void editorsReviewersAndReadersCannotManageAccounts() {
		String target = newAccount("EDITOR");
		long id = id(target);
		for (String role : List.of("EDITOR", "REVIEWER")) {
			String name = newAccount(role);
			CuratorBrowser curator = logIn(name);
			assertThat(curator.get(PAGE).statusCode()).as(role).isEqualTo(403);
			assertThat(curator.page("/account").select("a[href=" + PAGE + "]")).as(role).isEmpty();
			String csrf = curator.csrf("/account");
			assertThat(curator.post(PAGE, Map.of("username", unique(), "password", PASSWORD, "role", "ADMINISTRATOR",
					"_csrf", csrf)).statusCode()).as(role).isEqualTo(403);
			assertThat(curator.post(PAGE + "/" + id + "/role", Map.of("role", "ADMINISTRATOR", "_csrf", csrf))
				.statusCode()).as(role).isEqualTo(403);
			assertThat(curator.post(PAGE + "/" + id + "/disable", Map.of("_csrf", csrf)).statusCode()).as(role)
				.isEqualTo(403);
			assertThat(curator.post(PAGE + "/" + id + "/enable", Map.of("_csrf", csrf)).statusCode()).as(role)
				.isEqualTo(403);
			// Nor may they promote themselves.
			assertThat(curator.post(PAGE + "/" + id(name) + "/role", Map.of("role", "ADMINISTRATOR", "_csrf", csrf))
				.statusCode()).as(role).isEqualTo(403);
			assertThat(role(name)).isEqualTo(role);
		}
		CuratorBrowser reader = new CuratorBrowser(port);
		HttpResponse<byte[]> anonymous = reader.get(PAGE);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		assertThat(reader.post(PAGE + "/" + id + "/disable", Map.of("_csrf", reader.csrf("/login"))).statusCode())
			.isEqualTo(302);
		assertThat(role(target)).isEqualTo("EDITOR");
		assertThat(enabled(target)).isTrue();
	}

	@Test
	void everyFormOnThePageNeedsItsCsrfToken() {
		String target = newAccount("EDITOR");
		long id = id(target);
		CuratorBrowser administrator = administrator();
		int accounts = count();
		String name = unique();
		assertThat(administrator.post(PAGE, Map.of("username", name, "password", PASSWORD, "role", "EDITOR"))
			.statusCode()).isEqualTo(403);
		assertThat(administrator.post(PAGE, Map.of("username", name, "password", PASSWORD, "role", "EDITOR", "_csrf",
				new CuratorBrowser(port).csrf("/login"))).statusCode()).isEqualTo(403);
		assertThat(administrator.post(PAGE + "/" + id + "/role", Map.of("role", "REVIEWER")).statusCode()).isEqualTo(403);
		assertThat(administrator.post(PAGE + "/" + id + "/disable", Map.of()).statusCode()).isEqualTo(403);
		assertThat(count()).isEqualTo(accounts);
		assertThat(role(target)).isEqualTo("EDITOR");
		assertThat(enabled(target)).isTrue();
		// The page's own forms all carry it.
		Document page = administrator.page(PAGE);
		assertThat(page.select("form[method=post]")).hasSizeGreaterThan(2)
			.allSatisfy(form -> assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank());
	}

	@Test
	void aRoleChangeAndADisablingAreInTheAuditLogWithWhoDidItAndToWhom() {
		String name = newAccount("EDITOR");
		long id = id(name);
		CuratorBrowser administrator = administrator();
		HttpResponse<byte[]> promoted = administrator.post(PAGE + "/" + id + "/role",
				form(administrator, "role", "REVIEWER"));
		assertThat(promoted.statusCode()).isEqualTo(302);
		assertThat(administrator.page(PAGE).select("[role=status]").text()).isEqualTo("The role of " + name
				+ " is now: reviewer.");
		assertThat(role(name)).isEqualTo("REVIEWER");
		administrator.post(PAGE + "/" + id + "/disable", form(administrator));
		Document page = administrator.page(PAGE);
		assertThat(page.select("[role=status]").text()).startsWith("The account " + name + " is disabled");
		assertThat(line(page, name).text()).contains("Disabled");
		assertThat(line(page, name).select("button").eachText()).contains("Enable").doesNotContain("Disable");

		// Newest first: disabled, then the role changed, then made (through the API, by the administrator).
		List<String> rows = auditRows(administrator, name);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).contains("Account disabled", CuratorsTest.ADMINISTRATOR, name);
		assertThat(rows.get(1)).contains("Role changed", CuratorsTest.ADMINISTRATOR, name, "EDITOR \u2192 REVIEWER");
		assertThat(rows.get(2)).contains("Account made", CuratorsTest.ADMINISTRATOR, name, "EDITOR");
		assertThat(administrator.page("/account/audit?lang=es").select("tbody tr").eachText().stream()
			.filter(row -> row.contains(name))
			.toList()).satisfiesExactly(disabled -> assertThat(disabled).contains("Cuenta deshabilitada"),
					changed -> assertThat(changed).contains("Rol cambiado"),
					made -> assertThat(made).contains("Cuenta creada"));
		administrator.page("/account/audit?lang=en");

		administrator.post(PAGE + "/" + id + "/enable", form(administrator));
		assertThat(enabled(name)).isTrue();
		assertThat(auditRows(administrator, name).get(0)).contains("Account enabled", CuratorsTest.ADMINISTRATOR);
		// Asking for what already is changes nothing and records nothing.
		administrator.post(PAGE + "/" + id + "/enable", form(administrator));
		administrator.post(PAGE + "/" + id + "/role", form(administrator, "role", "REVIEWER"));
		assertThat(auditRows(administrator, name)).hasSize(4);
	}

	@Test
	void aDisabledAccountCannotLogInItsTokenIsRefusedAndItsSessionEnds() throws Exception {
		String name = unique();
		String token = createAccount(name, "REVIEWER");
		CuratorBrowser curator = logIn(name);
		assertThat(curator.get("/account").statusCode()).isEqualTo(200);
		// Known, and refused for its role: a reviewer makes no accounts.
		assertThat(useToken(token)).isEqualTo(403);

		CuratorBrowser administrator = administrator();
		administrator.post(PAGE + "/" + id(name) + "/disable", form(administrator));
		assertThat(enabled(name)).isFalse();

		HttpResponse<byte[]> next = curator.get("/account");
		assertThat(next.statusCode()).as("the session ends at its next request").isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		assertThat(useToken(token)).isEqualTo(401);
		CuratorBrowser again = new CuratorBrowser(port);
		assertThat(again.logIn(name, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		assertThat(again.get("/account").statusCode()).isEqualTo(302);

		// Enabled again, it logs in and its token works; the session that ended stays ended.
		administrator.post(PAGE + "/" + id(name) + "/enable", form(administrator));
		assertThat(curator.get("/account").statusCode()).isEqualTo(302);
		assertThat(logIn(name).get("/account").statusCode()).isEqualTo(200);
		assertThat(useToken(token)).isEqualTo(403);
	}

	@Test
	void aNewRoleHoldsFromTheSessionsNextRequest() {
		String name = newAccount("REVIEWER");
		CuratorBrowser curator = logIn(name);
		assertThat(curator.get(PAGE).statusCode()).isEqualTo(403);
		CuratorBrowser administrator = administrator();
		administrator.post(PAGE + "/" + id(name) + "/role", form(administrator, "role", "ADMINISTRATOR"));
		assertThat(curator.get(PAGE).statusCode()).isEqualTo(200);
		assertThat(curator.page("/account").select("main").text()).contains("Logged in as " + name + ", administrator.");
		administrator.post(PAGE + "/" + id(name) + "/role", form(administrator, "role", "EDITOR"));
		assertThat(curator.get(PAGE).statusCode()).isEqualTo(403);
		assertThat(curator.page("/account").select("main").text()).contains("Logged in as " + name + ", editor.");
	}

	@Test
	void anAdministratorCannotDisableOrDemoteTheirOwnAccount() {
		// A second administrator, so that the refusal is for being one's own, not for being the last.
		String name = newAccount("ADMINISTRATOR");
		long id = id(name);
		CuratorBrowser administrator = logIn(name);
		int lines = auditRows(administrator, name).size();

		HttpResponse<byte[]> demoted = administrator.post(PAGE + "/" + id + "/role", form(administrator, "role", "EDITOR"));
		assertThat(demoted.statusCode()).isEqualTo(422);
		Document page = page(demoted);
		assertThat(line(page, name).select("[role=alert]").text()).isEqualTo(
				"An administrator cannot disable or demote their own account: another administrator can.");
		assertThat(line(page, name).select("select").attr("aria-describedby")).isEqualTo("refusal");

		HttpResponse<byte[]> disabled = administrator.post(PAGE + "/" + id + "/disable", form(administrator));
		assertThat(disabled.statusCode()).isEqualTo(422);
		assertThat(line(page(disabled), name).select("[role=alert]").text()).startsWith("An administrator cannot disable");
		assertThat(role(name)).isEqualTo("ADMINISTRATOR");
		assertThat(enabled(name)).isTrue();
		assertThat(administrator.get(PAGE).statusCode()).isEqualTo(200);

		// Another administrator can; and nothing refused was recorded.
		CuratorBrowser first = administrator();
		assertThat(first.post(PAGE + "/" + id + "/role", form(first, "role", "EDITOR")).statusCode()).isEqualTo(302);
		assertThat(role(name)).isEqualTo("EDITOR");
		assertThat(auditRows(first, name)).hasSize(lines + 1).first().asString().contains("Role changed");
	}

	@Test
	void theSpanishPageSaysTheRefusalsInSpanish() {
		String name = newAccount("ADMINISTRATOR");
		CuratorBrowser administrator = logIn(name);
		administrator.page(PAGE + "?lang=es");
		HttpResponse<byte[]> disabled = administrator.post(PAGE + "/" + id(name) + "/disable", form(administrator));
		Document page = page(disabled);
		assertThat(page.select("h1").text()).isEqualTo("Cuentas");
		assertThat(line(page, name).select("[role=alert]").text()).startsWith("Quien administra no puede deshabilitar");
		HttpResponse<byte[]> refused = administrator.post(PAGE, form(administrator, "username", "x", "password", "short",
				"role", "EDITOR"));
		assertThat(page(refused).select("#new-password-problem").text()).isEqualTo(
				"Una contrase\u00f1a tiene al menos 12 caracteres.");
	}

	@Test
	void badInputChangesNothingAndIsAnsweredWithTheFormAndAMessageBesideEachField() {
		CuratorBrowser administrator = administrator();
		int accounts = count();
		HttpResponse<byte[]> refused = administrator.post(PAGE, form(administrator, "username", "<b>x</b>", "password",
				"short", "role", "OWNER"));
		assertThat(refused.statusCode()).isEqualTo(422);
		Document page = page(refused);
		assertThat(page.select("[role=alert]").text()).startsWith("The account was not made");
		// The same words as POST /api/accounts.
		assertThat(page.select("#new-username-problem").text()).isEqualTo("A username is 2 to 100 letters (a to z), "
				+ "digits, dots, hyphens or underscores, starting with a letter or digit.");
		assertThat(page.select("#new-password-problem").text()).isEqualTo("A password has at least 12 characters.");
		assertThat(page.select("#new-role-problem").text()).isEqualTo("The role is one of EDITOR, REVIEWER or ADMINISTRATOR.");
		assertThat(page.select("#new-username").attr("value")).as("kept, escaped").isEqualTo("<b>x</b>");
		assertThat(page.select("#new-username").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#new-password").attr("value")).as("never sent back").isEmpty();
		assertThat(page.select("main b")).isEmpty();

		HttpResponse<byte[]> taken = administrator.post(PAGE, form(administrator, "username", CuratorsTest.ADMINISTRATOR,
				"password", PASSWORD, "role", "EDITOR"));
		assertThat(taken.statusCode()).isEqualTo(422);
		assertThat(page(taken).select("#new-username-problem").text()).isEqualTo("An account with this username exists already.");
		assertThat(page(taken).select("#new-password-problem")).isEmpty();
		assertThat(count()).isEqualTo(accounts);

		String name = newAccount("EDITOR");
		HttpResponse<byte[]> noSuchRole = administrator.post(PAGE + "/" + id(name) + "/role",
				form(administrator, "role", "OWNER"));
		assertThat(noSuchRole.statusCode()).isEqualTo(422);
		assertThat(line(page(noSuchRole), name).select("[role=alert]").text()).isEqualTo(
				"The role is one of EDITOR, REVIEWER or ADMINISTRATOR.");
		assertThat(role(name)).isEqualTo("EDITOR");
		assertThat(administrator.post(PAGE + "/999999/disable", form(administrator)).statusCode()).isEqualTo(404);
	}

	@Test
	void theAuditLogNamesEveryKindInBothLanguagesAndTakesOnlyCurationKindsFromOutside() {
		String curator = newAccount("REVIEWER");
		for (AuditKind kind : AuditKind.values()) {
			if (kind.curation()) {
				auditLog.record(kind, curator, "change set " + kind.ordinal(), "said by " + curator);
			}
			else {
				assertThatIllegalArgumentException().as(kind.name())
					.isThrownBy(() -> auditLog.record(kind, curator, "forged"));
			}
		}
		CuratorBrowser administrator = administrator();
		List<String> rows = auditRows(administrator, curator);
		assertThat(rows).first().asString().contains("Entry withdrawn", "change set", "said by " + curator);
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("Change set approved"))
			.anySatisfy(row -> assertThat(row).contains("Changes requested"))
			.anySatisfy(row -> assertThat(row).contains("Change set rejected"))
			.anySatisfy(row -> assertThat(row).contains("Revision reverted"))
			.noneSatisfy(row -> assertThat(row).contains("forged"));
		List<String> spanish = administrator.page("/account/audit?lang=es").select("tbody tr").eachText();
		assertThat(spanish.stream().filter(row -> row.contains("said by " + curator)).toList())
			.hasSize((int) Arrays.stream(AuditKind.values()).filter(AuditKind::curation).count())
			.anySatisfy(row -> assertThat(row).contains("Conjunto de cambios aprobado"))
			.anySatisfy(row -> assertThat(row).contains("Entrada retirada"));
	}

	@Test
	void theAccountsPageAndTheAuditLogAreValidHtmlInBothLanguages() {
		CuratorBrowser administrator = administrator();
		newAccount("EDITOR");
		for (String language : List.of("en", "es")) {
			administrator.page(PAGE + "?lang=" + language);
			for (String path : List.of(PAGE, "/account/audit", "/account")) {
				String html = new String(administrator.get(path).body(), StandardCharsets.UTF_8);
				assertThat(CHECKER.check(html)).as(path + " (" + language + ")").isEmpty();
			}
			HttpResponse<byte[]> refused = administrator.post(PAGE, form(administrator, "username", "", "password", "",
					"role", ""));
			assertThat(CHECKER.check(new String(refused.body(), StandardCharsets.UTF_8)))
				.as("the form with its problems (" + language + ")").isEmpty();
			HttpResponse<byte[]> ownAccount = administrator.post(PAGE + "/" + id(CuratorsTest.ADMINISTRATOR) + "/disable",
					form(administrator));
			assertThat(ownAccount.statusCode()).isEqualTo(422);
			assertThat(CHECKER.check(new String(ownAccount.body(), StandardCharsets.UTF_8)))
				.as("a refusal on an account's line (" + language + ")").isEmpty();
		}
		assertThat(enabled(CuratorsTest.ADMINISTRATOR)).isTrue();
	}

	private CuratorBrowser administrator() {
		CuratorBrowser administrator = new CuratorBrowser(port);
		administrator.logIn(CuratorsTest.ADMINISTRATOR, CuratorsTest.ADMINISTRATOR_PASSWORD);
		return administrator;
	}

	private CuratorBrowser logIn(String name) {
		CuratorBrowser curator = new CuratorBrowser(port);
		assertThat(curator.logIn(name, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/account"));
		return curator;
	}

	/** A form's fields, with the CSRF token of the accounts page. */
	private static Map<String, String> form(CuratorBrowser browser, String... fields) {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.put(fields[i], fields[i + 1]);
		}
		form.put("_csrf", browser.csrf(PAGE));
		return form;
	}

	/** An account's line on the page. */
	private static Element line(Document page, String name) {
		Element line = page.selectFirst("tbody tr:has(th:containsOwn(" + name + "))");
		assertThat(line).as("the line of " + name).isNotNull();
		return line;
	}

	private Document page(HttpResponse<byte[]> answer) {
		return org.jsoup.Jsoup.parse(new String(answer.body(), StandardCharsets.UTF_8), "http://localhost:" + port + PAGE);
	}

	/** The audit log's lines about an account, as the administrator reads them, newest first. */
	private static List<String> auditRows(CuratorBrowser administrator, String name) {
		return administrator.page("/account/audit")
			.select("tbody tr")
			.eachText()
			.stream()
			.filter(row -> row.contains(name) && !row.contains("Logged in") && !row.contains("Login"))
			.toList();
	}

	private String newAccount(String role) {
		String name = unique();
		createAccount(name, role);
		return name;
	}

	/** Makes an account through the API, as the first administrator; answers its first token. */
	private String createAccount(String name, String role) {
		HttpResponse<String> created = api(CuratorsTest.ADMINISTRATOR_TOKEN,
				"{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD + "\", \"role\": \"" + role + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		return JsonMapper.builder().build().readTree(created.body()).get("token").asString();
	}

	/** What POST /api/accounts answers to a token (a body it would take from an administrator). */
	private int useToken(String token) {
		return api(token, "{\"username\": \"" + unique() + "\", \"password\": \"" + PASSWORD + "\", \"role\": \"EDITOR\"}")
			.statusCode();
	}

	private HttpResponse<String> api(String token, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String unique() {
		return "account-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long id(String name) {
		return jdbc.queryForObject("select id from account where username = ?", Long.class, name);
	}

	private String role(String name) {
		return jdbc.queryForObject("select role from account where username = ?", String.class, name);
	}

	private boolean enabled(String name) {
		return jdbc.queryForObject("select enabled from account where username = ?", Boolean.class, name);
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from account", Integer.class);
	}

}
