package org.mirarchive.browser;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs a {@link BrowserTest} class only where Chromium is installed, and gives it one browser
 * for all its tests, started before the first and closed after the last. A test of an archive it
 * starts itself as a process of its own (no Spring test) starts its browsers with
 * {@link Chromium#start(String)} once the archive has its address: this extension then only
 * decides whether it runs.
 */
final class ChromiumExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final AtomicBoolean TOLD = new AtomicBoolean();

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String missing = Chromium.missing();
		if (missing == null) {
			return ConditionEvaluationResult.enabled("Chromium found at " + Chromium.BINARY);
		}
		if (required()) {
			throw new IllegalStateException(missing + ", and REQUIRE_BROWSER is set: the browser tests must run here "
					+ "(apt-get install chromium chromium-driver)");
		}
		String reason = missing + " — browser tests skipped";
		if (TOLD.compareAndSet(false, true)) {
			// Also on the console, once: a skip reason otherwise only reaches the test reports.
			System.err.println("[WARNING] " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!AnnotationSupport.isAnnotated(context.getRequiredTestClass(), BootstrapWith.class)) {
			return;
		}
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
		context.getStore(NAMESPACE).put(Chromium.class, Chromium.start("http://localhost:" + port));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Chromium chromium = context.getStore(NAMESPACE).remove(Chromium.class, Chromium.class);
		if (chromium != null) {
			chromium.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Chromium.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Chromium.class, Chromium.class);
	}

	/** CI sets REQUIRE_BROWSER=true, so that a machine without Chromium fails instead of skipping. */
	private static boolean required() {
		return Boolean.parseBoolean(System.getenv("REQUIRE_BROWSER")) || Boolean.getBoolean("requireBrowser");
	}

}
