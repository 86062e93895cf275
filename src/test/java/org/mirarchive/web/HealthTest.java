package org.mirarchive.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.mirarchive.ArchiveWebTest;
import org.mirarchive.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** What a load balancer or orchestrator may ask an instance, and that it can ask nothing more. */
@ArchiveWebTest
class HealthTest {

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	void browser() {
		browser = new Browser(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void healthLivenessAndReadinessAreUp(String path) {
		Browser.Answer answer = browser.get(path, "application/json");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).contains("json");
		assertThat(answer.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/info",
			"/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/health/db", "/actuator/health/diskSpace" })
	void nothingElseOfTheApplicationIsShown(String path) {
		Browser.Answer answer = browser.get(path, "application/json");
		assertThat(answer.status()).as(path).isEqualTo(404);
		assertThat(answer.body()).as(path).doesNotContain("jdbc", "password", "\"UP\"");
	}

}
