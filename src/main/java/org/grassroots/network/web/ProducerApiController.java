package org.grassroots.network.web;

import java.util.List;
import org.grassroots.network.Enterprise;
import org.grassroots.network.EnterpriseKind;
import org.grassroots.network.NetworkApi;
import org.grassroots.platform.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only directory of producers for integrators. */
@RestController
@RequestMapping("/api/v1/producers")
class ProducerApiController {

    private final NetworkApi network;

    ProducerApiController(NetworkApi network) {
        this.network = network;
    }

    @GetMapping
    List<Enterprise> producers() {
        return network.list(EnterpriseKind.PRODUCER);
    }

    @GetMapping("/{slug}")
    Enterprise producer(@PathVariable String slug) {
        return network.findBySlug(slug)
                .filter(e -> e.kind() == EnterpriseKind.PRODUCER)
                .orElseThrow(() -> ApiProblem.notFound("Producer", slug));
    }
}
