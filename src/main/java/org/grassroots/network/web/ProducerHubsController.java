package org.grassroots.network.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.common.EnterpriseId;
import org.grassroots.identity.IdentityApi;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A producer chooses which hubs, shops and co-ops may sell its products. */
@Controller
@RequestMapping("/producer/hubs")
class ProducerHubsController {

    private final NetworkApi network;
    private final IdentityApi identity;

    ProducerHubsController(NetworkApi network, IdentityApi identity) {
        this.network = network;
        this.identity = identity;
    }

    @GetMapping
    String hubs(Model model) {
        Enterprise producer = producer();
        Set<EnterpriseId> permitted =
                network.sellersOf(producer.id()).stream().map(Enterprise::id).collect(Collectors.toSet());
        model.addAttribute("producer", producer);
        model.addAttribute("sellers", sellers());
        model.addAttribute("permitted", permitted);
        return "producer/hubs";
    }

    @PostMapping
    String save(@RequestParam(name = "sellers", required = false) List<Long> chosen, RedirectAttributes redirect) {
        Enterprise producer = producer();
        Set<EnterpriseId> wanted = chosen == null
                ? Set.of()
                : chosen.stream().map(EnterpriseId::new).collect(Collectors.toSet());
        for (Enterprise seller : sellers()) {
            if (wanted.contains(seller.id())) {
                network.permitSales(producer.id(), seller.id());
            } else {
                network.revokeSales(producer.id(), seller.id());
            }
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/producer/hubs";
    }

    private List<Enterprise> sellers() {
        return network.sellers();
    }

    private Enterprise producer() {
        return identity.currentUserId()
                .flatMap(network::producerFor)
                .orElseThrow(() -> new AccessDeniedException("Not a producer"));
    }
}
