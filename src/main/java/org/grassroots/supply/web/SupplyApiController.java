package org.grassroots.supply.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.grassroots.network.CurrentAccount;
import org.grassroots.network.Enterprise;
import org.grassroots.platform.ApiErrors;
import org.grassroots.platform.ApiProblem;
import org.grassroots.supply.application.Planning;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A producer's plan over the API: forecasts with the harvest for a service level, and decisions on flagged demand. */
@RestController
@RequestMapping("/api/v1/producer")
@Tag(name = "Supply planning")
class SupplyApiController {

    /** "confirm" (it was real) or "reject" (it was a glitch). */
    record Decision(String decision) {}

    private final Planning planning;
    private final CurrentAccount account;

    SupplyApiController(Planning planning, CurrentAccount account) {
        this.planning = planning;
        this.account = account;
    }

    @Operation(summary = "Your products' weekly demand, flagged demand, and forecasts of the next 4 cycles")
    @GetMapping("/plan")
    ResponseEntity<?> plan(@RequestParam(defaultValue = "90") String serviceLevel) {
        Enterprise producer = account.producer();
        Integer level = Planning.serviceLevel(serviceLevel);
        if (level == null) {
            return badRequest(
                    "serviceLevel",
                    "Use one of "
                            + Planning.SERVICE_LEVELS.keySet().stream().sorted().toList() + ".");
        }
        return ResponseEntity.ok(planning.plan(producer.id(), level));
    }

    @Operation(summary = "Confirm flagged demand as real, or reject it as a glitch; a decision is final")
    @PostMapping("/anomalies/{id}/decision")
    ResponseEntity<?> decide(@PathVariable long id, @RequestBody Decision body) {
        Enterprise producer = account.producer();
        String decision =
                body == null || body.decision() == null ? "" : body.decision().strip();
        if (!decision.equals("confirm") && !decision.equals("reject")) {
            return badRequest("decision", "Use confirm (it was real) or reject (it was a glitch).");
        }
        if (!planning.decide(producer.id(), id, decision.equals("confirm"), account.user())) {
            throw ApiProblem.notFound("Pending anomaly", id);
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ProblemDetail> badRequest(String field, String reason) {
        return ResponseEntity.badRequest().body(ApiErrors.problem(HttpStatus.BAD_REQUEST, field, reason));
    }
}
