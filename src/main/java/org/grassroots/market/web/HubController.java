package org.grassroots.market.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.common.Money;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.OrderStatus;
import org.grassroots.market.OrderView;
import org.grassroots.market.application.HubDesk;
import org.grassroots.market.application.MarketProblem;
import org.grassroots.market.application.Orders;
import org.grassroots.market.application.Packing;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.network.NetworkApi;
import org.grassroots.platform.CsvRows;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub manager's desk: cycles, orders and their status, packing reports, customer credit. */
@Controller
@RequestMapping("/hub")
class HubController {

    private static final int ORDER_PAGE = 500;

    private final HubDesk desk;
    private final Orders orders;
    private final Packing packing;
    private final NetworkApi network;
    private final CurrentAccount actor;
    private final Clock clock;

    HubController(HubDesk desk, Orders orders, Packing packing, NetworkApi network, CurrentAccount actor, Clock clock) {
        this.desk = desk;
        this.orders = orders;
        this.packing = packing;
        this.network = network;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping
    String desk(Model model) {
        Enterprise hub = actor.seller();
        model.addAttribute("hub", hub);
        model.addAttribute("cycles", desk.cycles(hub.id(), 20));
        model.addAttribute("now", clock.instant());
        return "hub/desk";
    }

    @GetMapping("/cycles/new")
    String newCycle(Model model) {
        Enterprise hub = actor.seller();
        LocalDateTime start =
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        HubCycleForm form = new HubCycleForm(
                "Week of " + start.plusDays(6).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)),
                start.toString(),
                start.plusDays(6).toString(),
                network.producersSellingThrough(hub.id()).stream()
                        .map(p -> p.id().value())
                        .toList(),
                "NONE",
                "",
                "",
                "Pickup at " + hub.name(),
                hub.place(),
                start.plusDays(7).withHour(16).toString(),
                start.plusDays(7).withHour(19).toString(),
                false,
                "8",
                "3.50",
                start.plusDays(8).withHour(9).toString(),
                start.plusDays(8).withHour(17).toString());
        return cycleForm(model, hub, form, Map.of());
    }

    /** Where a cycle form with errors leaves the browser: opened again, it is a new form, not a 405. */
    @GetMapping("/cycles")
    String cycleFormAddress() {
        return "redirect:/hub/cycles/new";
    }

    @PostMapping("/cycles")
    String openCycle(HubCycleForm form, Model model, RedirectAttributes redirect) {
        Enterprise hub = actor.seller();
        HubCycleForm.Outcome outcome = form.toCycle(hub, "GBP", clock.getZone());
        if (!outcome.errors().isEmpty()) {
            return cycleForm(model, hub, form, outcome.errors());
        }
        try {
            CycleId id = desk.open(outcome.cycle());
            redirect.addFlashAttribute("notice", "hub.cycleOpened");
            return "redirect:/hub/orders?cycle=" + id.value();
        } catch (MarketProblem problem) {
            return cycleForm(model, hub, form, Map.of(problem.field(), problem.getMessage()));
        }
    }

    private String cycleForm(Model model, Enterprise hub, HubCycleForm form, Map<String, String> errors) {
        model.addAttribute("hub", hub);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("producers", network.producersSellingThrough(hub.id()));
        return "hub/cycle-form";
    }

    @GetMapping("/orders")
    String orders(
            @RequestParam(required = false) Long cycle, @RequestParam(required = false) String status, Model model) {
        Enterprise hub = actor.seller();
        List<Cycle> cycles = desk.cycles(hub.id(), 20);
        CycleId cycleId = cycle != null
                ? new CycleId(cycle)
                : cycles.isEmpty() ? null : cycles.get(0).id();
        OrderStatus statusFilter = parseStatus(status);
        model.addAttribute("hub", hub);
        model.addAttribute("cycles", cycles);
        model.addAttribute("cycle", cycleId == null ? null : desk.cycle(hub.id(), cycleId));
        model.addAttribute("status", statusFilter);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute(
                "orders", cycleId == null ? List.of() : orders.ofHub(hub.id(), cycleId, statusFilter, ORDER_PAGE));
        return "hub/orders";
    }

    @PostMapping("/orders/{id}/status")
    String advance(
            @PathVariable long id,
            @RequestParam String to,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        Enterprise hub = actor.seller();
        OrderStatus target = parseStatus(to);
        String error = null;
        try {
            if (target == null) {
                throw MarketProblem.invalid("to", "Unknown status.");
            }
            orders.advance(hub.id(), id, target, actor.user());
        } catch (MarketProblem problem) {
            if (problem.status().value() == 404) {
                throw problem;
            }
            error = problem.getMessage();
        }
        OrderView order = orders.ofHub(hub.id(), id);
        if (htmx != null) {
            model.addAttribute("o", order);
            model.addAttribute("rowError", error);
            return "hub/orders :: row";
        }
        if (error != null) {
            redirect.addFlashAttribute("orderError", error);
        }
        return "redirect:/hub/orders?cycle=" + order.cycle().value();
    }

    @PostMapping("/cycles/{cycle}/close")
    String closeCycle(@PathVariable long cycle, RedirectAttributes redirect) {
        try {
            desk.closeNow(actor.seller().id(), new CycleId(cycle));
            redirect.addFlashAttribute("notice", "hub.cycleClosed");
        } catch (MarketProblem problem) {
            if (problem.status().value() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("cycleError", problem.getMessage());
        }
        return "redirect:/hub";
    }

    /** Marks every placed order of a cycle as packed, the usual step once the bags are ready. */
    @PostMapping("/cycles/{cycle}/pack-all")
    String packAll(@PathVariable long cycle, RedirectAttributes redirect) {
        Enterprise hub = actor.seller();
        List<OrderView> placed = orders.ofHub(hub.id(), new CycleId(cycle), OrderStatus.PLACED, Integer.MAX_VALUE);
        for (OrderView order : placed) {
            orders.advance(hub.id(), order.id(), OrderStatus.PACKED, actor.user());
        }
        redirect.addFlashAttribute("packedCount", placed.size());
        return "redirect:/hub/orders?cycle=" + cycle;
    }

    @GetMapping("/cycles/{cycle}/packing")
    String packingReport(@PathVariable long cycle, Model model) {
        Enterprise hub = actor.seller();
        model.addAttribute("hub", hub);
        model.addAttribute("report", packing.report(hub.id(), new CycleId(cycle)));
        return "hub/packing";
    }

    /** Totals per producer and variant: what to collect from each producer. */
    @GetMapping("/cycles/{cycle}/packing.csv")
    void packingCsv(@PathVariable long cycle, HttpServletResponse response) throws IOException {
        Packing.Report report = packing.report(actor.seller().id(), new CycleId(cycle));
        PrintWriter out = csv(response, "packing-cycle-" + cycle + ".csv");
        out.print("producer,sku,product,pack,quantity,amount\r\n");
        for (Packing.ProducerTotals producer : report.producers()) {
            for (Packing.VariantTotal v : producer.variants()) {
                out.print(CsvRows.row(
                        producer.producer(), v.sku(), v.product(), v.pack(), v.quantity(), decimal(v.amount())));
            }
        }
        out.flush();
    }

    /** One line per item per customer: what to put in each bag. */
    @GetMapping("/cycles/{cycle}/picklist.csv")
    void pickListCsv(@PathVariable long cycle, HttpServletResponse response) throws IOException {
        Packing.Report report = packing.report(actor.seller().id(), new CycleId(cycle));
        PrintWriter out = csv(response, "picklist-cycle-" + cycle + ".csv");
        out.print("order,customer,fulfilment,status,product,quantity,note\r\n");
        for (OrderView order : report.pickLists()) {
            for (var line : order.lines()) {
                out.print(CsvRows.row(
                        order.id(),
                        order.shopperName(),
                        order.fulfilment(),
                        order.status(),
                        line.productName(),
                        line.quantity(),
                        order.note()));
            }
        }
        out.flush();
    }

    @GetMapping("/credit")
    String credit(Model model) {
        model.addAttribute("hub", actor.seller());
        return "hub/credit";
    }

    @PostMapping("/credit")
    String topUp(
            @RequestParam String email,
            @RequestParam String amount,
            @RequestParam(defaultValue = "") String reason,
            Model model) {
        Enterprise hub = actor.seller();
        model.addAttribute("hub", hub);
        model.addAttribute("email", email);
        model.addAttribute("amount", amount);
        model.addAttribute("reason", reason);
        try {
            Money money;
            try {
                money = Money.parse(amount, "GBP");
            } catch (IllegalArgumentException e) {
                throw MarketProblem.invalid("amount", "Enter an amount like 20.00.");
            }
            Money balance = desk.topUp(hub.id(), email, money, reason, actor.user());
            model.addAttribute("balance", balance);
            model.addAttribute("toppedUp", email);
        } catch (MarketProblem problem) {
            model.addAttribute("errorField", problem.field());
            model.addAttribute("error", problem.getMessage());
        }
        return "hub/credit";
    }

    private static PrintWriter csv(HttpServletResponse response, String filename) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        return response.getWriter();
    }

    private static String decimal(Money money) {
        return money.toDecimal().toPlainString();
    }

    private static OrderStatus parseStatus(String status) {
        try {
            return status == null || status.isBlank() ? null : OrderStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
