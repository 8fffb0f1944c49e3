package org.grassroots.supply.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.catalog.Variant;
import org.grassroots.common.EnterpriseId;
import org.grassroots.common.VariantId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.supply.WasteKind;
import org.grassroots.supply.application.Lots;
import org.grassroots.supply.application.WasteLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The waste log: a producer records and reviews its own waste (at the farm and at hubs); a hub
 * manager records and reviews what was wasted at the hub. Both get a weekly chart and a CSV.
 */
@Controller
class WasteController {

    /** Product and hub names by id, for the entries' table and the CSV. */
    record Names(Map<Long, String> products, Map<Long, String> hubs) {}

    /** The waste form as typed. */
    record WasteForm(String variant, String quantity, String kind, String reason) {}

    private final WasteLog waste;
    private final CatalogApi catalog;
    private final NetworkApi network;
    private final CurrentAccount account;
    private final Clock clock;

    WasteController(WasteLog waste, CatalogApi catalog, NetworkApi network, CurrentAccount account, Clock clock) {
        this.clock = clock;
        this.waste = waste;
        this.catalog = catalog;
        this.network = network;
        this.account = account;
    }

    @GetMapping("/producer/waste")
    String producerWaste(Model model) {
        Enterprise producer = account.producer();
        return page(model, producer, null, catalog.variantsOf(producer.id()), "/producer/waste");
    }

    @GetMapping("/hub/waste")
    String hubWaste(Model model) {
        Enterprise hub = account.seller();
        return page(model, null, hub, hubVariants(hub), "/hub/waste");
    }

    @PostMapping("/producer/waste")
    String recordAtProducer(@ModelAttribute WasteForm form, Model model, RedirectAttributes redirect) {
        Enterprise producer = account.producer();
        return record(form, model, redirect, producer, null, catalog.variantsOf(producer.id()), "/producer/waste");
    }

    @PostMapping("/hub/waste")
    String recordAtHub(@ModelAttribute WasteForm form, Model model, RedirectAttributes redirect) {
        Enterprise hub = account.seller();
        return record(form, model, redirect, null, hub, hubVariants(hub), "/hub/waste");
    }

    @GetMapping("/producer/waste.csv")
    ResponseEntity<byte[]> producerCsv() {
        Enterprise producer = account.producer();
        return csv(waste.report(producer.id(), null), producer.slug());
    }

    @GetMapping("/hub/waste.csv")
    ResponseEntity<byte[]> hubCsv() {
        Enterprise hub = account.seller();
        return csv(waste.report(null, hub.id()), hub.slug());
    }

    private String record(
            WasteForm form,
            Model model,
            RedirectAttributes redirect,
            Enterprise producer,
            Enterprise hub,
            List<Variant> choices,
            String path) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long variant = FormFields.positiveLong(form.variant(), "variant", errors);
        Integer quantity = FormFields.count(form.quantity(), "quantity", errors);
        WasteKind kind = FormFields.kind(form.kind(), errors);
        String reason = FormFields.text(form.reason(), "reason", 300, errors);
        if (variant != null && choices.stream().noneMatch(v -> v.id().value() == variant)) {
            errors.put("variant", "Choose one of the products listed.");
        }
        if (errors.isEmpty()) {
            try {
                waste.record(
                        producer == null ? null : producer.id(),
                        hub == null ? null : hub.id(),
                        new VariantId(variant),
                        quantity,
                        kind,
                        reason,
                        LocalDate.now(clock),
                        account.user());
                redirect.addFlashAttribute("notice", "supply.waste.recorded");
                return "redirect:" + path;
            } catch (Lots.LotProblem problem) {
                errors.put(problem.field(), problem.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return page(model, producer, hub, choices, path);
    }

    private String page(Model model, Enterprise producer, Enterprise hub, List<Variant> choices, String path) {
        WasteLog.Report report = waste.report(producer == null ? null : producer.id(), hub == null ? null : hub.id());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new WasteForm("", "", "", ""));
        }
        model.addAttribute("owner", producer != null ? producer : hub);
        model.addAttribute("atHub", hub != null);
        model.addAttribute("report", report);
        model.addAttribute("chart", WasteChart.of(report));
        model.addAttribute("names", names(report, choices));
        model.addAttribute("variants", choices);
        model.addAttribute("kinds", WasteKind.values());
        model.addAttribute("path", path);
        return "supply/waste";
    }

    /** Every product of the producers that sell through the hub. */
    private List<Variant> hubVariants(Enterprise hub) {
        return catalog.variantsOf(network.producersSellingThrough(hub.id()).stream()
                .map(Enterprise::id)
                .toList());
    }

    private Names names(WasteLog.Report report, List<Variant> choices) {
        Map<Long, String> products = new HashMap<>();
        choices.forEach(v -> products.putIfAbsent(v.productId().value(), v.productName()));
        List<EnterpriseId> hubIds = report.entries().stream()
                .map(e -> e.hub())
                .filter(h -> h != null)
                .distinct()
                .toList();
        Map<Long, String> hubs = new HashMap<>();
        network.findAll(hubIds).forEach((id, e) -> hubs.put(id.value(), e.name()));
        return new Names(products, hubs);
    }

    private ResponseEntity<byte[]> csv(WasteLog.Report report, String slug) {
        List<Variant> variants = catalog.variantsOf(
                report.entries().stream().map(e -> e.producer()).distinct().toList());
        Names names = names(report, variants);
        String body = WasteLog.csv(report, names.products(), names.hubs());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("waste-" + slug + ".csv")
                                .build()
                                .toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
