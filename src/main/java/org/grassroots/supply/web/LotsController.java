package org.grassroots.supply.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.catalog.CatalogApi;
import org.grassroots.common.VariantId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.supply.WasteKind;
import org.grassroots.supply.application.Lots;
import org.grassroots.supply.application.WasteLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A producer's lots: record one, see which are near their best-before date, mark down or log as waste. */
@Controller
@RequestMapping("/producer/lots")
class LotsController {

    /** The lot form as typed; every field a string so that nothing typed is lost on an error. */
    record LotForm(String variant, String code, String producedOn, String bestBefore, String quantity) {}

    /** Waste from a lot: how many packs, what became of them, and why. */
    record LotWasteForm(String quantity, String kind, String reason) {}

    private final Lots lots;
    private final WasteLog waste;
    private final CatalogApi catalog;
    private final CurrentAccount account;
    private final Clock clock;

    LotsController(Lots lots, WasteLog waste, CatalogApi catalog, CurrentAccount account, Clock clock) {
        this.lots = lots;
        this.waste = waste;
        this.catalog = catalog;
        this.account = account;
        this.clock = clock;
    }

    @GetMapping
    String lots(Model model) {
        Enterprise producer = account.producer();
        if (!model.containsAttribute("form")) {
            LocalDate today = LocalDate.now(clock);
            model.addAttribute(
                    "form",
                    new LotForm("", "", today.toString(), today.plusDays(7).toString(), ""));
        }
        model.addAttribute("producer", producer);
        model.addAttribute("lots", lots.lots(producer.id()));
        model.addAttribute("variants", catalog.variantsOf(producer.id()));
        model.addAttribute("kinds", WasteKind.values());
        return "supply/lots";
    }

    @PostMapping
    String record(@ModelAttribute LotForm form, Model model, RedirectAttributes redirect) {
        Enterprise producer = account.producer();
        Map<String, String> errors = new LinkedHashMap<>();
        Long variant = FormFields.positiveLong(form.variant(), "variant", errors);
        String code = FormFields.text(form.code(), "code", 40, errors);
        LocalDate producedOn = date(form.producedOn(), "producedOn", errors);
        LocalDate bestBefore = date(form.bestBefore(), "bestBefore", errors);
        Integer quantity = FormFields.count(form.quantity(), "quantity", errors);
        if (errors.isEmpty()) {
            try {
                lots.record(producer.id(), new VariantId(variant), code, producedOn, bestBefore, quantity);
                redirect.addFlashAttribute("notice", "supply.lot.recorded");
                return "redirect:/producer/lots";
            } catch (Lots.LotProblem problem) {
                errors.put(problem.field(), problem.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return lots(model);
    }

    @PostMapping("/{id}/markdown")
    String markDown(@PathVariable long id, RedirectAttributes redirect) {
        try {
            int percent = lots.acceptMarkdown(account.producer().id(), id);
            redirect.addFlashAttribute("notice", "supply.lot.markedDown");
            redirect.addFlashAttribute("noticeArg", percent);
        } catch (Lots.LotProblem problem) {
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/producer/lots";
    }

    @PostMapping("/{id}/waste")
    String waste(@PathVariable long id, @ModelAttribute LotWasteForm form, RedirectAttributes redirect) {
        Enterprise producer = account.producer();
        Map<String, String> errors = new LinkedHashMap<>();
        Integer quantity = FormFields.count(form.quantity(), "quantity", errors);
        WasteKind kind = FormFields.kind(form.kind(), errors);
        String reason = FormFields.text(form.reason(), "reason", 300, errors);
        if (errors.isEmpty()) {
            try {
                waste.recordFromLot(producer.id(), id, quantity, kind, reason, LocalDate.now(clock), account.user());
                redirect.addFlashAttribute("notice", "supply.waste.recorded");
                return "redirect:/producer/lots";
            } catch (Lots.LotProblem problem) {
                errors.put(problem.field(), problem.getMessage());
            }
        }
        redirect.addFlashAttribute("problem", String.join(" ", errors.values()));
        redirect.addFlashAttribute("problemLot", id);
        return "redirect:/producer/lots";
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "Enter a date.");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a date as YYYY-MM-DD.");
            return null;
        }
    }
}
