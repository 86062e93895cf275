package org.mirarchive.data;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mirarchive.data.JsonLdReader.SCHEMA;
import static org.mirarchive.data.JsonLdReader.expand;
import static org.mirarchive.data.JsonLdReader.types;
import static org.mirarchive.data.JsonLdReader.value;
import static org.mirarchive.data.JsonLdReader.values;

/**
 * Every entry and source page embeds schema.org JSON-LD that a JSON-LD processor expands into the
 * right type with the right properties, and the page's address gives the same JSON-LD to a
 * program that asks for {@code application/ld+json}.
 */
@ArchiveWebTest
class LinkedDataTest {

	private static final Map<String, String> TYPES = Map.of("PERSON", "Person", "ORGANIZATION", "Organization",
			"EVENT", "Event", "PLACE", "Place", "WORK", "CreativeWork");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@Test
	void everyEntryPageDescribesItsEntryAsTheRightSchemaOrgType() {
		List<Map<String, Object>> entries = jdbc.queryForList("select kind, slug, name from entry");
		assertThat(entries).hasSizeGreaterThan(40);
		for (Map<String, Object> entry : entries) {
			String path = EntryKind.valueOf((String) entry.get("kind")).url((String) entry.get("slug"));
			JsonObject node = embedded(path);
			assertThat(types(node)).as(path).containsExactly(SCHEMA + TYPES.get((String) entry.get("kind")));
			assertThat(node.getString("@id")).as(path).isEqualTo(browser.base() + path);
			assertThat(value(node, "name")).as(path).isEqualTo(entry.get("name"));
			assertThat(value(node, "url")).as(path).isEqualTo(browser.base() + path);
			JsonObject page = values(node, "mainEntityOfPage").get(0);
			assertThat(types(page)).containsExactly(SCHEMA + "WebPage");
			assertThat(values(page, "citation")).as(path).isNotEmpty()
				.allSatisfy(work -> assertThat(types(work)).containsExactly(SCHEMA + "CreativeWork"));
		}
	}

	@Test
	void aPersonsLifeGivesBirthAndDeathAndTheirMembershipsAreRoles() {
		JsonObject enriquez = embedded("/people/miguel-enriquez");
		assertThat(value(enriquez, "birthDate")).isEqualTo("1944");
		assertThat(value(enriquez, "deathDate")).isEqualTo("1974");
		assertThat(values(enriquez, "alternateName")).extracting(v -> v.getString("@value")).contains("Miguel Enriquez");
		JsonObject role = values(enriquez, "memberOf").stream()
			.filter(r -> "General Secretary".equals(value(r, "roleName")))
			.findFirst()
			.orElseThrow();
		assertThat(types(role)).containsExactly(SCHEMA + "Role");
		assertThat(value(role, "endDate")).isEqualTo("1974");
		// The start the article does not give, from Spanish Wikipedia (V23).
		assertThat(value(role, "startDate")).isEqualTo("1967");
		JsonObject mir = values(role, "memberOf").get(0);
		assertThat(types(mir)).containsExactly(SCHEMA + "Organization");
		assertThat(mir.getString("@id")).isEqualTo(browser.base() + "/organizations/mir");
		// He conceived the JCR: schema.org has only "founder", said from the organization's side.
		JsonObject founded = enriquez.getJsonObject("@reverse").getJsonArray(SCHEMA + "founder").getJsonObject(0);
		assertThat(founded.getString("@id")).isEqualTo(browser.base() + "/organizations/jcr");
		JsonObject article = values(values(enriquez, "mainEntityOfPage").get(0), "citation").stream()
			.filter(work -> value(work, "name").startsWith("Chile's MIR"))
			.findFirst()
			.orElseThrow();
		JsonObject author = values(article, "author").get(0);
		assertThat(types(author)).containsExactly(SCHEMA + "Person");
		assertThat(value(author, "name")).isEqualTo("Christopher Minster");
	}

	@Test
	void aPersonWithNoDateHasNoBirthOrDeathDate() {
		JsonObject pinochet = embedded("/people/augusto-pinochet");
		assertThat(values(pinochet, "birthDate")).isEmpty();
		assertThat(values(pinochet, "deathDate")).isEmpty();
	}

	@Test
	void anOrganizationHasFoundingDateFoundersAndMembersInRoles() {
		JsonObject mir = embedded("/organizations/mir");
		assertThat(value(mir, "foundingDate")).isEqualTo("1965");
		// 1965/..: the MIR's end is open, so there is no dissolution date.
		assertThat(values(mir, "dissolutionDate")).isEmpty();
		assertThat(values(mir, "founder")).extracting(f -> value(f, "name")).contains("Marcello Ferrada-Noli");
		assertThat(values(mir, "member")).anySatisfy(role -> {
			assertThat(types(role)).containsExactly(SCHEMA + "Role");
			assertThat(value(role, "roleName")).isEqualTo("General Secretary");
			assertThat(value(values(role, "member").get(0), "name")).isEqualTo("Miguel Enríquez");
			assertThat(types(values(role, "member").get(0))).containsExactly(SCHEMA + "Person");
		});
		assertThat(values(mir, "memberOf")).extracting(role -> value(values(role, "memberOf").get(0), "name"))
			.contains("Junta Coordinadora Revolucionaria");
	}

