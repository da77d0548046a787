package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged routes are every route file of routes/, each once, the pages' only with the pages, the
 * service's only in service mode.
 */
class PackagedRoutesTest {

    @Test
    void everyRouteFileIsPackagedAndNamedOnce() throws Exception {
        List<String> inRepository;
        try (Stream<Path> files = Files.walk(Path.of("routes"))) {
            inRepository = files.filter(p -> p.toString().endsWith(".camel.yaml"))
                    .map(p -> "classpath:" + p.toString().replace('\\', '/')).sorted().toList();
        }
        List<String> packaged = Arrays.stream(Pipeline.routes(null, true, true).split(",")).sorted().toList();
        assertThat(packaged).isEqualTo(inRepository);
        assertThat(Pipeline.routes(null, false, true)).doesNotContain("web/");
        assertThat(Pipeline.routes(null, true, false)).doesNotContain("service/");
        for (String route : packaged) {
            assertThat(Pipeline.class.getResource("/" + route.substring("classpath:".length()))).as(route).isNotNull();
        }
    }
}
