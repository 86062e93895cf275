package org.mirarchive.account;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle locks a username, or an address, after its limit of failures, and lets go after the lock time. */
class LoginThrottleTest {

	private final AtomicLong nanos = new AtomicLong();

	private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), nanos::get);

	@Test
	void anAccountIsLockedAfterItsFailuresAndRecoversAfterTheLockTime() {
		for (int failure = 0; failure < 2; failure++) {
			throttle.failed("ana", "10.0.0." + failure);
		}
		assertThat(throttle.refuses("ana", "10.0.0.9")).isFalse();
		throttle.failed("Ana ", "10.0.0.3");
		assertThat(throttle.refuses("ana", "10.0.0.9")).as("from any address, in any case").isTrue();
		assertThat(throttle.refuses("bea", "10.0.0.9")).isFalse();

		later(14);
		assertThat(throttle.refuses("ana", "10.0.0.9")).isTrue();
		later(2);
		assertThat(throttle.refuses("ana", "10.0.0.9")).isFalse();
	}

	@Test
	void anAddressIsLockedAfterItsFailuresWhateverNamesItTries() {
		for (int failure = 0; failure < 5; failure++) {
			throttle.failed("name-" + failure, "10.1.1.1");
		}
		assertThat(throttle.refuses("someone-else", "10.1.1.1")).isTrue();
		assertThat(throttle.refuses("someone-else", "10.1.1.2")).isFalse();
		later(16);
		assertThat(throttle.refuses("someone-else", "10.1.1.1")).isFalse();
	}

	@Test
	void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
		throttle.failed("ana", "10.2.2.2");
		throttle.failed("ana", "10.2.2.2");
		throttle.succeeded("ana");
		throttle.failed("ana", "10.2.2.2");
		throttle.failed("ana", "10.2.2.2");
		assertThat(throttle.refuses("ana", "10.3.3.3")).isFalse();
		throttle.failed("bea", "10.2.2.2");
		assertThat(throttle.refuses("carla", "10.2.2.2")).isTrue();
	}

	private void later(int minutes) {
		nanos.addAndGet(TimeUnit.MINUTES.toNanos(minutes));
	}

}