	@Test
	void aPlaceSaysWhatItIsWithinAndWhatIsWithinIt() {
		JsonObject santiago = embedded("/places/santiago");
		assertThat(values(santiago, "containedInPlace")).extracting(place -> value(place, "name")).containsExactly("Chile");
		assertThat(values(santiago, "containsPlace")).extracting(place -> value(place, "name"))
			.contains("National Stadium", "La Moneda");
	}

	@Test
	void anEventHasItsDatesAndWhereItHappened() {
		JsonObject coup = embedded("/events/coup-of-11-september-1973");
		assertThat(value(coup, "startDate")).isEqualTo("1973-09-11");
		assertThat(values(coup, "location")).extracting(place -> value(place, "name"))
			.containsExactlyInAnyOrder("Santiago", "La Moneda");
		assertThat(values(coup, "location")).allSatisfy(place -> assertThat(types(place)).containsExactly(SCHEMA + "Place"));
		JsonObject talks = embedded("/events/alliance-talks");
		assertThat(value(talks, "startDate")).isEqualTo("1972-10");
		assertThat(values(talks, "endDate")).isEmpty();
		JsonObject imprisonment = embedded("/events/imprisonment-of-marcello-ferrada-noli");
		assertThat(value(imprisonment, "startDate")).isEqualTo("1973");
		assertThat(value(imprisonment, "endDate")).isEqualTo("1975");
		// A span of days; an approximate date, which schema.org cannot say, is SchemaOrgDatesTest's.
		JsonObject campaign = embedded("/events/guevara-in-bolivia");
		assertThat(value(campaign, "startDate")).isEqualTo("1966-11-03");
		assertThat(value(campaign, "endDate")).isEqualTo("1967-10-09");
	}

	@Test
	void aSourcePageDescribesTheWorkAsACreativeWork() {
		JsonObject work = embedded("/sources/chiles-mir-the-revolutionary-left-movement");
		assertThat(types(work)).containsExactly(SCHEMA + "CreativeWork");
		assertThat(value(work, "name")).isEqualTo("Chile's MIR: The Revolutionary Left Movement");
		assertThat(value(values(work, "author").get(0), "name")).isEqualTo("Christopher Minster");
		assertThat(value(values(work, "publisher").get(0), "name")).isEqualTo("About.com");
		assertThat(value(work, "datePublished")).isEqualTo("2014");
		JsonObject wikipedia = embedded("/sources/wikipedia-carlos-prats");
		assertThat(value(wikipedia, "url")).isEqualTo("https://en.wikipedia.org/wiki/Carlos_Prats");
	}

	@Test
	void askingThePagesAddressForJsonLdGivesTheSameDescription() {
		for (String path : List.of("/people/miguel-enriquez", "/sources/chiles-mir-the-revolutionary-left-movement")) {
			Browser.Answer answer = browser.get(path, "application/ld+json");
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.contentType()).startsWith("application/ld+json");
			assertThat(answer.headers().get("vary")).flatMap(vary -> List.of(vary.split("\\s*,\\s*")))
				.anySatisfy(vary -> assertThat(vary).isEqualToIgnoringCase("Accept"));
			JsonMapper json = JsonMapper.builder().build();
			assertThat(json.readTree(answer.body())).isEqualTo(json.readTree(script(path)));
		}
		// Browsers, which accept anything but prefer HTML, still get the page.
		assertThat(browser.get("/people/miguel-enriquez", "text/html,application/xhtml+xml,*/*;q=0.8").contentType())
			.startsWith("text/html");
		assertThat(browser.get("/people/miguel-enriquez", "*/*").contentType()).startsWith("text/html");
	}

	@Test
	void anUnknownSlugAskedForAsJsonLdIsAProblemReport() {
		Browser.Answer answer = browser.get("/people/nobody", "application/ld+json");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(JsonMapper.builder().build().readTree(answer.body()).get("status").asInt()).isEqualTo(404);
	}

	@Test
	void theEmbeddedJsonCannotEndItsScriptElement() {
		String html = browser.get("/people/miguel-enriquez").body();
		String script = html.substring(html.indexOf("application/ld+json\">") + 21, html.indexOf("</script>"));
		assertThat(script).doesNotContain("<", ">");
	}

	private String script(String path) {
		Document doc = browser.get(path).document();
		assertThat(doc.select("script[type=application/ld+json]")).as(path).hasSize(1);
		return doc.selectFirst("script[type=application/ld+json]").data();
	}

	private JsonObject embedded(String path) {
		return expand(script(path));
	}

}
