package org.grassroots.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.delivery.application.DeliveryJob;
import org.grassroots.delivery.application.DeliveryPlan;
import org.grassroots.delivery.application.DeliveryPlanner;
import org.grassroots.delivery.application.DeliveryProblem;
import org.grassroots.delivery.application.Fleet;
import org.grassroots.delivery.application.FleetVehicle;
import org.grassroots.delivery.domain.VehicleKind;
import org.grassroots.market.Cycle;
import org.grassroots.market.CycleId;
import org.grassroots.market.DeliveryOrder;
import org.grassroots.market.MarketApi;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.platform.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub manager's Deliveries: the fleet, planning a cycle's routes, the map, route sheets, dispatch. */
@Controller
@RequestMapping("/hub/deliveries")
class DeliveriesController {

    private static final int CYCLES_SHOWN = 8;

    /** A vehicle as typed; strings so that nothing typed is lost on an error. */
    record VehicleForm(
            String name,
            String kind,
            String capacityKg,
            String speedKmh,
            String shiftStart,
            String shiftEnd,
            String rangeKm) {

        static VehicleForm blank() {
            return new VehicleForm("", "VAN", "400", "30", "09:00", "17:00", "");
        }
    }

    /** What to solve: seconds for the solver and minutes at each door. */
    record SolveForm(String seconds, String serviceMinutes) {}

    private final DeliveryPlanner planner;
    private final Fleet fleet;
    private final MarketApi market;
    private final CurrentAccount account;
    private final Clock clock;

    DeliveriesController(DeliveryPlanner planner, Fleet fleet, MarketApi market, CurrentAccount account, Clock clock) {
        this.planner = planner;
        this.fleet = fleet;
        this.market = market;
        this.account = account;
        this.clock = clock;
    }

    @GetMapping
    String deliveries(@RequestParam(required = false) Long cycle, Model model) {
        Enterprise hub = account.seller();
        List<Cycle> cycles = market.cycles(hub.id(), CYCLES_SHOWN).stream()
                .filter(c -> !c.opensAt().isAfter(clock.instant()))
                .toList();
        model.addAttribute("hub", hub);
        model.addAttribute("cycles", cycles);
        model.addAttribute("vehicles", fleet.vehicles(hub.id()));
        model.addAttribute("kinds", VehicleKind.values());
        if (!model.containsAttribute("vehicleForm")) {
            model.addAttribute("vehicleForm", VehicleForm.blank());
        }
        if (!model.containsAttribute("solveForm")) {
            model.addAttribute("solveForm", new SolveForm("10", "3"));
        }
        Cycle chosen = cycles.stream()
                .filter(c -> cycle == null || c.id().value() == cycle)
                .findFirst()
                .orElse(null);
        model.addAttribute("cycle", chosen);
        if (chosen != null) {
            List<DeliveryOrder> waiting = planner.waiting(hub.id(), chosen.id());
            model.addAttribute("waiting", waiting);
            planner.job(hub.id(), chosen.id()).ifPresent(job -> addJob(hub, job, model));
        }
        return "delivery/deliveries";
    }

