package org.mirarchive.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.EditedArchiveWebTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What curators and everyone else meet at the curators' routes: the first administrator made from
 * the settings ({@link EditedArchiveWebTest} gives them), form login with CSRF and a session,
 * personal API tokens, {@code POST /api/accounts}, the throttle and the audit log. Each test makes
 * the accounts it needs, with names no other test uses.
 */
@EditedArchiveWebTest
public class CuratorsTest {

	public static final String ADMINISTRATOR = "test-administrator";

	public static final String ADMINISTRATOR_PASSWORD = "a test administrator's password";

	public static final String ADMINISTRATOR_TOKEN = "mir_the-test-administrators-token-0123456789";

	private static final String PASSWORD = "correct horse battery staple";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theFirstAdministratorIsMadeFromTheSettingsWithItsPasswordAndTokenHashed() {
		Map<String, Object> account = jdbc.queryForMap("select * from account where username = ?", ADMINISTRATOR);
		assertThat(account.get("role")).isEqualTo("ADMINISTRATOR");
		assertThat((String) account.get("password_hash")).startsWith("{bcrypt}").doesNotContain(ADMINISTRATOR_PASSWORD);
		assertThat(jdbc.queryForList("select token_hash from api_token where account_id = ?", String.class,
				account.get("id")))
			.containsExactly(TokenHashes.hash(ADMINISTRATOR_TOKEN))
			.doesNotContain(ADMINISTRATOR_TOKEN);

		CuratorBrowser browser = new CuratorBrowser(port);
		HttpResponse<byte[]> login = browser.logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/account"));
		assertThat(browser.page("/account").select("main").text()).contains("Logged in as test-administrator, administrator.");
	}

	@Test
	void aWrongPasswordIsRefusedAndBothAreInTheAuditLog() {
		String name = newAccount("REVIEWER");
		CuratorBrowser browser = new CuratorBrowser(port);
		HttpResponse<byte[]> wrong = browser.logIn(name, "not the password at all");
		assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
		assertThat(browser.page("/login?error").select("[role=alert]").text()).isEqualTo("The username or password is wrong.");

		browser.logIn(name, PASSWORD);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		assertThat(audit(name)).containsExactly("LOGIN_FAILED", "LOGIN");
	}

