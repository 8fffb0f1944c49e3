package org.grassroots.supply.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.common.ProductId;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.supply.application.Planning;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A producer's Plan page: forecasts with bands, the harvest to plan, and demand to confirm or reject. */
@Controller
@RequestMapping("/producer/plan")
class PlanController {

    static final int DEFAULT_SERVICE_LEVEL = 90;

    private final Planning planning;
    private final CurrentAccount account;

    PlanController(Planning planning, CurrentAccount account) {
        this.planning = planning;
        this.account = account;
    }

    @GetMapping
    String plan(@RequestParam(name = "level", required = false) String level, Model model) {
        Enterprise producer = account.producer();
        Integer serviceLevel = level == null ? Integer.valueOf(DEFAULT_SERVICE_LEVEL) : Planning.serviceLevel(level);
        if (serviceLevel == null) {
            model.addAttribute("levelError", true);
            serviceLevel = DEFAULT_SERVICE_LEVEL;
        }
        Planning.Plan plan = planning.plan(producer.id(), serviceLevel);
        Map<ProductId, ForecastChart> charts = new LinkedHashMap<>();
        plan.products().forEach(p -> charts.put(p.product(), ForecastChart.of(p, plan.serviceLevel())));
        model.addAttribute("producer", producer);
        model.addAttribute("plan", plan);
        model.addAttribute("charts", charts);
        model.addAttribute(
                "levels", Planning.SERVICE_LEVELS.keySet().stream().sorted().toList());
        return "supply/plan";
    }

    @PostMapping("/anomalies/{id}")
    String decide(
            @PathVariable long id, @RequestParam(defaultValue = "") String decision, RedirectAttributes redirect) {
        Enterprise producer = account.producer();
        boolean real;
        if (decision.equals("confirm")) {
            real = true;
        } else if (decision.equals("reject")) {
            real = false;
        } else {
            redirect.addFlashAttribute("error", "supply.decision.invalid");
            return "redirect:/producer/plan";
        }
        boolean done = planning.decide(producer.id(), id, real, account.user());
        redirect.addFlashAttribute(
                done ? "notice" : "error",
                done ? (real ? "supply.decision.confirmed" : "supply.decision.rejected") : "supply.decision.gone");
        return "redirect:/producer/plan";
    }
}
