package io.quire.engine.system;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatesTests {

	private final AtomicLong nanos = new AtomicLong();

	private final Rates rates = new Rates(this.nanos::get);

	@Test
	void rateIsTheGrowthOverTheLastWindowOfAtLeastASecond() {
		assertThat(this.rates.perSecond("q", 0)).isZero();
		this.nanos.set(2_000_000_000L);
		assertThat(this.rates.perSecond("q", 100)).isEqualTo(50.0);
		this.nanos.set(2_500_000_000L);
		assertThat(this.rates.perSecond("q", 500)).as("within the window: the last full one").isEqualTo(50.0);
		this.nanos.set(3_000_000_000L);
		assertThat(this.rates.perSecond("q", 700)).isEqualTo(600.0);
	}

	@Test
	void eachKeyHasItsOwnWindow() {
		this.rates.perSecond("a", 0);
		this.nanos.set(1_000_000_000L);
		this.rates.perSecond("b", 0);
		assertThat(this.rates.perSecond("a", 10)).isEqualTo(10.0);
		assertThat(this.rates.perSecond("b", 10)).isZero();
	}

}