	@Test
	void administratorsReadTheAuditLogNewestFirstAndNoOneElseDoes() {
		String name = newAccount("REVIEWER");
		CuratorBrowser reviewer = new CuratorBrowser(port);
		reviewer.logIn(name, "not the password at all");
		reviewer.logIn(name, PASSWORD);
		assertThat(reviewer.get("/account/audit").statusCode()).isEqualTo(403);
		assertThat(reviewer.page("/account").select("a[href=/account/audit]")).isEmpty();
		assertThat(new CuratorBrowser(port).get("/account/audit").statusCode()).isEqualTo(302);

		CuratorBrowser administrator = new CuratorBrowser(port);
		administrator.logIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD);
		assertThat(administrator.page("/account").select("a[href=/account/audit]")).hasSize(1);
		Document log = administrator.page("/account/audit");
		List<String> rows = log.select("tbody tr").eachText();
		// Newest first: the administrator's own login, then the reviewer's login and failed login,
		// then the account made by the administrator.
		assertThat(rows.get(0)).contains("Logged in", ADMINISTRATOR);
		assertThat(rows.stream().filter(row -> row.contains(name)).toList()).hasSize(3)
			.satisfiesExactly(login -> assertThat(login).contains("Logged in"),
					failed -> assertThat(failed).contains("Login failed"),
					made -> assertThat(made).contains("Account made", ADMINISTRATOR, "REVIEWER"));
		assertThat(administrator.get("/account/audit?page=0").statusCode()).isEqualTo(404);
		assertThat(administrator.get("/account/audit?page=9999").statusCode()).isEqualTo(404);
	}

	@Test
	void theSessionIsNewAtLoginAndItsCookieIsHttpOnlyAndSameSite() {
		String name = newAccount("EDITOR");
		CuratorBrowser browser = new CuratorBrowser(port);
		HttpResponse<byte[]> loginPage = browser.get("/login");
		assertThat(loginPage.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
		assertThat(loginPage.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("no-store"));
		String before = browser.session();
		browser.logIn(name, PASSWORD);
		assertThat(browser.session()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void curatorPagesAreNotForReaders() {
		CuratorBrowser reader = new CuratorBrowser(port);
		for (String page : List.of("/account", "/account/tokens", "/account/tokens/1/revoke")) {
			HttpResponse<byte[]> answer = reader.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).as(page)
				.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
			assertThat(answer.headers().firstValue("Set-Cookie")).as(page).isEmpty();
		}
	}

	@Test
	void everyFormNeedsItsCsrfTokenAndALoggedInCurator() {
		String name = newAccount("EDITOR");
		// Anonymous, with a CSRF token of its own session: sent to log in, nothing made.
		CuratorBrowser reader = new CuratorBrowser(port);
		String readersToken = reader.csrf("/login");
		HttpResponse<byte[]> anonymous = reader.post("/account/tokens", Map.of("label", "anonymous", "_csrf", readersToken));
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

		CuratorBrowser curator = new CuratorBrowser(port);
		curator.logIn(name, PASSWORD);
		String token = curator.csrf("/account");
		assertThat(token).isNotBlank();
		assertThat(curator.post("/account/tokens", Map.of("label", "no csrf")).statusCode()).isEqualTo(403);
		assertThat(curator.post("/account/tokens", Map.of("label", "wrong csrf", "_csrf", readersToken)).statusCode())
			.isEqualTo(403);
		assertThat(tokenLabels(name)).containsExactly(Accounts.FIRST_TOKEN);

		long first = jdbc.queryForObject(
				"select t.id from api_token t join account a on a.id = t.account_id where a.username = ?", Long.class, name);
		assertThat(curator.post("/account/tokens/" + first + "/revoke", Map.of()).statusCode()).isEqualTo(403);
		assertThat(reader.post("/account/tokens/" + first + "/revoke", Map.of("_csrf", readersToken)).statusCode())
			.isEqualTo(302);
		assertThat(revoked(name)).isZero();

		// Logging out needs the token too: without it, the session stays.
		assertThat(curator.post("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(curator.get("/account").statusCode()).isEqualTo(200);
		HttpResponse<byte[]> logout = curator.post("/logout", Map.of("_csrf", curator.csrf("/account")));
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
		assertThat(curator.get("/account").statusCode()).isEqualTo(302);
		assertThat(audit(name)).containsExactly("LOGIN", "LOGOUT");
	}

	@Test
	void aCuratorMakesATokenSeesItOnceAndRevokesIt() throws Exception {
		String name = newAccount("EDITOR");
		CuratorBrowser curator = new CuratorBrowser(port);
		curator.logIn(name, PASSWORD);
		HttpResponse<byte[]> made = curator.post("/account/tokens",
				Map.of("label", "my scripts", "_csrf", curator.csrf("/account")));
		assertThat(made.statusCode()).isEqualTo(302);
		Document page = curator.page("/account");
		String token = page.select("code.new-token").text();
		assertThat(token).startsWith(TokenHashes.PREFIX);
		assertThat(page.select("table.tokens td").eachText()).contains("my scripts", Accounts.FIRST_TOKEN);
		assertThat(curator.page("/account").select("code.new-token")).as("shown once").isEmpty();
		assertThat(jdbc.queryForList("select token_hash from api_token", String.class)).contains(TokenHashes.hash(token))
			.doesNotContain(token);

		// The token is the editor's: known, but an editor may not make accounts.
		assertThat(createAccount(token, unique(), PASSWORD, "EDITOR").statusCode()).isEqualTo(403);
		long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, TokenHashes.hash(token));
		assertThat(jdbc.queryForObject("select last_used from api_token where id = ?", Object.class, id)).isNotNull();

		curator.post("/account/tokens/" + id + "/revoke", Map.of("_csrf", curator.csrf("/account")));
		assertThat(curator.page("/account").select("[role=status]").text()).contains("The token is revoked");
		assertThat(createAccount(token, unique(), PASSWORD, "EDITOR").statusCode()).isEqualTo(401);
		assertThat(audit(null)).contains("TOKEN_REFUSED");
	}

	@Test
	void anAdministratorMakesAnAccountWhoseTokenWorks() throws Exception {
		String name = unique();
		HttpResponse<String> created = createAccount(ADMINISTRATOR_TOKEN, name, PASSWORD, "reviewer");
		assertThat(created.statusCode()).isEqualTo(201);
		String token = json.readTree(created.body()).get("token").asString();
		assertThat(token).startsWith(TokenHashes.PREFIX);
		assertThat(jdbc.queryForObject("select role from account where username = ?", String.class, name))
			.isEqualTo("REVIEWER");
		// A reviewer's token is known, and refused here for its role.
		assertThat(createAccount(token, unique(), PASSWORD, "EDITOR").statusCode()).isEqualTo(403);
		CuratorBrowser browser = new CuratorBrowser(port);
		browser.logIn(name, PASSWORD);
		assertThat(browser.page("/account").select("main").text()).contains("Logged in as " + name + ", reviewer.");
		assertThat(audit(ADMINISTRATOR)).contains("TOKEN_USED");
	}

	@Test
	void makingAnAccountIsRefusedWithoutTheAdministratorsToken() throws Exception {
		int accounts = count();
		String name = unique();
		assertThat(createAccount(null, name, PASSWORD, "EDITOR").statusCode()).isEqualTo(401);
		assertThat(createAccount("mir_not-a-token-anyone-has-0000000000000", name, PASSWORD, "EDITOR").statusCode())
			.isEqualTo(401);
		HttpResponse<String> refused = createAccount(null, name, PASSWORD, "EDITOR");
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(count()).isEqualTo(accounts);
	}

	@Test
	void badInputIsAProblemNamingEachFieldAndNothingIsStored() throws Exception {
		int accounts = count();
		HttpResponse<String> refused = createAccount(ADMINISTRATOR_TOKEN, "<b>x</b>", "short", "owner");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		assertThat(problem.get("errors").propertyNames()).containsExactlyInAnyOrder("username", "password", "role");
		assertThat(problem.get("detail").asString()).contains("at least 12 characters");

		assertThat(createAccount(ADMINISTRATOR_TOKEN, ADMINISTRATOR, PASSWORD, "EDITOR").statusCode()).isEqualTo(422);
		assertThat(send(ADMINISTRATOR_TOKEN, "{\"username\": ").statusCode()).isEqualTo(400);
		assertThat(count()).isEqualTo(accounts);
	}

	@Test
	void tooManyFailuresLockTheAccountEvenForItsPassword() {
		String name = newAccount("EDITOR");
		CuratorBrowser guesser = new CuratorBrowser(port);
		for (int guess = 0; guess < 5; guess++) {
			assertThat(guesser.logIn(name, "guess number " + guess).headers().firstValue("Location"))
				.hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
		}
		CuratorBrowser owner = new CuratorBrowser(port);
		HttpResponse<byte[]> refused = owner.logIn(name, PASSWORD);
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?throttled"));
		assertThat(owner.get("/account").statusCode()).isEqualTo(302);
		assertThat(owner.page("/login?throttled").select("[role=alert]").text()).startsWith("Too many failed logins");
		assertThat(audit(name)).endsWith("LOGIN_FAILED", "LOGIN_THROTTLED");
	}

	@Test
	void theAccountPageIsInSpanishToo() {
		String name = newAccount("EDITOR");
		CuratorBrowser curator = new CuratorBrowser(port);
		curator.logIn(name, PASSWORD);
		assertThat(curator.page("/account?lang=es").select("h1").text()).isEqualTo("Su cuenta");
	}

	/** Makes an account through the API, as the administrator; answers its name. */
	private String newAccount(String role) {
		String name = unique();
		assertThat(createAccount(ADMINISTRATOR_TOKEN, name, PASSWORD, role).statusCode()).isEqualTo(201);
		return name;
	}

	private HttpResponse<String> createAccount(String token, String username, String password, String role) {
		return send(token, "{\"username\": \"" + username + "\", \"password\": \"" + password + "\", \"role\": \"" + role
				+ "\"}");
	}

	private HttpResponse<String> send(String token, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String unique() {
		return "curator-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from account", Integer.class);
	}

	private List<String> tokenLabels(String username) {
		return jdbc.queryForList(
				"select t.label from api_token t join account a on a.id = t.account_id where a.username = ? order by t.id",
				String.class, username);
	}

	private int revoked(String username) {
		return jdbc.queryForObject("select count(*) from api_token t join account a on a.id = t.account_id "
				+ "where a.username = ? and t.revoked is not null", Integer.class, username);
	}

	/** The kinds of the audit log's rows for a username (null: rows without one), oldest first. */
	private List<String> audit(String username) {
		return username == null
				? jdbc.queryForList("select kind from authentication_event where username is null order by id", String.class)
				: jdbc.queryForList("select kind from authentication_event where username = ? order by id", String.class,
						username);
	}

}
