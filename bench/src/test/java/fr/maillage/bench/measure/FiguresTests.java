package fr.maillage.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.bench.Json;
import org.junit.jupiter.api.Test;

class FiguresTests {

    @Test
    void wrk_figures_are_read_in_milliseconds_with_every_kind_of_error() {
        Figures figures = Figures.ofWrk(Json.parse("{\"requests\":2000,\"duration_us\":20000000,\"bytes\":1000,"
                + "\"p50_us\":1500,\"p95_us\":4000,\"p99_us\":9000,\"mean_us\":1800.5,\"max_us\":20000,"
                + "\"stdev_us\":10,\"errors\":{\"connect\":1,\"read\":2,\"write\":0,\"timeout\":3,\"status\":4}}"));
        assertThat(figures.throughput()).isEqualTo(100.0);
        assertThat(figures.p50()).isEqualTo(1.5);
        assertThat(figures.p99()).isEqualTo(9.0);
        assertThat(figures.errors()).isEqualTo(10);
    }

    @Test
    void percentiles_of_individual_latencies_use_the_nearest_rank() {
        long[] micros = new long[100];
        for (int i = 0; i < 100; i++) {
            micros[i] = (100 - i) * 1000L;
        }
        Figures figures = Figures.ofLatencies(micros, 10, 0);
        assertThat(figures.p50()).isEqualTo(50.0);
        assertThat(figures.p95()).isEqualTo(95.0);
        assertThat(figures.p99()).isEqualTo(99.0);
        assertThat(figures.max()).isEqualTo(100.0);
        assertThat(figures.throughput()).isEqualTo(10.0);
    }
}