    /** The job's progress, and its plan once there is one: polled by htmx while the solver runs. */
    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        Enterprise hub = account.seller();
        DeliveryJob job = planner.job(hub.id(), id);
        addJob(hub, job, model);
        if (!job.solving()) {
            response.setHeader("HX-Refresh", "true");
        }
        return "delivery/fragments :: job";
    }

    /** Where the vehicle or plan form with errors leaves the browser: opened again, the deliveries page. */
    @GetMapping({"/fleet", "/solve"})
    String formAddress(@RequestParam(required = false) Long cycle) {
        return back(cycle);
    }

    @PostMapping("/fleet")
    String addVehicle(
            @RequestParam(required = false) Long cycle,
            @ModelAttribute VehicleForm form,
            Model model,
            RedirectAttributes redirect) {
        Enterprise hub = account.seller();
        Map<String, String> errors = new LinkedHashMap<>();
        FleetVehicle vehicle = vehicle(form, errors);
        if (errors.isEmpty()) {
            try {
                fleet.add(hub.id(), vehicle);
                redirect.addFlashAttribute("notice", "delivery.fleet.added");
                redirect.addFlashAttribute("noticeArg", vehicle.name().strip());
                return back(cycle);
            } catch (DeliveryProblem problem) {
                errors.put(problem.field(), problem.getMessage());
            }
        }
        model.addAttribute("vehicleForm", form);
        model.addAttribute("vehicleErrors", errors);
        return deliveries(cycle, model);
    }

    @PostMapping("/fleet/{id}/retire")
    String retire(@PathVariable long id, @RequestParam(required = false) Long cycle, RedirectAttributes redirect) {
        fleet.retire(account.seller().id(), id);
        redirect.addFlashAttribute("notice", "delivery.fleet.retired");
        return back(cycle);
    }

    @PostMapping("/solve")
    String solve(@RequestParam long cycle, @ModelAttribute SolveForm form, Model model, RedirectAttributes redirect) {
        Enterprise hub = account.seller();
        Map<String, String> errors = new LinkedHashMap<>();
        Integer seconds = FormValues.integer(form.seconds());
        Integer minutes = FormValues.integer(form.serviceMinutes());
        if (seconds == null) {
            errors.put("seconds", "Enter a whole number of seconds.");
        }
        if (minutes == null) {
            errors.put("serviceMinutes", "Enter a whole number of minutes.");
        }
        if (errors.isEmpty()) {
            try {
                planner.start(hub.id(), new CycleId(cycle), seconds, minutes, account.user());
                return back(cycle);
            } catch (DeliveryProblem problem) {
                errors.put(problem.field(), problem.getMessage());
            }
        }
        model.addAttribute("solveForm", form);
        model.addAttribute("solveErrors", errors);
        return deliveries(cycle, model);
    }

    @PostMapping("/jobs/{id}/stop")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        Enterprise hub = account.seller();
        DeliveryJob job = planner.job(hub.id(), id);
        try {
            planner.stop(hub.id(), id);
        } catch (DeliveryProblem problem) {
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return back(job.cycle().value());
    }

    @PostMapping("/jobs/{id}/dispatch")
    String dispatch(@PathVariable long id, @RequestParam(required = false) Long vehicle, RedirectAttributes redirect) {
        Enterprise hub = account.seller();
        DeliveryJob job = planner.job(hub.id(), id);
        try {
            int sent = planner.dispatch(hub.id(), id, vehicle);
            redirect.addFlashAttribute("notice", "delivery.dispatched");
            redirect.addFlashAttribute("noticeArg", sent);
        } catch (DeliveryProblem problem) {
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return back(job.cycle().value());
    }

    /** A driver's route sheet: stops in order with ETA, address, items and the shopper's note; printable. */
    @GetMapping("/jobs/{id}/routes/{vehicle}")
    String routeSheet(@PathVariable long id, @PathVariable long vehicle, Model model) {
        Enterprise hub = account.seller();
        DeliveryPlan plan = planner.plan(hub.id(), id);
        DeliveryPlan.Route route = plan.route(vehicle);
        model.addAttribute("hub", hub);
        model.addAttribute("plan", plan);
        model.addAttribute("route", route);
        model.addAttribute("cycle", market.cycle(plan.job().cycle()).orElseThrow());
        model.addAttribute("colour", RouteMap.colour(plan.routes().indexOf(route)));
        return "delivery/route-sheet";
    }

    private void addJob(Enterprise hub, DeliveryJob job, Model model) {
        model.addAttribute("job", job);
        model.addAttribute("elapsedSeconds", job.elapsed(clock.instant()).toSeconds());
        if (job.unserved() != null) {
            DeliveryPlan plan = planner.plan(hub.id(), job.id());
            model.addAttribute("plan", plan);
            model.addAttribute("map", RouteMap.of(plan, clock.getZone()));
            model.addAttribute("colours", RouteMap.COLOURS);
        }
    }

    private static String back(Long cycle) {
        return cycle == null ? "redirect:/hub/deliveries" : "redirect:/hub/deliveries?cycle=" + cycle;
    }

    private static FleetVehicle vehicle(VehicleForm form, Map<String, String> errors) {
        if (FormValues.blank(form.name())) {
            errors.put("name", "Name the vehicle in 1 to 60 characters.");
        }
        VehicleKind kind = null;
        try {
            kind = VehicleKind.valueOf(
                    form.kind() == null ? "" : form.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("kind", "Choose van, cargo bike or drone.");
        }
        BigDecimal capacity = number(form.capacityKg(), "capacityKg", errors);
        BigDecimal speed = number(form.speedKmh(), "speedKmh", errors);
        LocalTime start = time(form.shiftStart(), "shiftStart", errors);
        LocalTime end = time(form.shiftEnd(), "shiftEnd", errors);
        BigDecimal range = FormValues.blank(form.rangeKm()) ? null : number(form.rangeKm(), "rangeKm", errors);
        return new FleetVehicle(0, form.name() == null ? "" : form.name(), kind, capacity, speed, start, end, range);
    }

    private static BigDecimal number(String text, String field, Map<String, String> errors) {
        BigDecimal value = FormValues.decimal(text);
        if (value == null) {
            errors.put(field, "Enter a number, like 12.5.");
        }
        return value;
    }

    private static LocalTime time(String text, String field, Map<String, String> errors) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a time as HH:MM.");
            return null;
        }
    }
}
