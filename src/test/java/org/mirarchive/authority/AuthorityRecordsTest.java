package org.mirarchive.authority;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;
import org.mirarchive.entry.EntryKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mirarchive.authority.EacCpfDocument.all;
import static org.mirarchive.authority.EacCpfDocument.text;

/**
 * Every person and organization is also an authority record in EAC-CPF 2.0, valid against the
 * schema, at its page's address for a program that asks for it and at a linked {@code .xml}
 * address; the record says what the page says, with its sources and its history.
 */
@ArchiveWebTest
class AuthorityRecordsTest {

	private static final String EAC_CPF = "application/eac-cpf+xml";

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
	void everyPersonAndOrganizationHasARecordValidAgainstTheSchema() {
		List<Map<String, Object>> agents = jdbc
			.queryForList("select kind, slug, name from entry where kind in ('PERSON', 'ORGANIZATION') and withdrawn is null");
		assertThat(agents).hasSizeGreaterThan(20);
		for (Map<String, Object> agent : agents) {
			String path = EntryKind.valueOf((String) agent.get("kind")).url((String) agent.get("slug"));
			Browser.Answer answer = browser.get(path + ".xml", "*/*");
			assertThat(answer.status()).as(path).isEqualTo(200);
			assertThat(answer.contentType()).as(path).startsWith(EAC_CPF);
			EacCpfSchema.validate(answer.body(), path);
			EacCpfDocument record = EacCpfDocument.parse(answer.body());
			assertThat(text(record.document().getDocumentElement(), "recordId")).isEqualTo(browser.base() + path);
			Element authorized = record.all("nameEntry").get(0);
			assertThat(authorized.getAttribute("status")).isEqualTo("authorized");
			assertThat(text(authorized, "part")).as(path).isEqualTo(agent.get("name"));
			assertThat(record.all("entityType").get(0).getAttribute("value"))
				.isEqualTo("PERSON".equals(agent.get("kind")) ? "person" : "corporateBody");
		}
	}

	@Test
	void miguelEnriquezsRecordNamesHimAndHisPlaceInTheMirWithItsSources() {
		EacCpfDocument record = EacCpfDocument.parse(browser.get("/people/miguel-enriquez.xml", EAC_CPF).body());
		List<Element> names = record.all("nameEntry");
		assertThat(names).extracting(name -> text(name, "part")).startsWith("Miguel Enríquez").contains("Miguel Enriquez");
		Element variant = names.stream().filter(name -> "Miguel Enriquez".equals(text(name, "part"))).findFirst().orElseThrow();
		assertThat(variant.getAttribute("status")).isEqualTo("alternative");
		assertThat(variant.getAttribute("localType")).isEqualTo("variant");
		assertThat(variant.getAttribute("languageOfElement")).isEqualTo("en");

		// His life, in EDTF as the archive gives it.
		Element exist = record.all("existDates").get(0);
		assertThat(all(exist, "fromDate").get(0).getAttribute("standardDate")).isEqualTo("1944");
		assertThat(all(exist, "toDate").get(0).getAttribute("standardDate")).isEqualTo("1974");

		// The MIR, which he led as General Secretary, as a relation to a corporate body.
		Element mir = record.all("relation").stream()
			.filter(r -> all(r, "targetEntity").get(0).getAttribute("valueURI").equals(browser.base() + "/organizations/mir")
					&& all(r, "relationType").stream().anyMatch(t -> "General Secretary".equals(t.getTextContent())))
			.findFirst()
			.orElseThrow();
		assertThat(all(mir, "targetEntity").get(0).getAttribute("targetType")).isEqualTo("corporateBody");
		assertThat(text(mir, "part")).isEqualTo("Movimiento de Izquierda Revolucionaria");
		assertThat(all(mir, "relationType")).extracting(Element::getTextContent).contains("leader of");

		// Each claim names its sources, which the record lists: the article, among them.
		assertThat(mir.getAttribute("sourceReference")).isNotBlank();
		List<Element> sources = record.all("source");
		for (String id : mir.getAttribute("sourceReference").split(" ")) {
			assertThat(sources).extracting(s -> s.getAttribute("id")).contains(id);
		}
		assertThat(sources).extracting(s -> text(s, "reference")).anyMatch(title -> title.contains("Chile's MIR"));
		assertThat(record.all("p")).isNotEmpty().allSatisfy(p -> assertThat(p.getAttribute("sourceReference")).isNotBlank());

		// Its history: the seed made it.
		Element seeded = record.all("maintenanceEvent").get(0);
		assertThat(seeded.getAttribute("maintenanceEventType")).isEqualTo("created");
		assertThat(all(seeded, "agent").get(0).getAttribute("agentType")).isEqualTo("machine");
		assertThat(all(seeded, "reference").get(0).getAttribute("href"))
			.isEqualTo(browser.base() + "/people/miguel-enriquez/revisions/1");
		assertThat(record.all("maintenanceAgency").get(0).getTextContent()).contains("The MIR Archive");
	}

	@Test
	void thePagesAddressGivesTheRecordToAProgramThatAsksForIt() {
		Browser.Answer negotiated = browser.get("/organizations/mir", EAC_CPF);
		assertThat(negotiated.status()).isEqualTo(200);
		assertThat(negotiated.contentType()).startsWith(EAC_CPF);
		assertThat(negotiated.headers().get("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept"));
		assertThat(negotiated.body()).isEqualTo(browser.get("/organizations/mir.xml", "*/*").body());
		// A browser still gets the page.
		assertThat(browser.get("/organizations/mir").contentType()).startsWith("text/html");
	}

	@Test
	void thePageLinksToItsRecordInBothLanguages() {
		Document page = browser.get("/people/miguel-enriquez").document();
		assertThat(page.select("link[rel=alternate][type=" + EAC_CPF + "]").attr("href"))
			.isEqualTo("/people/miguel-enriquez.xml");
		assertThat(page.select(".cite-data a[href=/people/miguel-enriquez.xml]").text()).contains("EAC-CPF");
		Document spanish = browser.get("/people/miguel-enriquez", "text/html", "Accept-Language", "es").document();
		assertThat(spanish.select(".cite-data a[href=/people/miguel-enriquez.xml]").text()).contains("registro de autoridad");
		// An event is no agent: no record, and no link to one.
		assertThat(browser.get("/events/coup-of-11-september-1973").document()
			.select("link[type=" + EAC_CPF + "]")).isEmpty();
	}

	@Test
	void anEventOrAnUnknownSlugHasNoRecord() {
		assertThat(browser.get("/events/coup-of-11-september-1973", EAC_CPF).status()).isEqualTo(404);
		assertThat(browser.get("/events/coup-of-11-september-1973.xml", "*/*").status()).isEqualTo(404);
		assertThat(browser.get("/places/santiago.xml", "*/*").status()).isEqualTo(404);
		assertThat(browser.get("/people/nobody-of-that-name.xml", "*/*").status()).isEqualTo(404);
		assertThat(browser.get("/people/nobody-of-that-name", EAC_CPF).status()).isEqualTo(404);
	}

}
