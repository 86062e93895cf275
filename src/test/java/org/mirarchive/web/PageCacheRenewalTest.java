package org.mirarchive.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import org.mirarchive.address.ArchiveAddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How a kept page ages ({@link PageCache}): fresh for its time to live; then one reader renders
 * it anew while every other reader still gets the older copy, so that a page read by many at
 * once is not rendered by all of them at once; a page not kept yet rendered once while the
 * readers asking for it meanwhile wait for it, unless its last rendering gave nothing to keep;
 * never served once older than shared caches may serve it; renewable again if the reader
 * renewing it got no page to keep; and a page rendered while everything is forgotten (a change
 * committed meanwhile) is not kept.
 */
class PageCacheRenewalTest {

	private static final Duration FRESH = Duration.ofMinutes(1);

	private final AtomicLong now = new AtomicLong();

	private final PageCache cache = new PageCache(DataSize.ofMegabytes(1), FRESH, new ArchiveAddresses(""),
			new AcceptHeaderLocaleResolver(), Clock.systemUTC(), now::get);

	/** Pages as the application renders them: numbered, so that a reader can tell which copy they got. */
	private final AtomicInteger renders = new AtomicInteger();

	/** What the next render does before it answers (another reader's request, say). */
	private Runnable duringRender = () -> {
	};

	private int status = 200;

	@Test
	void aFreshPageIsServedAsKept() throws Exception {
		assertThat(read()).isEqualTo("render 1");
		after(FRESH.minusSeconds(1));
		assertThat(read()).isEqualTo("render 1");
		assertThat(renders).hasValue(1);
	}

	@Test
	void anAgedPageIsRenderedAnewByOneReaderWhileTheOthersGetTheOlderCopy() throws Exception {
		read();
		after(FRESH.plusSeconds(1));
		List<String> othersMeanwhile = new ArrayList<>();
		duringRender = () -> {
			for (int i = 0; i < 5; i++) {
				othersMeanwhile.add(read());
			}
		};

		assertThat(read()).isEqualTo("render 2");
		assertThat(othersMeanwhile).containsOnly("render 1");
		assertThat(read()).isEqualTo("render 2");
		assertThat(renders).hasValue(2);
	}

	@Test
	void noCopyIsServedOnceOlderThanSharedCachesMayKeepIt() throws Exception {
		read();
		after(HttpCaching.SHARED_CACHES.plusSeconds(1));
		duringRender = () -> othersAskWhileRendering(1);

		// An expired copy is no copy: the other reader waits for the page being rendered.
		assertThat(read()).isEqualTo("render 2");
		assertThat(othersGot()).containsExactly("render 2");
	}

	@Test
	void aMissingPageIsRenderedOnceWhileTheReadersAskingForItMeanwhileWaitForIt() throws Exception {
		duringRender = () -> othersAskWhileRendering(5);

		assertThat(read()).isEqualTo("render 1");
		assertThat(othersGot()).hasSize(5).containsOnly("render 1");
		assertThat(renders).hasValue(1);
	}

	@Test
	void readersDoNotWaitForAPageWhoseLastRenderingGaveNothingToKeep() throws Exception {
		status = 503;
		read();
		List<String> othersMeanwhile = new ArrayList<>();
		// The other reader is answered while this one's rendering has not finished, well before a
		// waiting reader would give up waiting: it did not wait.
		duringRender = () -> othersMeanwhile.add(CompletableFuture.supplyAsync(this::read)
			.orTimeout(PageCache.WAIT_FOR_RENDERING.toMillis() / 2, TimeUnit.MILLISECONDS)
			.join());

		assertThat(read()).isEqualTo("render 2");
		assertThat(othersMeanwhile).containsExactly("render 3");
	}

	@Test
	void whenTheRendererGetsNoPageToKeepTheNextReaderTriesAgain() throws Exception {
		read();
		after(FRESH.plusSeconds(1));
		status = 503;
		read();
		status = 200;

		assertThat(read()).isEqualTo("render 3");
		assertThat(read()).isEqualTo("render 3");
	}

	@Test
	void aPageRenderedWhileEverythingIsForgottenIsNotKept() throws Exception {
		duringRender = cache::clear;

		assertThat(read()).isEqualTo("render 1");
		assertThat(read()).isEqualTo("render 2");
	}

	@Test
	void aPageRenewedWhileEverythingIsForgottenIsNotKept() throws Exception {
		read();
		after(FRESH.plusSeconds(1));
		duringRender = cache::clear;

		assertThat(read()).isEqualTo("render 2");
		assertThat(read()).isEqualTo("render 3");
	}

	@Test
	void aTimeToLiveLongerThanSharedCachesMayKeepAPageIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PageCache(DataSize.ofMegabytes(1), HttpCaching.SHARED_CACHES.plusSeconds(1),
					new ArchiveAddresses(""), new AcceptHeaderLocaleResolver(), Clock.systemUTC(), now::get));
	}

	/** Readers on threads of their own who asked for the page during a render ({@link #othersAskWhileRendering}). */
	private final List<Thread> others = new ArrayList<>();

	/** The pages those readers got. */
	private final List<String> othersGot = Collections.synchronizedList(new ArrayList<>());

	/**
	 * Has {@code count} readers on threads of their own ask for the page, and returns once each is
	 * waiting (for the page being rendered) or has been answered.
	 */
	private void othersAskWhileRendering(int count) {
		for (int i = 0; i < count; i++) {
			Thread reader = new Thread(() -> othersGot.add(read()));
			reader.start();
			others.add(reader);
		}
		long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		while (System.nanoTime() < until && !others.stream()
			.allMatch(reader -> reader.getState() == Thread.State.TIMED_WAITING
					|| reader.getState() == Thread.State.TERMINATED)) {
			Thread.onSpinWait();
		}
	}

	/** What the other readers got, once they all have. */
	private List<String> othersGot() throws InterruptedException {
		for (Thread reader : others) {
			reader.join();
		}
		return othersGot;
	}

	private void after(Duration duration) {
		now.addAndGet(duration.toNanos());
	}

	/** One reader's request for the page, through the cache: the body they got. */
	private String read() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people/miguel-enriquez");
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			cache.doFilter(request, response, new MockFilterChain(new Application()));
			return response.getContentAsString();
		}
		catch (IOException | ServletException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Renders a page that may be kept, numbered by how many times pages were rendered. */
	private final class Application extends HttpServlet {

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			int render = renders.incrementAndGet();
			Runnable meanwhile = duringRender;
			duringRender = () -> {
			};
			meanwhile.run();
			response.setStatus(status);
			response.setDateHeader("Last-Modified", 0);
			response.setHeader("Cache-Control", HttpCaching.PAGES.getHeaderValue());
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("render " + render);
		}

	}

}
